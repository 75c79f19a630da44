/**
 * The form a competency attempt is graded on. ARRT requires that competency be demonstrated but leaves how it
 * is evaluated, and on what form, to the program ("The program decides how to evaluate and who evaluates",
 * https://www.arrt.org/arrt-reference-documents/clinical-competency-requirements, read 2026-11-30). So the
 * criteria are data a program could replace; the one form shipped is Modality's own default, not a
 * regulatory fact, and says so in its `note`.
 */
export interface GradeCriterion {
  readonly code: string;
  /** What the signer checks, in words. */
  readonly label: string;
  /** A required criterion not met fails the attempt. */
  readonly required: boolean;
}

export interface CompetencyGradeForm {
  readonly id: string;
  readonly name: string;
  /** Plain words: whose form this is and that it is not a regulation. */
  readonly note: string;
  readonly criteria: readonly GradeCriterion[];
}

export const MODALITY_DEFAULT_GRADE_FORM: CompetencyGradeForm = {
  id: 'modality-default-2026',
  name: "Modality's default competency form",
  note: "Modality's own default form, not a regulation: ARRT requires competency to be demonstrated and leaves the evaluation form to each program.",
  criteria: [
    { code: 'identity', label: 'Patient identity and the requisition checked', required: true },
    { code: 'patient-care', label: 'Patient care and communication', required: true },
    { code: 'positioning', label: 'Positioning', required: true },
    { code: 'technical-factors', label: 'Technical factors', required: true },
    { code: 'radiation-protection', label: 'Radiation protection', required: true },
    { code: 'image-evaluation', label: 'Image evaluation', required: true },
  ],
};

/** The forms Modality knows, by id. */
export const COMPETENCY_GRADE_FORMS: readonly CompetencyGradeForm[] = [MODALITY_DEFAULT_GRADE_FORM];

export const findGradeForm = (id: string): CompetencyGradeForm | undefined => COMPETENCY_GRADE_FORMS.find((f) => f.id === id);

/** One answer on the form: the criterion and whether it was met. */
export interface CriterionAnswer {
  readonly code: string;
  readonly met: boolean;
}

/** A problem with the answers, naming the place (`criteria[i]` or `criteria`) in words. */
export interface GradeIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * Checks the answers against the form: every criterion answered exactly once, nothing the form does not
 * have. With no issue, the attempt passes exactly when every required criterion is met.
 */
export function gradeAttempt(form: CompetencyGradeForm, answers: readonly CriterionAnswer[]): { readonly issues: readonly GradeIssue[]; readonly passed: boolean } {
  const issues: GradeIssue[] = [];
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    if (!form.criteria.some((c) => c.code === a.code)) issues.push({ path: `criteria[${i}].code`, message: `"${a.code}" is not a criterion of ${form.name}` });
    else if (seen.has(a.code)) issues.push({ path: `criteria[${i}].code`, message: `"${a.code}" is answered twice` });
    seen.add(a.code);
  });
  const missing = form.criteria.filter((c) => !seen.has(c.code));
  if (missing.length > 0) issues.push({ path: 'criteria', message: `not answered: ${missing.map((c) => c.label).join(', ')}` });
  const passed = form.criteria.every((c) => !c.required || answers.some((a) => a.code === c.code && a.met));
  return { issues, passed: issues.length === 0 && passed };
}
