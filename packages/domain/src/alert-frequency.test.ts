import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALERT_FREQUENCIES, alertWindowEnd, digestPeriodStart, type AlertFrequency } from './alert-frequency.js';

const START = Date.parse('2026-01-01T00:00:00.000Z');
const SPAN = 60 * 86_400_000; // two months of runs and postings
const iso = (ms: number) => new Date(ms).toISOString();

/** Runs the alert job at each of `runs` (ms, in order) and returns the digests: the posting instants each one lists. */
function simulate(frequency: AlertFrequency, created: number, opened: readonly number[], runs: readonly number[]): { digests: number[][]; ends: string[]; cursor: string } {
  let cursor = iso(created);
  const digests: number[][] = [];
  const ends: string[] = [];
  for (const run of runs) {
    const end = alertWindowEnd(frequency, cursor, new Date(run));
    if (end === null) continue;
    const from = cursor;
    digests.push(opened.filter((t) => iso(t) > from && iso(t) <= end));
    ends.push(end);
    cursor = end;
  }
  return { digests, ends, cursor };
}

describe('alertWindowEnd', () => {
  it('puts every posting opened after the search was saved in exactly one alert, and none opened before', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALERT_FREQUENCIES),
        fc.integer({ min: 0, max: SPAN }),
        fc.array(fc.integer({ min: 0, max: SPAN }), { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: SPAN }), { minLength: 1, maxLength: 80 }),
        (frequency, created, opened, runTimes) => {
          const runs = [...runTimes].sort((a, b) => a - b).map((t) => START + t);
          const postings = opened.map((t) => START + t);
          const { digests, cursor } = simulate(frequency, START + created, postings, runs);
          const listed = digests.flat();
          for (const t of postings) {
            const times = listed.filter((x) => x === t).length;
            const covered = t > START + created && iso(t) <= cursor;
            expect(times).toBe(covered ? postings.filter((x) => x === t).length : 0);
          }
          // Nothing is held back beyond the period the last run was in.
          const last = runs[runs.length - 1] ?? 0;
          const due = frequency === 'hourly' ? iso(last) : digestPeriodStart(frequency, new Date(last)).toISOString();
          expect(cursor >= due || cursor === iso(START + created)).toBe(true);
        },
      ),
    );
  });

  it('sends at most one digest a period, however often the job runs', () => {
    fc.assert(
      fc.property(fc.constantFrom('daily' as const, 'weekly' as const), fc.array(fc.integer({ min: 0, max: SPAN }), { minLength: 1, maxLength: 200 }), (frequency, runTimes) => {
        const runs = [...runTimes].sort((a, b) => a - b).map((t) => START + t);
        const { ends } = simulate(frequency, START - 1, [], runs);
        const periods = runs.map((r) => digestPeriodStart(frequency, new Date(r)).toISOString());
        expect(new Set(ends).size).toBe(ends.length);
        // One digest for each period begun after the search was saved, whatever the number of runs in it.
        expect(ends).toEqual([...new Set(periods)].filter((p) => p > iso(START - 1)));
      }),
    );
  });

  it('finds nothing due when the same run is repeated', () => {
    for (const frequency of ALERT_FREQUENCIES) {
      const at = new Date('2026-11-30T10:00:00.000Z');
      const end = alertWindowEnd(frequency, '2026-11-20T09:00:00.000Z', at);
      expect(end).not.toBeNull();
      expect(alertWindowEnd(frequency, end ?? '', at)).toBeNull();
    }
  });

  it('ends a daily digest at midnight UTC and a weekly one at Monday midnight UTC', () => {
    expect(alertWindowEnd('daily', '2026-11-29T15:00:00.000Z', new Date('2026-12-01T00:05:00Z'))).toBe('2026-12-01T00:00:00.000Z');
    expect(alertWindowEnd('daily', '2026-12-01T00:00:00.000Z', new Date('2026-12-01T23:59:00Z'))).toBeNull();
    // 30 November 2026 is a Monday; 6 December a Sunday.
    expect(alertWindowEnd('weekly', '2026-11-25T15:00:00.000Z', new Date('2026-12-06T23:00:00Z'))).toBe('2026-11-30T00:00:00.000Z');
    expect(alertWindowEnd('weekly', '2026-11-30T00:00:00.000Z', new Date('2026-12-06T23:00:00Z'))).toBeNull();
    expect(alertWindowEnd('weekly', '2026-11-30T00:00:00.000Z', new Date('2026-12-07T00:01:00Z'))).toBe('2026-12-07T00:00:00.000Z');
    expect(alertWindowEnd('hourly', '2026-11-30T09:00:00.000Z', new Date('2026-11-30T10:00:00Z'))).toBe('2026-11-30T10:00:00.000Z');
  });
});
