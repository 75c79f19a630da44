import { parsePersonRecord } from '@modality/contracts';
import { PERSON_RECORD_FORMAT, calendarDate, type PersonRecord } from '@modality/domain';
import { describe, expect, it } from 'vitest';
import type { ClinicalEntryRow } from '../ports/index.js';
import { withSignedLog } from './signed-log-record.js';

const record: PersonRecord = { format: PERSON_RECORD_FORMAT, person: { name: 'Sam', birthDate: calendarDate('2005-06-14'), country: 'US' }, clinical: [] };
const entry = (id: string, signed: boolean): ClinicalEntryRow => ({
  id,
  personId: 'psn_1',
  procedure: 'xr:knee',
  performedOn: '2026-11-02',
  siteId: 'site_1',
  role: 'performed',
  supervision: 'direct',
  repeat: false,
  competencyAttempt: false,
  simulated: false,
  createdAt: '2026-11-02T10:00:00.000Z',
  editedAt: null,
  signature: signed ? { signedAt: '2026-11-03T09:00:00.000Z', name: 'Jordan Tech', arrtNumber: '1234567', signerUserId: null } : null,
  grade: null,
});
const attempt = (id: string, passed: boolean): ClinicalEntryRow => ({
  ...entry(id, true),
  competencyAttempt: true,
  grade: { formId: 'modality-default-2026', criteria: [{ code: 'positioning', met: passed }], passed, comments: null },
});

describe('withSignedLog', () => {
  it('adds each signed entry with who signed and when, leaves unsigned ones out, and stays a valid record v1', () => {
    const out = withSignedLog(record, [entry('a', true), entry('b', false)]);
    expect(out.clinical).toEqual([{ procedure: 'xr:knee', performedOn: '2026-11-02', count: 1, verifiedBy: 'Jordan Tech (ARRT 1234567)', verifiedOn: '2026-11-03', role: 'performed', simulated: false }]);
    const parsed = parsePersonRecord(JSON.parse(JSON.stringify(out)));
    expect(parsed.ok ? [] : parsed.error).toEqual([]);
  });

  it('exports a passed competency attempt and leaves a failed one out (the rules would count it as shown)', () => {
    const out = withSignedLog(record, [attempt('p', true), { ...attempt('f', false), performedOn: '2026-11-04' }]);
    expect(out.clinical?.map((e) => e.performedOn)).toEqual(['2026-11-02']);
  });

  it('exports a passed attempt with its grade, stays a valid record, and an imported export with the grade is not added again', () => {
    const grade = { form: 'Lakeside competency form, version 1', formVersion: 1, passed: true, criteria: [{ label: 'Positioning', required: true, met: true }, { label: 'Explains the exam', required: false, met: false }], comments: 'Good' };
    const grades = new Map([['p', grade]]);
    const out = withSignedLog(record, [attempt('p', true)], grades);
    expect(out.clinical?.[0]?.grade).toEqual(grade);
    const parsed = parsePersonRecord(JSON.parse(JSON.stringify(out)));
    expect(parsed.ok ? [] : parsed.error).toEqual([]);
    expect(withSignedLog(out, [attempt('p', true)], grades)).toBe(out);
    // A record imported before grades were exported keeps its entry as it was: no second copy.
    const before = withSignedLog(record, [attempt('p', true)]);
    expect(withSignedLog(before, [attempt('p', true)], grades)).toBe(before);
  });

  it('does not add an entry twice when an exported record was imported back', () => {
    const once = withSignedLog(record, [entry('a', true)]);
    expect(withSignedLog(once, [entry('a', true)])).toEqual(once);
    expect(withSignedLog(record, [])).toBe(record);
  });
});
