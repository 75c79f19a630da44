import { calendarDate, fromEpochDay, toEpochDay, type CalendarDate } from '@modality/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPLETION_RATE, CREDENTIALING_PASS_RATE, EFFECTIVENESS_DEFINITIONS, JOB_PLACEMENT_RATE } from './program-effectiveness-definitions.js';
import { programEffectiveness, type LeaverFacts } from './program-effectiveness.js';

const d = calendarDate;
const AS_OF = d('2026-11-30');
const day = (from: string, to: string) => fc.integer({ min: toEpochDay(d(from)), max: toEpochDay(d(to)) }).map((n) => fromEpochDay(n));
const leaver: fc.Arbitrary<LeaverFacts> = fc.record({
  outcome: fc.constantFrom('graduated' as const, 'withdrew' as const),
  leftOn: day('2020-01-01', '2026-11-30'),
  programStartedOn: fc.option(day('2018-01-01', '2020-01-01'), { nil: null }),
  firstAttempt: fc.option(fc.record({ takenOn: day('2020-01-01', '2027-06-30'), passed: fc.boolean() }), { nil: null }),
  employedOn: fc.option(day('2020-01-01', '2027-12-31'), { nil: null }),
  notSeeking: fc.boolean(),
});
const leavers = fc.array(leaver, { maxLength: 40 });
const rates = (r: ReturnType<typeof programEffectiveness>) => [r.fiveYear.passRate, r.fiveYear.placementRate, ...r.years.flatMap((y) => [y.passRate, y.placementRate, y.completionRate])];

function graduate(leftOn: string, attempt: [string, boolean] | null, employedOn: string | null = null, notSeeking = false): LeaverFacts {
  return { outcome: 'graduated', leftOn: d(leftOn), programStartedOn: d('2019-08-26'), firstAttempt: attempt === null ? null : { takenOn: d(attempt[0]), passed: attempt[1] }, employedOn: employedOn === null ? null : d(employedOn), notSeeking };
}

describe('program effectiveness definitions', () => {
  it('carry JRCERT\'s windows with the source, and say in words what Modality chose where the source is silent', () => {
    expect(CREDENTIALING_PASS_RATE.monthsAfterGraduation).toBe(6);
    expect(JOB_PLACEMENT_RATE.monthsAfterGraduation).toBe(12);
    expect(COMPLETION_RATE.confidence).toBe('unconfirmed');
    for (const def of EFFECTIVENESS_DEFINITIONS) {
      expect(def.sourceUrl).toMatch(/^https:\/\/www\.jrcert\.org\//);
      expect(def.modalityChoices.length).toBeGreaterThan(0);
    }
  });
});

describe('programEffectiveness', () => {
  it('counts first attempts within six months, placement within twelve among those seeking, and completions per year', () => {
    const r = programEffectiveness(
      [
        graduate('2024-05-10', ['2024-06-20', true], '2024-08-01'),
        graduate('2024-05-10', ['2024-07-01', false], '2025-06-01'),
        graduate('2024-05-10', ['2025-01-20', true], null), // first attempt after six months: left out
        graduate('2024-05-10', null, null, true), // not seeking
        { outcome: 'withdrew', leftOn: d('2024-02-01'), programStartedOn: d('2022-08-22'), firstAttempt: null, employedOn: null, notSeeking: false },
      ],
      2026,
      AS_OF,
    );
    const y2024 = r.years.find((y) => y.year === 2024);
    expect(y2024?.passRate).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(y2024?.noAttemptInWindow).toBe(2);
    // The second found work thirteen months on: seeking, not placed.
    expect(y2024?.placementRate).toEqual({ numerator: 1, denominator: 3, rate: 1 / 3 });
    expect(y2024?.notSeeking).toBe(1);
    expect(y2024?.completionRate).toEqual({ numerator: 4, denominator: 5, rate: 0.8 });
    expect(r.fiveYear).toMatchObject({ firstYear: 2022, lastYear: 2026, passRate: { numerator: 1, denominator: 2 } });
  });

  it('says "not enough data" (null) for a year nobody left, and keeps recent graduates pending until their window closes', () => {
    const r = programEffectiveness([graduate('2026-10-15', null)], 2026, AS_OF);
    const y2026 = r.years.find((y) => y.year === 2026);
    expect(y2026?.passRate.rate).toBeNull();
    expect(y2026?.passPending).toBe(1);
    expect(y2026?.placementPending).toBe(1);
    expect(r.years.find((y) => y.year === 2023)?.completionRate).toEqual({ numerator: 0, denominator: 0, rate: null });
  });

  it('property: every rate is in [0, 1], numerators never pass denominators, and null exactly when n = 0', () => {
    fc.assert(
      fc.property(leavers, (ls) => {
        for (const r of rates(programEffectiveness(ls, 2026, AS_OF))) {
          expect(r.numerator).toBeLessThanOrEqual(r.denominator);
          if (r.denominator === 0) expect(r.rate).toBeNull();
          else {
            expect(r.rate).toBeGreaterThanOrEqual(0);
            expect(r.rate).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it('property: adding a graduate who passed on the first attempt never lowers the pass rate; adding a withdrawal never raises completion', () => {
    fc.assert(
      fc.property(leavers, day('2022-01-01', '2026-05-30'), fc.integer({ min: 0, max: 150 }), (ls, leftOn, after) => {
        const takenOn: CalendarDate = fromEpochDay(toEpochDay(leftOn) + Math.min(after, 150));
        const before = programEffectiveness(ls, 2026, AS_OF);
        const withPass = programEffectiveness([...ls, { ...graduate(leftOn, null), firstAttempt: { takenOn, passed: true } }], 2026, AS_OF);
        expect(withPass.fiveYear.passRate.rate ?? 1).toBeGreaterThanOrEqual((before.fiveYear.passRate.rate ?? 0) - 1e-12);
        expect(withPass.fiveYear.passRate.denominator).toBe(before.fiveYear.passRate.denominator + 1);
        const withdrew = programEffectiveness([...ls, { ...graduate(leftOn, null), outcome: 'withdrew' }], 2026, AS_OF);
        const year = Number(leftOn.slice(0, 4));
        const c0 = before.years.find((y) => y.year === year)?.completionRate;
        const c1 = withdrew.years.find((y) => y.year === year)?.completionRate;
        expect(c1?.rate ?? 0).toBeLessThanOrEqual(c0?.rate ?? 1);
        expect(c1?.denominator).toBe((c0?.denominator ?? 0) + 1);
      }),
    );
  });

  it('property: people who left outside the five years change nothing', () => {
    fc.assert(
      fc.property(leavers, day('2015-01-01', '2021-12-31'), (ls, leftOn) => {
        expect(programEffectiveness([...ls, graduate(leftOn, [leftOn, false])], 2026, AS_OF).years.filter((y) => y.year >= 2022)).toEqual(
          programEffectiveness(ls, 2026, AS_OF).years.filter((y) => y.year >= 2022),
        );
      }),
    );
  });
});
