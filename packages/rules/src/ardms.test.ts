import { calendarDate as d } from '@modality/domain';
import { describe, expect, it } from 'vitest';
import { ardmsCmePeriod } from './ardms-cme.js';
import { ardmsFiveYearDeadline } from './ardms-five-year.js';
import { evaluate } from './evaluate.js';
import { record, type RecordParts } from './testing/records.js';

const rdms = (parts: RecordParts, asOf: string) => {
  const e = evaluate(record(parts), d(asOf), { target: 'ardms:RDMS' }).eligibility[0];
  if (e === undefined) throw new Error('no entry');
  return e;
};
const program = { kind: 'program' as const, discipline: 'sonography' as const, award: 'associate' as const, country: 'US', approvedBy: ['caahep' as const], completedOn: '2010-05-01' };

describe('ARDMS five-year rule', () => {
  it('computes the rest of the year plus 5 calendar years (passed 6 Jun 2011 → 31 Dec 2016)', () => {
    expect(ardmsFiveYearDeadline(d('2011-06-06'), 5)).toBe('2016-12-31');
  });
  it('asks for the specialty by the deadline, then for a retake of the first-passed exam', () => {
    const parts: RecordParts = { education: [program], exams: [{ exam: 'ardms:SPI', takenOn: '2011-06-06', result: 'pass' }] };
    const before = rdms(parts, '2016-12-31');
    expect(before.missing).toEqual([expect.objectContaining({ rule: 'ardms.five-year-rule', unit: 'exams' })]);
    expect(before.missing[0]?.what).toContain('by 2016-12-31');
    const after = rdms(parts, '2017-01-01');
    expect(after.missing[0]?.what).toBe('retake ARDMS Sonography Principles and Instrumentation exam: passed 2011-06-06, its five-year period ended 2016-12-31');
    expect(after.missing).toHaveLength(2);
  });
  it('is eligible when SPI and a specialty fall inside the period', () => {
    const ok = rdms({ education: [program], exams: [{ exam: 'ardms:SPI', takenOn: '2011-06-06', result: 'pass' }, { exam: 'ardms:AB', takenOn: '2016-12-31', result: 'pass' }] }, '2017-02-01');
    expect(ok.eligible).toBe(true);
    const late = rdms({ education: [program], exams: [{ exam: 'ardms:SPI', takenOn: '2011-06-06', result: 'pass' }, { exam: 'ardms:AB', takenOn: '2017-01-02', result: 'pass' }] }, '2017-02-01');
    expect(late.missing[0]?.what).toContain('a pass in ARDMS Sonography Principles and Instrumentation exam by 2022-12-31');
  });
  it('does not apply to adding a specialty while an ARDMS credential is held Active', () => {
    const e = evaluate(record({ credentials: [{ credential: 'ardms:RDCS', earnedOn: '2012-01-01' }], exams: [{ exam: 'ardms:SPI', takenOn: '2011-06-06', result: 'pass' }, { exam: 'ardms:VT', takenOn: '2020-03-01', result: 'pass' }] }), d('2020-04-01'), { target: 'ardms:RVT' }).eligibility[0];
    expect(e?.eligible).toBe(true);
  });
  it('needs a prerequisite (only Prerequisite 2 is encoded)', () => {
    const e = rdms({ exams: [{ exam: 'ardms:SPI', takenOn: '2024-06-06', result: 'pass' }] }, '2024-07-01');
    expect(e.missing[0]).toMatchObject({ rule: 'ardms.prerequisite-2', unit: 'programs' });
  });
});

describe('ARDMS CME', () => {
  it('starts the period after the rest of the first credential year (first credential in 2014 → 2015-01-01..2017-12-31)', () => {
    expect(ardmsCmePeriod(d('2014-09-15'), d('2016-03-01'))).toEqual({ start: '2015-01-01', end: '2017-12-31' });
    expect(ardmsCmePeriod(d('2014-09-15'), d('2014-10-01'))).toEqual({ start: '2015-01-01', end: '2017-12-31' });
    expect(ardmsCmePeriod(d('2014-09-15'), d('2018-01-01'))).toEqual({ start: '2018-01-01', end: '2020-12-31' });
  });
  it('asks 30 CME per 3-year period, and renewal by 31 December', () => {
    const e = evaluate(record({ credentials: [{ credential: 'ardms:RDMS', earnedOn: '2014-09-15' }], ce: [{ completedOn: '2025-03-01', credits: 12 }] }), d('2026-11-26')).compliance[0];
    expect(e?.cycles[0]).toEqual({ rule: 'ardms.cme.period', start: '2024-01-01', end: '2026-12-31', required: 30, earned: 12, remaining: 18, minimums: [] });
    expect(e?.status).toBe('at-risk');
    expect(e?.deadlines).toEqual([{ kind: 'renewal', due: '2026-12-31' }]);
  });
  it('waives 15 CME in the period a new credential or specialty is earned', () => {
    const newCred = evaluate(record({ credentials: [{ credential: 'ardms:RDMS', earnedOn: '2014-09-15' }, { credential: 'ardms:RVT', earnedOn: '2025-02-01' }] }), d('2025-06-01')).compliance[0];
    expect(newCred?.cycles[0]).toMatchObject({ required: 15 });
    const specialty = evaluate(record({ credentials: [{ credential: 'ardms:RDMS', earnedOn: '2014-09-15' }], exams: [{ exam: 'ardms:OBGYN', takenOn: '2024-05-01', result: 'pass' }] }), d('2025-06-01')).compliance[0];
    expect(specialty?.cycles[0]).toMatchObject({ required: 15 });
    const nextPeriod = evaluate(record({ credentials: [{ credential: 'ardms:RDMS', earnedOn: '2014-09-15' }], exams: [{ exam: 'ardms:OBGYN', takenOn: '2023-05-01', result: 'pass' }] }), d('2025-06-01')).compliance[0];
    expect(nextPeriod?.cycles[0]).toMatchObject({ required: 30 });
  });
  it('asks 10 of the 30 in MSK with RMSKS plus RDMS/RDCS/RVT; RPVI 30 vascular; RMSK 30 MSK', () => {
    const v = evaluate(record({ credentials: [{ credential: 'ardms:RDMS', earnedOn: '2014-09-15' }, { credential: 'ardms:RMSKS', earnedOn: '2016-01-01' }], ce: [{ completedOn: '2025-01-01', credits: 30, topics: ['msk'] }] }), d('2026-11-26'));
    expect(v.compliance.map((c) => c.cycles[0]?.minimums)).toEqual([
      [{ topic: 'msk', required: 10, earned: 30, remaining: 0 }],
      [{ topic: 'msk', required: 10, earned: 30, remaining: 0 }],
    ]);
    expect(v.compliance.every((c) => c.status === 'compliant')).toBe(true);
    const rpvi = evaluate(record({ credentials: [{ credential: 'apca:RPVI', earnedOn: '2014-09-15' }], ce: [{ completedOn: '2025-01-01', credits: 30, topics: ['msk'] }] }), d('2026-11-26')).compliance[0];
    expect(rpvi?.cycles[0]?.minimums).toEqual([{ topic: 'vascular', required: 30, earned: 0, remaining: 30 }]);
    const rmsk = evaluate(record({ credentials: [{ credential: 'apca:RMSK', earnedOn: '2014-09-15' }], ce: [{ completedOn: '2025-01-01', credits: 30, topics: ['msk'] }] }), d('2026-11-26')).compliance[0];
    expect(rmsk?.status).toBe('compliant');
  });
  it('does not evaluate RMSKS held alone (no sourced amount)', () => {
    const e = evaluate(record({ credentials: [{ credential: 'ardms:RMSKS', earnedOn: '2014-09-15' }] }), d('2026-11-26')).compliance[0];
    expect(e?.status).toBe('not-applicable');
    expect(e?.warnings[0]).toContain('RMSKS');
  });
});
