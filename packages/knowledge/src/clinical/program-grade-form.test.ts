import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeAttempt } from './competency-grade-form.js';
import { gradeFormDraftIssues, programGradeForm } from './program-grade-form.js';

const source = (criteria: { label: string; required: boolean }[]) => ({ id: 'gf_1', schoolName: 'Lakeside School', version: 2, savedOn: '2026-11-30', criteria });

describe('gradeFormDraftIssues', () => {
  it('refuses no criteria, an empty label and a label used twice, quoting the value', () => {
    expect(gradeFormDraftIssues([])).toEqual([{ path: 'criteria', message: '"[]" has no criteria; a form needs at least one' }]);
    expect(gradeFormDraftIssues([{ label: 'Positioning', required: true }, { label: '  ', required: false }, { label: ' positioning ', required: false }])).toEqual([
      { path: 'criteria[1].label', message: '"  " is empty; say what the signer checks' },
      { path: 'criteria[2].label', message: '"positioning" is already criterion 1' },
    ]);
    expect(gradeFormDraftIssues([{ label: 'Positioning', required: true }, { label: 'Image evaluation', required: false }])).toEqual([]);
  });
});

describe('programGradeForm', () => {
  it('names the school and version and says it is the program’s own form', () => {
    const form = programGradeForm(source([{ label: ' Positioning ', required: true }]));
    expect(form.name).toBe('Lakeside School competency form, version 2');
    expect(form.note).toMatch(/Lakeside School's own form \(version 2, saved on 2026-11-30\)/);
    expect(form.criteria).toEqual([{ code: 'c1', label: 'Positioning', required: true }]);
  });

  it('over any valid form, an attempt passes exactly when every must-pass criterion is met (property)', () => {
    const criteria = fc.uniqueArray(fc.record({ label: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''), required: fc.boolean() }), {
      selector: (c) => c.label.trim().toLowerCase(),
      minLength: 1,
      maxLength: 10,
    });
    fc.assert(
      fc.property(
        criteria.chain((cs) => fc.tuple(fc.constant(cs), fc.array(fc.boolean(), { minLength: cs.length, maxLength: cs.length }))),
        ([cs, mets]) => {
          expect(gradeFormDraftIssues(cs)).toEqual([]);
          const form = programGradeForm(source(cs));
          const { issues, passed } = gradeAttempt(form, form.criteria.map((c, i) => ({ code: c.code, met: mets[i] ?? false })));
          expect(issues).toEqual([]);
          expect(passed).toBe(cs.every((c, i) => !c.required || mets[i] === true));
        },
      ),
    );
  });
});
