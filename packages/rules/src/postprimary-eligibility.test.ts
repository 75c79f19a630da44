import { calendarDate as d } from '@modality/domain';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { record, type RecordParts } from './testing/records.js';

const se = (completedOn: string, credits: number, contentCategory: string, forCredential = 'arrt:CT') => ({ completedOn, credits, kind: 'structured-education' as const, contentCategory, forCredential, category: 'A' as const });
const fullSe = (on: string) => [se(on, 4, 'Patient Care'), se(on, 4, 'Safety'), se(on, 4, 'Image Production'), se(on, 4, 'Procedures')];
const R = { credential: 'arrt:R', earnedOn: '2016-07-01' };
const ct = (parts: RecordParts, asOf = '2026-11-26', target = 'arrt:CT') => {
  const e = evaluate(record(parts), d(asOf), { target }).eligibility[0];
  if (e === undefined) throw new Error('no entry');
  return e;
};

describe('ARRT postprimary eligibility', () => {
  it('is eligible with a supporting credential, 16 h of structured education across the categories, and clinical procedures, within 24 months', () => {
    const e = ct({ credentials: [R], ce: fullSe('2026-01-10'), clinical: [{ procedure: 'ct:head', performedOn: '2026-03-01', count: 3 }] });
    expect(e).toMatchObject({ credential: 'arrt:CT', eligible: true, missing: [] });
  });
  it('names the missing category in credits (the contract example: structured education in Safety)', () => {
    const e = ct({ credentials: [R], ce: [se('2026-01-10', 6, 'Patient Care'), se('2026-01-10', 6, 'Image Production'), se('2026-01-10', 4, 'Procedures')], clinical: [{ procedure: 'ct:head', performedOn: '2026-03-01' }] });
    expect(e.missing).toEqual([{ rule: 'arrt.postprimary.structured-education', what: 'structured education in Safety', need: 1, have: 0, unit: 'credits' }]);
  });
  it('counts only structured education from the last 24 months, academic credit converted', () => {
    const old = ct({ credentials: [R], ce: fullSe('2024-11-25'), clinical: [{ procedure: 'ct:head', performedOn: '2026-03-01' }] });
    expect(old.missing[0]).toMatchObject({ need: 16, have: 0 });
    const academic = ct({ credentials: [R], ce: [{ completedOn: '2026-01-10', kind: 'academic', semesterCredits: 1, forCredential: 'arrt:CT', contentCategory: 'Safety' }], clinical: [{ procedure: 'ct:head', performedOn: '2026-03-01' }] });
    expect(academic.missing.map((m) => m.what)).toEqual(['structured education in Patient Care', 'structured education in Image Production', 'structured education in Procedures']);
  });
  it('locks education and procedures in once an exam window is assigned', () => {
    const e = ct({ credentials: [R], ce: fullSe('2024-03-01'), clinical: [{ procedure: 'ct:head', performedOn: '2024-04-01' }], exams: [{ exam: 'arrt:CT', windowStart: '2025-06-01' }] }, '2026-11-26');
    expect(e.eligible).toBe(true);
  });
  it('follows the supporting-category matrix', () => {
    const nmt = ct({ credentials: [{ credential: 'nmtcb:CNMT', earnedOn: '2015-01-01' }], ce: fullSe('2026-01-10'), clinical: [{ procedure: 'ct:head', performedOn: '2026-03-01' }] });
    expect(nmt.eligible).toBe(true);
    const sono = ct({ credentials: [{ credential: 'ardms:RDMS', earnedOn: '2015-01-01' }], ce: fullSe('2026-01-10'), clinical: [{ procedure: 'ct:head', performedOn: '2026-03-01' }] });
    expect(sono.missing[0]).toMatchObject({ rule: 'arrt.postprimary.supporting-category.ct', unit: 'credentials' });
    const mrBySono = ct({ credentials: [{ credential: 'ardms:RDMS', earnedOn: '2015-01-01' }], ce: [se('2026-01-10', 16, 'x', 'arrt:MR')], clinical: [{ procedure: 'mri:brain', performedOn: '2026-03-01' }] }, '2026-11-26', 'arrt:MR');
    expect(mrBySono.eligible).toBe(true);
    const bsFromR = ct({ credentials: [R], ce: [se('2026-01-10', 16, 'x', 'arrt:BS')], clinical: [{ procedure: 'breast-sonography:screening', performedOn: '2026-03-01' }] }, '2026-11-26', 'arrt:BS');
    expect(bsFromR.missing[0]?.what).toContain('ARRT Radiography + ARRT Mammography');
    const lapsed = ct({ credentials: [{ ...R, status: 'lapsed' }], ce: fullSe('2026-01-10'), clinical: [{ procedure: 'ct:head', performedOn: '2026-03-01' }] });
    expect(lapsed.eligible).toBe(false);
  });
  it('asks for documented clinical procedures in the window (counts unconfirmed, not encoded)', () => {
    const e = ct({ credentials: [R], ce: fullSe('2026-01-10'), clinical: [{ procedure: 'ct:head', performedOn: '2024-11-01' }, { procedure: 'ct:chest', performedOn: '2026-03-01', simulated: true }] });
    expect(e.missing).toEqual([expect.objectContaining({ rule: 'arrt.postprimary.clinical-experience', unit: 'procedures', countConfirmed: false })]);
    // No made-up count: the item names whose number to read, and the credential by its name.
    expect(e.missing[0]?.what).toContain("ARRT's number is not confirmed here; see ARRT's Clinical Experience Requirements");
    expect(e.missing[0]?.what).toMatch(/^documented clinical procedures in the discipline/);
  });
  it('lists postprimary credentials within reach of a radiographer without a target', () => {
    const v = evaluate(record({ credentials: [R] }), d('2026-11-26'));
    expect(v.eligibility.map((e) => e.credential)).toEqual(['arrt:MR', 'arrt:VS', 'arrt:CT', 'arrt:M', 'arrt:BD', 'arrt:VI', 'arrt:CI', 'arrt:BS']);
  });
});
