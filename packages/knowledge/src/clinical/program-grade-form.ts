import type { CompetencyGradeForm, GradeIssue } from './competency-grade-form.js';

/**
 * A program's own grade form. ARRT leaves the evaluation form to the program (see `competency-grade-form.ts`),
 * so a program director may replace Modality's default with criteria of their own; the pass rule stays the
 * default form's: the attempt passes exactly when every required ("must be met to pass") criterion is met.
 */
export interface GradeFormDraftCriterion {
  readonly label: string;
  readonly required: boolean;
}

/**
 * What is wrong with the criteria a director typed: none at all, an empty label, or a label used twice (the
 * same words, ignoring case and spaces at the ends). Each issue names the place and quotes the value.
 */
export function gradeFormDraftIssues(criteria: readonly GradeFormDraftCriterion[]): GradeIssue[] {
  if (criteria.length === 0) return [{ path: 'criteria', message: '"[]" has no criteria; a form needs at least one' }];
  const issues: GradeIssue[] = [];
  const seen = new Map<string, number>();
  criteria.forEach((c, i) => {
    const key = c.label.trim().toLowerCase();
    if (key === '') issues.push({ path: `criteria[${String(i)}].label`, message: `"${c.label}" is empty; say what the signer checks` });
    else if (seen.has(key)) issues.push({ path: `criteria[${String(i)}].label`, message: `"${c.label.trim()}" is already criterion ${String((seen.get(key) ?? 0) + 1)}` });
    else seen.set(key, i);
  });
  return issues;
}

/** Where a program's form comes from and which version it is. */
export interface ProgramGradeFormSource {
  readonly id: string;
  readonly schoolName: string;
  readonly version: number;
  /** The day the version was saved, YYYY-MM-DD. */
  readonly savedOn: string;
  readonly criteria: readonly GradeFormDraftCriterion[];
}

/** The criterion code of the criterion at `index` of a program's form: its place, from 1. */
export const programCriterionCode = (index: number): string => `c${String(index + 1)}`;

/**
 * The program's form as the grading rule takes it. Codes are the criteria's places on that version (`c1`, `c2`,
 * …); a grade keeps the version's id, so the codes always resolve to the words the signer saw.
 */
export function programGradeForm(source: ProgramGradeFormSource): CompetencyGradeForm {
  return {
    id: source.id,
    name: `${source.schoolName} competency form, version ${String(source.version)}`,
    note: `${source.schoolName}'s own form (version ${String(source.version)}, saved on ${source.savedOn}), chosen by the program: ARRT leaves the evaluation form to each program.`,
    criteria: source.criteria.map((c, i) => ({ code: programCriterionCode(i), label: c.label.trim(), required: c.required })),
  };
}
