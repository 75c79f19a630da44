import { calendarDate as d } from '@modality/domain';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { record, type RecordParts } from './testing/records.js';

const program = (completedOn: string, extra: Record<string, unknown> = {}) => ({
  kind: 'program' as const,
  discipline: 'radiography' as const,
  award: 'associate' as const,
  country: 'US',
  approvedBy: ['arrt' as const, 'jrcert' as const],
  completedOn,
  ...extra,
});
const rOn = (parts: RecordParts, asOf: string) => {
  const e = evaluate(record(parts), d(asOf), { target: 'arrt:R' }).eligibility[0];
  if (e === undefined) throw new Error('no eligibility entry');
  return e;
};
const rules = (e: { missing: readonly { rule: string }[] }) => e.missing.map((m) => m.rule);

describe('ARRT primary eligibility', () => {
  it('is eligible with an ARRT-approved program in the discipline that is an associate degree', () => {
    const e = rOn({ education: [program('2024-05-10')] }, '2024-06-01');
    expect(e).toMatchObject({ credential: 'arrt:R', eligible: true, missing: [] });
    expect(e.sources).toContain('https://www.arrt.org/earn-arrt-credentials/requirements/primary-requirements');
  });
  it('needs an approved program in the same discipline; work experience or a foreign program does not replace it', () => {
    const e = rOn({ education: [program('2024-05-10', { discipline: 'sonography' })] }, '2024-06-01');
    expect(e.eligible).toBe(false);
    expect(e.missing[0]).toMatchObject({ rule: 'arrt.primary.program', need: 1, have: 0, unit: 'programs' });
    const ph = rOn({ country: 'PH', education: [program('2020-04-01', { country: 'PH', approvedBy: ['ched'], award: 'bachelor' })] }, '2024-06-01');
    expect(rules(ph)).toEqual(['arrt.primary.program', 'arrt.primary.degree']);
    expect(ph.missing[0]?.what).toContain('not ARRT-approved');
    expect(ph.missing[1]?.what).toContain('AICE or NACES');
  });
  it('needs an associate degree or higher for programs completed on or after 1 Jan 2015, not before', () => {
    expect(rules(rOn({ education: [program('2015-01-01', { award: 'certificate' })] }, '2015-02-01'))).toEqual(['arrt.primary.degree']);
    expect(rOn({ education: [program('2014-12-31', { award: 'certificate' })] }, '2015-02-01').eligible).toBe(true);
  });
  it('counts degrees from Australia, Canada and Great Britain for the degree part', () => {
    for (const country of ['AU', 'CA', 'GB']) {
      const e = rOn({ education: [program('2024-05-10', { award: 'certificate' }), { kind: 'degree', discipline: 'other', award: 'bachelor', country, completedOn: '2019-06-01' }] }, '2024-06-01');
      expect(e.eligible).toBe(true);
    }
    const other = rOn({ education: [program('2024-05-10', { award: 'certificate' }), { kind: 'degree', discipline: 'other', award: 'bachelor', country: 'IN', completedOn: '2019-06-01' }] }, '2024-06-01');
    expect(rules(other)).toEqual(['arrt.primary.degree']);
  });
  it('from 1 Jan 2025 needs the degree within 3 years after the program', () => {
    const parts: RecordParts = { education: [program('2025-05-10', { award: 'certificate' }), { kind: 'degree', discipline: 'other', award: 'associate', country: 'US', completedOn: '2028-06-01' }] };
    expect(rules(rOn(parts, '2028-07-01'))).toEqual(['arrt.primary.degree-timing', 'arrt.primary.eligibility-window']);
    const inTime: RecordParts = { education: [program('2025-05-10', { award: 'certificate' }), { kind: 'degree', discipline: 'other', award: 'associate', country: 'US', completedOn: '2028-05-10' }] };
    expect(rOn(inTime, '2028-05-10').eligible).toBe(true);
  });
  it('gives 3 years from program completion to establish eligibility (5 for graduates before 2013)', () => {
    const late = rOn({ education: [program('2016-05-10')] }, '2019-05-11');
    expect(late.missing[0]).toMatchObject({ rule: 'arrt.primary.eligibility-window' });
    expect(late.missing[0]?.what).toContain('closed 2019-05-10');
    expect(rOn({ education: [program('2016-05-10')] }, '2019-05-10').eligible).toBe(true);
    expect(rOn({ education: [program('2016-05-10')], exams: [{ exam: 'arrt:R', windowStart: '2019-01-01' }] }, '2019-06-01').eligible).toBe(true);
    expect(rOn({ education: [program('2012-05-10', { award: 'certificate' })] }, '2017-05-10').eligible).toBe(true);
    expect(rOn({ education: [program('2012-05-10', { award: 'certificate' })] }, '2017-05-11').eligible).toBe(false);
  });
  it('says when the program is not completed yet (application up to 3 months before)', () => {
    const e = rOn({ education: [program('2026-05-10')] }, '2026-03-01');
    expect(e.missing[0]?.what).toContain('from 2026-02-10');
  });
  it('allows 3 attempts in 3 years from the first window', () => {
    const three = rOn(
      {
        education: [program('2023-01-10')],
        exams: [
          { exam: 'arrt:R', windowStart: '2023-02-01', takenOn: '2023-03-01', result: 'fail' },
          { exam: 'arrt:R', windowStart: '2023-06-01', takenOn: '2023-07-01', result: 'fail' },
          { exam: 'arrt:R', windowStart: '2024-01-01', takenOn: '2024-02-01', result: 'fail' },
        ],
      },
      '2024-03-01',
    );
    expect(three.missing).toEqual([expect.objectContaining({ rule: 'arrt.exam.attempts', need: 1, have: 0, unit: 'attempts' })]);
    const two = rOn({ education: [program('2023-01-10')], exams: [{ exam: 'arrt:R', windowStart: '2023-02-01', takenOn: '2023-03-01', result: 'fail' }, { exam: 'arrt:R', windowStart: '2023-06-01', takenOn: '2023-07-01', result: 'fail' }] }, '2026-01-31');
    expect(two.eligible).toBe(true);
    const expired = rOn({ education: [program('2023-01-10')], exams: [{ exam: 'arrt:R', windowStart: '2023-02-01', takenOn: '2023-03-01', result: 'fail' }] }, '2026-02-01');
    expect(expired.missing[0]?.what).toContain('ended 2026-01-31');
  });
});
