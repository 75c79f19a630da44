import { ValidationError, type FieldIssue } from '@modality/domain';
import { deferredAcceptance, optimalPlacement, placementReport, seededPermutation, seededRng, type PlacementProblem, type PlacementReport } from '@modality/matching';

/** How to place: `stable` (student-proposing deferred acceptance) or `optimal` (most placed, then least total rank). */
export type PlacementMode = 'stable' | 'optimal';

/** Students' preferences over clinical sites with capacities (the `modality/placement@1` file, validated). */
export interface PlacementInput {
  readonly sites: ReadonlyArray<{ readonly id: string; readonly capacity: number; readonly priorities?: Readonly<Record<string, number>> | undefined }>;
  readonly students: ReadonlyArray<{ readonly id: string; readonly preferences: readonly string[] }>;
  /** Seeds the one shared tie order (default 0), unless `tieOrder` gives it. */
  readonly seed?: number | undefined;
  /** Every student once; earlier wins ties at a site. */
  readonly tieOrder?: readonly string[] | undefined;
}

export interface PlacementOutcome {
  readonly mode: PlacementMode;
  readonly report: PlacementReport;
  /** One per student, in input order: the site (null when unplaced) and its rank in the student's list (1 = first choice). */
  readonly assignments: Array<{ readonly student: string; readonly site: string | null; readonly rank: number | null }>;
}

/** The engine's compact problem: rank lists as CSR arrays, site priorities per list entry, the tie order. */
function problemOf(input: PlacementInput): PlacementProblem {
  const siteIndex = new Map(input.sites.map((s, t) => [s.id, t]));
  const studentIndex = new Map(input.students.map((s, i) => [s.id, i]));
  const issues: FieldIssue[] = [];
  const listStart = new Int32Array(input.students.length + 1);
  const listSite: number[] = [];
  const priority: number[] = [];
  input.students.forEach((s, i) => {
    s.preferences.forEach((siteId, j) => {
      const t = siteIndex.get(siteId);
      if (t === undefined) return issues.push({ path: `students[${i}].preferences[${j}]`, message: `unknown site ${JSON.stringify(siteId)}` });
      listSite.push(t);
      priority.push(input.sites[t]?.priorities?.[s.id] ?? 0);
      return 0;
    });
    listStart[i + 1] = listSite.length;
  });
  let tieOrder: Int32Array;
  if (input.tieOrder === undefined) tieOrder = seededPermutation(input.students.length, seededRng(input.seed ?? 0));
  else {
    tieOrder = new Int32Array(input.students.length).fill(-1);
    input.tieOrder.forEach((id, r) => {
      const s = studentIndex.get(id);
      if (s === undefined) issues.push({ path: `tieOrder[${r}]`, message: `unknown student ${JSON.stringify(id)}` });
      else tieOrder[s] = r;
    });
  }
  if (issues.length > 0) throw new ValidationError(issues, 'The placement file is not valid');
  return {
    students: input.students.length,
    sites: input.sites.length,
    capacity: Int32Array.from(input.sites.map((s) => s.capacity)),
    listStart,
    listSite: Int32Array.from(listSite),
    priority: Float64Array.from(priority),
    tieOrder,
  };
}

/**
 * Allocates students to clinical sites with capacities and reports how good the allocation is (placed,
 * mean and median choice, blocking pairs, capacity violations). Equal priorities at a site are broken by
 * the one shared tie order, never per site. Needs nothing from `deps`: the engine is pure and seeded.
 *
 * @example
 * placeStudents({}, { problem: file, mode: 'stable' }).assignments // [{ student: 'ana', site: 'mercy', rank: 1 }, …]
 */
export function placeStudents(_deps: object, input: { readonly problem: PlacementInput; readonly mode: PlacementMode }): PlacementOutcome {
  const problem = problemOf(input.problem);
  const placement = input.mode === 'stable' ? deferredAcceptance(problem) : optimalPlacement(problem);
  const report = placementReport(problem, placement);
  const assignments = input.problem.students.map((student, s) => {
    const t = placement.siteOf[s] ?? -1;
    return { student: student.id, site: t >= 0 ? (input.problem.sites[t]?.id ?? null) : null, rank: t >= 0 ? (placement.rankOf[s] ?? 0) + 1 : null };
  });
  return { mode: input.mode, report, assignments };
}
