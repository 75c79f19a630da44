import { calendarDate, fromEpochDay, toEpochDay } from '@modality/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COHORT_RISK_RULES, cohortRisks, type StudentStanding } from './cohort-risk.js';
import { RADIOGRAPHY_PROCEDURES } from './procedures.js';
import { requirementProgress } from './progress.js';
import { ARRT_RADIOGRAPHY_HANDBOOK_2017, ARRT_RADIOGRAPHY_HANDBOOK_2022 } from './requirement-sets.js';

const d = calendarDate;
const AS_OF = d('2026-11-30');
const codes = RADIOGRAPHY_PROCEDURES.map((p) => p.code);
const progressOf = (n: number) => requirementProgress(ARRT_RADIOGRAPHY_HANDBOOK_2017, codes.slice(0, n).map((procedure) => ({ procedure, simulated: false })));

const standing = (over: Partial<StudentStanding> = {}): StudentStanding => ({
  programStartedOn: d('2025-08-25'),
  expectedCompletionOn: null,
  progress: progressOf(40),
  lastEntryOn: d('2026-11-20'),
  oldestUnsignedOn: null,
  nextExamWindowOn: null,
  ...over,
});

describe('cohortRisks', () => {
  it('a student on pace, logging and signed has no risk', () => {
    expect(cohortRisks(standing(), AS_OF)).toEqual([]);
  });

  it('flags behind pace, an exam window soon with competencies missing, a quiet log and an old unsigned entry, in words', () => {
    const risks = cohortRisks(standing({ progress: progressOf(5), lastEntryOn: d('2026-09-22'), oldestUnsignedOn: d('2026-10-01'), nextExamWindowOn: d('2027-01-15') }), AS_OF);
    expect(risks.map((r) => r.code)).toEqual(['behind-pace', 'exam-window-soon', 'no-recent-entries', 'unsigned-waiting']);
    expect(risks[0]?.words).toMatch(/^Behind pace: 5 of 61 competencies signed with 63% of the program's time gone \(expected to finish 2027-08-25\)\.$/);
    expect(risks[1]?.words).toBe('Exam window opens 2027-01-15 (in 46 days) with 56 competencies still missing.');
    expect(risks[2]?.words).toBe('No procedure logged since 2026-09-22 (69 days).');
  });

  it('a student who never logged is flagged from the program start; a window far away or already complete is not', () => {
    expect(cohortRisks(standing({ lastEntryOn: null, programStartedOn: d('2026-09-01'), progress: progressOf(0) }), AS_OF).map((r) => r.code)).toEqual(['no-recent-entries']);
    expect(cohortRisks(standing({ nextExamWindowOn: d('2027-06-01') }), AS_OF)).toEqual([]);
  });

  it('an unconfirmed requirement count never produces a pace figure', () => {
    const unknown = requirementProgress(ARRT_RADIOGRAPHY_HANDBOOK_2022, []);
    expect(cohortRisks(standing({ progress: unknown }), AS_OF).some((r) => r.code === 'behind-pace')).toBe(false);
  });

  it('property: more signed competencies never add a pace risk; a later last entry never adds a quiet-log risk', () => {
    const day = fc.integer({ min: toEpochDay(d('2025-08-25')), max: toEpochDay(AS_OF) }).map(fromEpochDay);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: codes.length }), fc.integer({ min: 0, max: codes.length }), day, day, (a, b, e1, e2) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const pace = (n: number) => cohortRisks(standing({ progress: progressOf(n) }), AS_OF).some((r) => r.code === 'behind-pace');
        if (pace(hi)) expect(pace(lo)).toBe(true);
        const [early, late] = e1 <= e2 ? [e1, e2] : [e2, e1];
        const quiet = (on: typeof e1) => cohortRisks(standing({ lastEntryOn: on }), AS_OF).some((r) => r.code === 'no-recent-entries');
        if (quiet(late)) expect(quiet(early)).toBe(true);
      }),
    );
    expect(COHORT_RISK_RULES.paceMargin).toBeGreaterThan(0);
  });
});
