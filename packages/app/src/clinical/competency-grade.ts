import { ValidationError } from '@modality/domain';
import { gradeAttempt, MODALITY_DEFAULT_GRADE_FORM, type CompetencyGradeForm } from '@modality/knowledge';
import type { ClinicalEntryRow, CompetencyGrade } from '../ports/index.js';

/** What the signer fills in on the form (already shaped by the contract). */
export interface GradeInput {
  readonly criteria: readonly { readonly code: string; readonly met: boolean }[];
  readonly comments?: string | undefined;
}

/** The form an entry is graded on: Modality's default until a program keeps its own. */
export const gradeFormFor = (entry: Pick<ClinicalEntryRow, 'competencyAttempt'>): CompetencyGradeForm | null => (entry.competencyAttempt ? MODALITY_DEFAULT_GRADE_FORM : null);

/**
 * The grade a signer gives with their signature. A competency attempt needs the form filled in (every
 * criterion met or not met); an entry that is not an attempt takes no grade. Problems name the field
 * (`grade`, `grade.criteria[i].code`) and quote the value; nothing is signed then.
 */
export function gradeForSignature(entry: ClinicalEntryRow, input: GradeInput | undefined): CompetencyGrade | null {
  const form = gradeFormFor(entry);
  if (form === null) {
    if (input !== undefined) throw new ValidationError([{ path: 'grade', message: 'this entry is not a competency attempt, so it takes no grade' }], 'The entry was not signed');
    return null;
  }
  if (input === undefined) throw new ValidationError([{ path: 'grade', message: `this entry is a competency attempt: fill in ${form.name}` }], 'The entry was not signed');
  const { issues, passed } = gradeAttempt(form, input.criteria);
  if (issues.length > 0) throw new ValidationError(issues.map((i) => ({ path: `grade.${i.path}`, message: i.message })), 'The entry was not signed');
  const comments = input.comments?.trim() ?? '';
  return { formId: form.id, criteria: input.criteria.map((c) => ({ code: c.code, met: c.met })), passed, comments: comments === '' ? null : comments };
}

/** The form as a signer sees it: its name, the note that it is Modality's default, and the criteria. */
export interface GradeFormView {
  readonly id: string;
  readonly name: string;
  readonly note: string;
  readonly criteria: readonly { readonly code: string; readonly label: string; readonly required: boolean }[];
}

export const gradeFormView = (entry: Pick<ClinicalEntryRow, 'competencyAttempt'>): GradeFormView | null => {
  const form = gradeFormFor(entry);
  return form === null ? null : { id: form.id, name: form.name, note: form.note, criteria: form.criteria.map((c) => ({ code: c.code, label: c.label, required: c.required })) };
};
