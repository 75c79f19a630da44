import { ValidationError } from '@modality/domain';
import { gradeFormDraftIssues, MODALITY_DEFAULT_GRADE_FORM, programCriterionCode, type GradeFormDraftCriterion } from '@modality/knowledge';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { OrganisationRow, SchoolGradeFormRow } from '../ports/index.js';
import { formOfSchoolVersion, gradeFormView, type GradeFormView } from './competency-grade.js';
import { COHORT_READER_ROLES, COHORT_WRITER_ROLES, requireSchoolStaff } from './school-staff.js';

/** What the director's grade form page shows: the form attempts are graded on now, and whose it is. */
export interface ProgramGradeFormView {
  readonly school: { readonly id: string; readonly name: string };
  /** True when the school keeps no form of its own and attempts are graded on Modality's default. */
  readonly usesDefault: boolean;
  /** The school's version number; null for the default. */
  readonly version: number | null;
  readonly updatedAt: string | null;
  readonly form: GradeFormView;
}

/** What the director sends (already shaped by the contract). */
export interface ProgramGradeFormInput {
  readonly criteria: readonly GradeFormDraftCriterion[];
}

const viewOf = (school: Pick<OrganisationRow, 'id' | 'name'>, row: SchoolGradeFormRow | undefined): ProgramGradeFormView => {
  const form = row === undefined ? MODALITY_DEFAULT_GRADE_FORM : formOfSchoolVersion(row, school.name);
  const view = gradeFormView(form);
  if (view === null) throw new Error('a grade form always has a view');
  return { school: { id: school.id, name: school.name }, usesDefault: row === undefined, version: row?.version ?? null, updatedAt: row?.createdAt ?? null, form: view };
};

/** The form the school's competency attempts are graded on (its program director and instructors). */
export async function getProgramGradeForm(deps: Deps, principal: Principal, schoolId: string): Promise<ProgramGradeFormView> {
  const school = await requireSchoolStaff(deps, principal, schoolId, COHORT_READER_ROLES);
  return viewOf(school, await deps.store.gradeForms.latestForSchool(schoolId));
}

/**
 * The program director saves the school's own grade form: its criteria, each "must be met to pass" or not
 * (the pass rule is the default form's). Saving writes the next version, never changing an earlier one, so a
 * grade keeps the criteria it was given on. No criteria, an empty label or a label used twice is refused,
 * naming the field and quoting the value; the version and its audit row are one transaction.
 */
export async function updateProgramGradeForm(deps: Deps, principal: Principal, schoolId: string, input: ProgramGradeFormInput): Promise<ProgramGradeFormView> {
  const school = await requireSchoolStaff(deps, principal, schoolId, COHORT_WRITER_ROLES);
  const issues = gradeFormDraftIssues(input.criteria);
  if (issues.length > 0) throw new ValidationError(issues, 'The grade form was not saved');
  const now = deps.clock.now().toISOString();
  const row = await deps.store.transaction(async (tx) => {
    const latest = await tx.gradeForms.latestForSchool(schoolId);
    const saved: SchoolGradeFormRow = {
      id: deps.ids.newId('gf'),
      schoolOrganisationId: schoolId,
      version: (latest?.version ?? 0) + 1,
      name: `${school.name} competency form`,
      criteria: input.criteria.map((c, i) => ({ code: programCriterionCode(i), label: c.label.trim(), required: c.required })),
      createdByUserId: principal.user.id,
      createdAt: now,
    };
    await tx.gradeForms.insert(saved);
    await tx.audit.append({
      at: now,
      actorUserId: principal.user.id,
      organisationId: schoolId,
      action: 'clinical.grade-form.updated',
      subjectPersonId: null,
      details: { version: saved.version, criteria: saved.criteria.length, required: saved.criteria.filter((c) => c.required).length },
    });
    return saved;
  });
  return viewOf(school, row);
}
