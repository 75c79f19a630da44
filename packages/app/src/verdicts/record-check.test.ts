import { calendarDate, PERSON_RECORD_FORMAT, ValidationError, type PersonRecord } from '@modality/domain';
import { FakeClock } from '@modality/testkit';
import { describe, expect, it } from 'vitest';
import { checkRecord } from './record-check.js';

const record: PersonRecord = {
  format: PERSON_RECORD_FORMAT,
  person: { name: 'Ana Reyes', birthDate: calendarDate('1994-05-17'), country: 'US', region: 'us-tx' },
  education: [{ kind: 'program', discipline: 'radiography', award: 'associate', country: 'US', approvedBy: ['arrt', 'jrcert'], completedOn: calendarDate('2016-05-10') }],
  credentials: [{ credential: 'arrt:R', earnedOn: calendarDate('2016-07-01'), cycle: { start: calendarDate('2025-05-01'), end: calendarDate('2027-04-30') }, expiresOn: calendarDate('2027-05-31'), status: 'active' }],
  ce: [{ title: 'CT dose optimisation', completedOn: calendarDate('2026-01-10'), credits: 8, category: 'A', kind: 'activity', topics: ['ct'] }],
};
const deps = { clock: new FakeClock('2026-11-26T23:30:00.000Z') };
const asOf = calendarDate('2026-11-26');

describe('checkRecord', () => {
  it('judges the record on today (UTC) by default, and names every credential of the verdict', () => {
    const check = checkRecord(deps, { record });
    expect(check.verdict.asOf).toBe('2026-11-26');
    expect(check.verdict.compliance.map((c) => c.credential)).toEqual(['arrt:R']);
    expect(check.names['arrt:R']).toBe('ARRT Radiography');
    for (const e of check.verdict.eligibility) expect(check.names[e.credential]).not.toBe(e.credential);
    expect(check.target).toBeUndefined();
  });

  it('asserts a target: held, eligible, not eligible with the count missing', () => {
    expect(checkRecord(deps, { record, asOf, target: 'arrt:R' }).target).toEqual({ code: 'arrt:R', assertion: { outcome: 'held' } });
    const student = { ...record, credentials: [] };
    expect(checkRecord(deps, { record: student, asOf: calendarDate('2016-06-01'), target: 'arrt:R' }).target?.assertion).toEqual({ outcome: 'eligible' });
    const ct = checkRecord(deps, { record, asOf, target: 'arrt:CT' });
    expect(ct.verdict.eligibility.map((e) => e.credential)).toEqual(['arrt:CT']);
    const missing = ct.verdict.eligibility[0]?.missing.length ?? 0;
    expect(missing).toBeGreaterThan(0);
    expect(ct.target?.assertion).toEqual({ outcome: 'not-eligible', missing });
  });

  it('cannot assert a target without encoded eligibility rules, or one held but lapsed', () => {
    expect(checkRecord(deps, { record, asOf, target: 'arrt:RRA' }).target?.assertion).toEqual({ outcome: 'no-rules' });
    const lapsed = { ...record, credentials: [...(record.credentials ?? []), { credential: 'arrt:CT', earnedOn: calendarDate('2019-03-15'), status: 'lapsed' as const }] };
    expect(checkRecord(deps, { record: lapsed, asOf, target: 'arrt:CT' }).target?.assertion).toEqual({ outcome: 'lapsed' });
  });

  it('refuses a target the catalogue does not know, naming the field and the value', () => {
    expect(() => checkRecord(deps, { record, target: 'arrt:ZZ' })).toThrow(ValidationError);
    try {
      checkRecord(deps, { record, target: 'arrt:ZZ' });
    } catch (e) {
      expect((e as ValidationError).issues).toEqual([{ path: 'target', message: 'unknown credential code "arrt:ZZ" (see the credential catalogue)' }]);
    }
  });
});
