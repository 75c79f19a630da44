import { ValidationError } from '@modality/domain';
import { findGradeForm, gradeAttempt, MODALITY_DEFAULT_GRADE_FORM, programGradeForm, type CompetencyGradeForm } from '@modality/knowledge';
import type { ClinicalEntryRow, CompetencyGrade, OrganisationRow, SchoolGradeFormRow, Store } from '../ports/index.js';

/** What the signer fills in on the form (already shaped by the contract). */
export interface GradeInput {
  readonly criteria: readonly { readonly code: string; readonly met: boolean }[];
  readonly comments?: string | undefined;
  /** The id of the form the signer saw; when given, it must still be the school's form. */
  readonly form?: string | undefined;
}

/** A stored version of a school's form, as the grading rule takes it. */
export const formOfSchoolVersion = (row: SchoolGradeFormRow, schoolName: string): CompetencyGradeForm =>
  programGradeForm({ id: row.id, schoolName, version: row.version, savedOn: row.createdAt.slice(0, 10), criteria: row.criteria });

/** The form a school grades on now: its own newest version, or Modality's default when it keeps none. */
export async function currentGradeForm(store: Store, school: Pick<OrganisationRow, 'id' | 'name'>): Promise<CompetencyGradeForm> {
  const row = await store.gradeForms.latestForSchool(school.id);
  return row === undefined ? MODALITY_DEFAULT_GRADE_FORM : formOfSchoolVersion(row, school.name);
}

/** The form an entry is graded on: that of the school of its site (null when the entry is not an attempt). */
export async function gradeFormFor(store: Store, entry: Pick<ClinicalEntryRow, 'competencyAttempt' | 'siteId'>): Promise<CompetencyGradeForm | null> {
  if (!entry.competencyAttempt) return null;
  const site = await store.clinical.findSite(entry.siteId);
  const school = site === undefined ? undefined : await store.organisations.findById(site.schoolOrganisationId);
  return school === undefined ? MODALITY_DEFAULT_GRADE_FORM : currentGradeForm(store, school);
}

/** The form a grade was given on, by the id stored with it: Modality's default or a school's version. */
export async function formOfGrade(store: Pick<Store, 'gradeForms' | 'organisations'>, formId: string): Promise<CompetencyGradeForm | undefined> {
  const known = findGradeForm(formId);
  if (known !== undefined) return known;
  const row = await store.gradeForms.findById(formId);
  if (row === undefined) return undefined;
  const school = await store.organisations.findById(row.schoolOrganisationId);
  return formOfSchoolVersion(row, school?.name ?? 'The school');
}

/**
 * The grade a signer gives with their signature, on `form` (the entry's school's form when it was loaded;
 * null when the entry is not an attempt). A competency attempt needs the form filled in (every criterion
 * met or not met); an entry that is not an attempt takes no grade. Problems name the field (`grade`,
 * `grade.criteria[i].code`) and quote the value; nothing is signed then.
 */
export function gradeForSignature(form: CompetencyGradeForm | null, input: GradeInput | undefined): CompetencyGrade | null {
  if (form === null) {
    if (input !== undefined) throw new ValidationError([{ path: 'grade', message: 'this entry is not a competency attempt, so it takes no grade' }], 'The entry was not signed');
    return null;
  }
  if (input === undefined) throw new ValidationError([{ path: 'grade', message: `this entry is a competency attempt: fill in ${form.name}` }], 'The entry was not signed');
  if (input.form !== undefined && input.form !== form.id) {
    throw new ValidationError([{ path: 'grade.form', message: `"${input.form}" is no longer the program's form: it changed after the page was loaded; reload and fill in ${form.name}` }], 'The entry was not signed');
  }
  const { issues, passed } = gradeAttempt(form, input.criteria);
  if (issues.length > 0) throw new ValidationError(issues.map((i) => ({ path: `grade.${i.path}`, message: i.message })), 'The entry was not signed');
  const comments = input.comments?.trim() ?? '';
  return { formId: form.id, criteria: input.criteria.map((c) => ({ code: c.code, met: c.met })), passed, comments: comments === '' ? null : comments };
}

/** The form as a signer sees it: its name, the note saying whose form it is, and the criteria. */
export interface GradeFormView {
  readonly id: string;
  readonly name: string;
  readonly note: string;
  readonly criteria: readonly { readonly code: string; readonly label: string; readonly required: boolean }[];
}

export const gradeFormView = (form: CompetencyGradeForm | null): GradeFormView | null =>
  form === null ? null : { id: form.id, name: form.name, note: form.note, criteria: form.criteria.map((c) => ({ code: c.code, label: c.label, required: c.required })) };
