/**
 * One version of a school's own competency grade form (migration 029-school-grade-forms). A version is never
 * changed: saving the form writes the next version, so a grade given on an earlier one keeps its criteria.
 */
export interface SchoolGradeFormRow {
  /** Stored with each grade given on this version (`CompetencyGrade.formId`). */
  readonly id: string;
  readonly schoolOrganisationId: string;
  /** 1, 2, … in the order the school saved them. */
  readonly version: number;
  readonly name: string;
  readonly criteria: readonly { readonly code: string; readonly label: string; readonly required: boolean }[];
  readonly createdByUserId: string | null;
  readonly createdAt: string;
}

/** The versions of schools' grade forms. */
export interface GradeFormRepository {
  /** The school's newest version, or undefined when it keeps none (Modality's default applies). */
  latestForSchool(schoolOrganisationId: string): Promise<SchoolGradeFormRow | undefined>;
  findById(id: string): Promise<SchoolGradeFormRow | undefined>;
  /** Writes a new version, in the caller's transaction; the (school, version) pair is unique. */
  insert(row: SchoolGradeFormRow): Promise<void>;
}
