import { ValidationError } from '@modality/domain';
import { MODALITY_DEFAULT_GRADE_FORM } from '@modality/knowledge';
import { describe, expect, it } from 'vitest';
import type { ClinicalEntryRow } from '../ports/index.js';
import { countsTowardCompetency, entryIssues, type CheckedEntry } from './clinical-log.js';
import { gradeForSignature } from './competency-grade.js';

const clock = { clock: { now: () => new Date('2026-11-30T12:00:00Z') } };
const sites = [{ id: 'site_1', schoolOrganisationId: 'org_1', name: 'Lakeside' }];
const ok: CheckedEntry = { procedure: 'xr:hand', performedOn: '2026-11-30', siteId: 'site_1', role: 'performed', supervision: 'direct', repeat: false, competencyAttempt: true, simulated: false };
const row = (over: Partial<ClinicalEntryRow> = {}): ClinicalEntryRow => ({ id: 'cle_1', personId: 'psn_1', ...ok, createdAt: '2026-11-30T10:00:00Z', editedAt: null, signature: null, grade: null, ...over });
const F = MODALITY_DEFAULT_GRADE_FORM;
const allMet = MODALITY_DEFAULT_GRADE_FORM.criteria.map((c) => ({ code: c.code, met: true }));
const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues;
    throw e;
  }
  return [];
};

describe('entryIssues (shared by logging and editing)', () => {
  it('accepts a good entry and names each bad field, quoting the value', () => {
    expect(entryIssues(clock, ok, sites, 'radiography')).toEqual([]);
    const bad = entryIssues(clock, { ...ok, performedOn: '2026-12-01', procedure: 'xr:nope', siteId: 'site_9', role: 'observed', supervision: 'indirect' }, sites, 'radiography');
    expect(bad.map((i) => i.path)).toEqual(['performedOn', 'procedure', 'site', 'supervision', 'role']);
    expect(bad.map((i) => i.message).join(' ')).toMatch(/"2026-12-01".*"xr:nope".*"site_9".*"indirect".*"observed"/);
  });

  it("refuses a procedure of another discipline's list, quoting it, and accepts one of the student's own", () => {
    expect(entryIssues(clock, { ...ok, procedure: 'us:thyroid' }, sites, 'sonography')).toEqual([]);
    const issues = entryIssues(clock, ok, sites, 'sonography');
    expect(issues.map((i) => i.path)).toEqual(['procedure']);
    expect(issues[0]?.message).toBe(`"${ok.procedure}" is not among the sonography procedures of your program`);
  });
});

describe('gradeForSignature', () => {
  it('needs the form filled in for an attempt, refuses a grade for anything else, and computes pass or fail', () => {
    expect(issuesOf(() => gradeForSignature(F, undefined)).map((i) => i.path)).toEqual(['grade']);
    expect(issuesOf(() => gradeForSignature(null, { criteria: allMet })).map((i) => i.path)).toEqual(['grade']);
    expect(issuesOf(() => gradeForSignature(F, { criteria: allMet.slice(1) })).map((i) => i.path)).toEqual(['grade.criteria']);
    expect(gradeForSignature(null, undefined)).toBeNull();
    expect(gradeForSignature(F, { criteria: allMet, comments: '  ' })).toEqual({ formId: MODALITY_DEFAULT_GRADE_FORM.id, criteria: allMet, passed: true, comments: null });
    const failed = gradeForSignature(F, { criteria: allMet.map((c, i) => ({ ...c, met: i !== 2 })), comments: 'Redo' });
    expect(failed?.passed).toBe(false);
  });

  it('refuses a grade filled in on a form that is no longer the program\'s, quoting its id', () => {
    const issues = issuesOf(() => gradeForSignature(F, { criteria: allMet, form: 'gf_old' }));
    expect(issues.map((i) => i.path)).toEqual(['grade.form']);
    expect(issues[0]?.message).toMatch(/"gf_old" is no longer the program's form/);
    expect(gradeForSignature(F, { criteria: allMet, form: F.id })?.passed).toBe(true);
  });

  it('a failed signed attempt does not count toward progress; a passed one and an ungraded performed entry do', () => {
    const signature = { signedAt: '2026-11-30T11:00:00Z', name: 'Jordan Tech', arrtNumber: '1', signerUserId: null };
    const grade = (passed: boolean) => ({ formId: 'f', criteria: [], passed, comments: null });
    expect(countsTowardCompetency(row({ signature, grade: grade(false) }))).toBe(false);
    expect(countsTowardCompetency(row({ signature, grade: grade(true) }))).toBe(true);
    expect(countsTowardCompetency(row({ signature, competencyAttempt: false }))).toBe(true);
    expect(countsTowardCompetency(row({ grade: grade(true) }))).toBe(false);
    expect(countsTowardCompetency(row({ signature, role: 'assisted', competencyAttempt: false }))).toBe(false);
  });
});
