import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clinicalHoursSummary, defaultClinicalHourSettings, describeClinicalHourWarning, localTime, warningsAddedBy, type ClinicalSpan } from './clinical-hours.js';

const H = 3_600_000;
const BASE = Date.parse('2026-09-07T00:00:00Z'); // a Monday
const span = (startMs: number, hours: number, planned = false): ClinicalSpan => ({ start: new Date(startMs).toISOString(), end: new Date(startMs + hours * H).toISOString(), planned });
const utc = defaultClinicalHourSettings('UTC');

// Spans within five weeks of BASE, up to 14 hours long, on a 15-minute grid.
const spanArb = fc.record({ q: fc.integer({ min: 0, max: 35 * 96 }), len: fc.integer({ min: 1, max: 56 }), planned: fc.boolean() }).map(({ q, len, planned }) => span(BASE + q * 15 * 60_000, len / 4, planned));
const spansArb = fc.array(spanArb, { maxLength: 12 });
const zoneArb = fc.constantFrom('UTC', 'America/Chicago', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland');
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe('clinical hours summary', () => {
  it('counts every hour once: days add up to the total length of the spans, in any zone', () => {
    fc.assert(
      fc.property(spansArb, zoneArb, (spans, zone) => {
        const s = clinicalHoursSummary(spans, defaultClinicalHourSettings(zone));
        const expected = sum(spans.map((x) => (Date.parse(x.end) - Date.parse(x.start)) / H));
        expect(sum(s.days.map((d) => d.hours))).toBeCloseTo(expected, 1);
        expect(s.totalHours).toBeCloseTo(expected, 1);
        expect(s.eveningWeekendShare).toBeGreaterThanOrEqual(0);
        expect(s.eveningWeekendShare).toBeLessThanOrEqual(1 + 1e-9);
      }),
    );
  });

  it('one more span never lowers a day or a week, nor removes a daily or weekly warning', () => {
    fc.assert(
      fc.property(spansArb, spanArb, zoneArb, (spans, extra, zone) => {
        const settings = defaultClinicalHourSettings(zone, 20);
        const before = clinicalHoursSummary(spans, settings);
        const after = clinicalHoursSummary([...spans, extra], settings);
        for (const d of before.days) expect(after.days.find((x) => x.date === d.date)?.hours ?? 0).toBeGreaterThanOrEqual(d.hours - 0.01);
        for (const w of before.weeks) expect(after.weeks.find((x) => x.weekOf === w.weekOf)?.totalHours ?? 0).toBeGreaterThanOrEqual(w.totalHours - 0.01);
        const keys = (ws: typeof before.warnings): string[] => ws.filter((w) => w.kind !== 'evening-weekend-share').map((w) => `${w.kind}|${w.period ?? ''}`);
        expect(keys(after.warnings)).toEqual(expect.arrayContaining(keys(before.warnings)));
      }),
    );
  });

  it('warns about a day exactly when it is over 10 hours, and every warning carries its flag', () => {
    fc.assert(
      fc.property(spansArb, (spans) => {
        const s = clinicalHoursSummary(spans, utc);
        const over = s.days.filter((d) => d.hours > 10).map((d) => d.date);
        const warned = s.warnings.filter((w) => w.kind === 'daily-clinical-hours').map((w) => w.period);
        expect(warned).toEqual(over);
        for (const w of s.warnings) expect(w.limit.flag.length).toBeGreaterThan(20);
      }),
    );
  });

  it('weekday daytime hours are never evening or weekend hours', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ day: fc.integer({ min: 0, max: 4 }), from: fc.integer({ min: 6 * 4, max: 12 * 4 }), len: fc.integer({ min: 1, max: 24 }) })), (xs) => {
        const spans = xs.map(({ day, from, len }) => span(BASE + day * 24 * H + from * 15 * 60_000, len / 4));
        expect(clinicalHoursSummary(spans, utc).eveningWeekendHours).toBe(0);
      }),
    );
  });

  it('a planned shift that would break the 10-hour limit is warned about ahead, a worked one is not "planned"', () => {
    const monday8 = BASE + 8 * H;
    const worked = [span(monday8, 6)];
    const added = warningsAddedBy(worked, span(monday8 + 7 * H, 5, true), utc);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ kind: 'daily-clinical-hours', period: '2026-09-07', value: 11, planned: true });
    const first = added[0];
    if (first === undefined) throw new Error('no warning');
    expect(describeClinicalHourWarning(first)).toBe('Planned shifts would take clinical time on 2026-09-07 to 11 hours, over the limit of 10 hours a day.');
    const workedOnly = clinicalHoursSummary([span(monday8, 11)], utc).warnings;
    expect(workedOnly[0]).toMatchObject({ planned: false, value: 11 });
    expect(warningsAddedBy(worked, span(monday8 + 7 * H, 3), utc)).toEqual([]);
  });

  it('adds the weekly classroom hours to clinical hours for the 40-hour limit (flagged as not confirmed)', () => {
    const settings = defaultClinicalHourSettings('UTC', 16);
    const spans = [0, 1, 2].map((d) => span(BASE + d * 24 * H + 8 * H, 9));
    const s = clinicalHoursSummary(spans, settings);
    expect(s.weeks).toEqual([{ weekOf: '2026-09-07', clinicalHours: 27, plannedHours: 0, didacticHours: 16, totalHours: 43 }]);
    const w = s.warnings.find((x) => x.kind === 'weekly-clinical-and-didactic-hours');
    expect(w?.limit.confidence).toBe('unconfirmed');
    expect(w?.limit.flag).toMatch(/Not confirmed/);
  });

  it('splits a night shift at local midnight and counts its evening hours in the site’s zone', () => {
    // 17:00 to 01:00 Chicago time (CDT, UTC-5) on a Wednesday.
    const start = Date.parse('2026-09-09T22:00:00Z');
    const s = clinicalHoursSummary([span(start, 8)], defaultClinicalHourSettings('America/Chicago'));
    expect(s.days).toEqual([{ date: '2026-09-09', hours: 7, plannedHours: 0 }, { date: '2026-09-10', hours: 1, plannedHours: 0 }]);
    expect(s.eveningWeekendHours).toBe(7);
    expect(localTime(start, 'America/Chicago')).toMatchObject({ date: '2026-09-09', weekday: 3, minute: 17 * 60 });
  });

  it('warns when evening and weekend hours pass a quarter of all hours', () => {
    const saturday = BASE + 5 * 24 * H + 8 * H;
    const s = clinicalHoursSummary([span(BASE + 8 * H, 8), span(saturday, 8)], utc);
    expect(s.eveningWeekendShare).toBe(0.5);
    expect(s.warnings.map((w) => w.kind)).toEqual(['evening-weekend-share']);
  });
});
