import { calendarDate as d } from '@modality/domain';
import { describe, expect, it } from 'vitest';
import { baseValue, cycleStatus, measureCycle, periodContaining, valueActivities } from './ce-cycle.js';
import type { CycleResult } from './verdict.js';

const cycle = (earned: number, required = 24, start = '2025-05-01', end = '2027-04-30'): CycleResult => ({
  rule: 'x',
  start: d(start),
  end: d(end),
  required,
  earned,
  remaining: Math.max(0, required - earned),
  minimums: [],
});

const ARRT = {
  categoryFilter: { categories: ['A', 'A+'], alsoKinds: ['academic', 'acls', 'pals'] },
  academic: { perSemesterCredit: 16, perQuarterCredit: 12 },
  cap: { kinds: ['acls', 'pals'], maxCredits: 6, maxActivities: 1 },
} as const;

describe('valuing CE (ARRT)', () => {
  it('converts academic courses: 16 per semester credit, 12 per quarter credit', () => {
    expect(baseValue({ title: 'a', completedOn: d('2026-01-01'), kind: 'academic', semesterCredits: 3 }, ARRT)).toBe(48);
    expect(baseValue({ title: 'a', completedOn: d('2026-01-01'), kind: 'academic', quarterCredits: 3 }, ARRT)).toBe(36);
  });
  it('counts only Category A or A+ activities', () => {
    expect(baseValue({ title: 'a', completedOn: d('2026-01-01'), credits: 2, category: 'A+' }, ARRT)).toBe(2);
    expect(baseValue({ title: 'a', completedOn: d('2026-01-01'), credits: 2 }, ARRT)).toBe(0);
  });
  it('counts one ACLS or PALS course per biennium, up to 6 credits', () => {
    const v = valueActivities(
      [
        { title: 'acls', completedOn: d('2025-06-01'), credits: 8, kind: 'acls' },
        { title: 'pals', completedOn: d('2026-06-01'), credits: 4, kind: 'pals' },
      ],
      ARRT,
    );
    expect(v.map((x) => x.value)).toEqual([6, 0]);
  });
});

describe('cycle status', () => {
  it('is compliant when every requirement is met', () => {
    expect(cycleStatus(cycle(24), d('2025-06-01'))).toBe('compliant');
  });
  it('is in progress with time left and a fair pace (the contract example: 12 of 24, 155 days left)', () => {
    expect(cycleStatus(cycle(12), d('2026-11-26'))).toBe('in-progress');
  });
  it('is at risk with fewer than 90 days left', () => {
    expect(cycleStatus(cycle(23), d('2027-01-31'))).toBe('at-risk'); // 89 days to 2027-04-30
    expect(cycleStatus(cycle(23), d('2027-01-30'))).toBe('in-progress'); // 90 days
  });
  it('is at risk past half-way when the pace so far reaches less than half the requirement', () => {
    expect(cycleStatus(cycle(5), d('2026-06-01'))).toBe('at-risk');
    expect(cycleStatus(cycle(0), d('2025-12-01'))).toBe('in-progress');
  });
  it('is noncompliant when the cycle ended unmet', () => {
    expect(cycleStatus(cycle(23), d('2027-05-01'))).toBe('noncompliant');
  });
  it('checks minimums and annual minimums', () => {
    const c = measureCycle(
      { rule: 'x', start: d('2024-12-01'), end: d('2027-11-30'), required: 60, minimums: [{ topic: 'substantive', match: { type: 'any-topic', topics: ['substantive'] }, required: 35, measure: 'credits' }], annualMinimum: 10 },
      valueActivities([{ title: 'a', completedOn: d('2025-01-01'), credits: 60, topics: ['substantive'] }], {}),
    );
    expect(c.minimums).toEqual([
      { topic: 'substantive', required: 35, earned: 60, remaining: 0 },
      { topic: 'year-from-2024-12-01', required: 10, earned: 60, remaining: 0 },
      { topic: 'year-from-2025-12-01', required: 10, earned: 0, remaining: 10 },
      { topic: 'year-from-2026-12-01', required: 10, earned: 0, remaining: 10 },
    ]);
  });
});

describe('periodContaining', () => {
  it('finds the period in both directions', () => {
    expect(periodContaining(d('2025-05-01'), 24, d('2028-01-10'))).toEqual({ start: '2027-05-01', end: '2029-04-30' });
    expect(periodContaining(d('2025-05-01'), 24, d('2024-01-10'))).toEqual({ start: '2023-05-01', end: '2025-04-30' });
    expect(periodContaining(d('2015-12-01'), 36, d('2024-11-30'))).toEqual({ start: '2021-12-01', end: '2024-11-30' });
  });
});
