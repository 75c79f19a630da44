import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeAttempt, MODALITY_DEFAULT_GRADE_FORM, type CompetencyGradeForm } from './competency-grade-form.js';

const form = MODALITY_DEFAULT_GRADE_FORM;
const allMet = form.criteria.map((c) => ({ code: c.code, met: true }));

describe('gradeAttempt', () => {
  it('passes when every criterion is met and fails when one required criterion is not', () => {
    expect(gradeAttempt(form, allMet)).toEqual({ issues: [], passed: true });
    const oneMissed = allMet.map((a) => (a.code === 'positioning' ? { ...a, met: false } : a));
    expect(gradeAttempt(form, oneMissed)).toEqual({ issues: [], passed: false });
  });

  it('names an unknown criterion, a criterion answered twice and the ones left unanswered', () => {
    const { issues, passed } = gradeAttempt(form, [...allMet.slice(1), { code: 'positioning', met: true }, { code: 'smile', met: true }]);
    expect(passed).toBe(false);
    expect(issues).toEqual([
      { path: 'criteria[5].code', message: '"positioning" is answered twice' },
      { path: 'criteria[6].code', message: `"smile" is not a criterion of ${form.name}` },
      { path: 'criteria', message: 'not answered: Patient identity and the requisition checked' },
    ]);
  });

  it('says plainly the default form is Modality’s own, not a regulation', () => {
    expect(form.note).toMatch(/Modality's own default form, not a regulation/);
  });

  it('passes exactly when all required criteria are met, whatever the optional ones say (property)', () => {
    const forms = fc
      .uniqueArray(fc.record({ code: fc.string({ minLength: 1, maxLength: 6 }), label: fc.string(), required: fc.boolean() }), { selector: (c) => c.code, minLength: 1, maxLength: 8 })
      .map((criteria): CompetencyGradeForm => ({ id: 'f', name: 'F', note: '', criteria }));
    fc.assert(
      fc.property(
        forms.chain((f) => fc.tuple(fc.constant(f), fc.array(fc.boolean(), { minLength: f.criteria.length, maxLength: f.criteria.length }))),
        ([f, mets]) => {
          const answers = f.criteria.map((c, i) => ({ code: c.code, met: mets[i] ?? false }));
          const { issues, passed } = gradeAttempt(f, answers);
          expect(issues).toEqual([]);
          expect(passed).toBe(f.criteria.every((c, i) => !c.required || mets[i] === true));
          // Turning one more criterion to "met" never turns a pass into a fail.
          if (passed) expect(gradeAttempt(f, answers.map((a) => ({ ...a, met: true }))).passed).toBe(true);
        },
      ),
    );
  });
});
