import { describe, expect, it } from 'vitest';
import type { ClinicalEntry } from '../../api/clinical-log-queries';
import { gradeWords, ofRequired, signedWords } from './clinical-words';
import { gradeBody, gradeComplete, gradePasses } from './GradeFormFields';
import { qrPath } from './QrCode';

const entry = (signedBy: ClinicalEntry['signedBy']): ClinicalEntry => ({
  id: 'cle_1',
  procedure: 'xr:skull',
  procedureName: 'Skull',
  performedOn: '2026-11-30',
  site: { id: 'site_1', name: 'Lakeside' },
  role: 'performed',
  supervision: 'direct',
  repeat: false,
  competencyAttempt: false,
  simulated: false,
  loggedAt: '2026-11-30T10:00:00.000Z',
  editedAt: null,
  grade: null,
  signedBy,
});

describe('clinical words', () => {
  it('says who signed and how, and nothing while unsigned', () => {
    expect(signedWords(entry(null))).toBeNull();
    expect(signedWords(entry({ name: 'Jordan Tech', arrtNumber: '123', signedAt: '2026-11-30T12:00:00.000Z', how: 'link' }))).toMatch(/^Signed by Jordan Tech \(ARRT 123\) from a sign-off link on /);
    expect(signedWords(entry({ name: 'Olivia Bennett', arrtNumber: null, signedAt: '2026-11-30T12:00:00.000Z', how: 'in-app' }))).toMatch(/^Signed in the app by Olivia Bennett on /);
  });

  it('says whether a graded attempt counts, and builds the grade the API takes from the answers', () => {
    const grade = { formName: 'Form', criteria: [], comments: null };
    expect(gradeWords({ ...grade, passed: true })).toBe('Competency passed on Form: it counts toward your progress.');
    expect(gradeWords({ ...grade, passed: false })).toMatch(/does not count toward your progress/);
    const form = { id: 'f', name: 'F', note: '', criteria: [{ code: 'a', label: 'A', required: true }, { code: 'b', label: 'B', required: false }] };
    expect(gradeComplete(form, { met: { a: true }, comments: '' })).toBe(false);
    expect(gradePasses(form, { met: { a: true, b: false }, comments: '' })).toBe(true);
    expect(gradePasses(form, { met: { a: false, b: true }, comments: '' })).toBe(false);
    expect(gradeBody(form, { met: { a: true, b: false }, comments: '  ' })).toEqual({ form: 'f', criteria: [{ code: 'a', met: true }, { code: 'b', met: false }] });
  });

  it('says how many are signed of how many, or that the number is not confirmed', () => {
    expect(ofRequired(3, 51)).toBe('3 of 51');
    expect(ofRequired(3, null)).toContain('not confirmed');
  });

  it('draws a QR code as unit squares inside a quiet zone', () => {
    const { size, d } = qrPath('https://modality.example.org/sign/abcdefghijklmnopqrstuv');
    // Version 3 or more (29+ modules) for a link this long, plus four modules of quiet zone each side.
    expect(size).toBeGreaterThanOrEqual(29 + 8);
    const squares = d.match(/M(\d+) (\d+)h1v1h-1z/g) ?? [];
    expect(squares.length).toBeGreaterThan(100);
    // The finder pattern's corner module is dark, and nothing is drawn in the quiet zone.
    expect(d.startsWith('M4 4h1v1h-1z')).toBe(true);
    for (const s of squares) {
      const [, x, y] = /M(\d+) (\d+)/.exec(s) ?? [];
      expect(Number(x)).toBeGreaterThanOrEqual(4);
      expect(Number(y)).toBeLessThan(size - 4);
    }
  });
});
