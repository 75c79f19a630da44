import { ValidationError } from '@modality/domain';
import {
  DEFAULT_REQUIREMENT_SET,
  findProcedure,
  findProcedureIn,
  findRequirementSet,
  largestProgramSimulationCap,
  procedureListOf,
  REQUIREMENT_SETS,
  SECTION_NAMES,
  type ProgramChoices,
  type RequirementCount,
  type RequirementSet,
  type RequirementSetDiscipline,
} from '@modality/knowledge';
import { organisationsWithRole, type Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { LocalRequirement, ProgramRequirementsRow, Store } from '../ports/index.js';
import { COHORT_READER_ROLES, COHORT_WRITER_ROLES, requireSchoolStaff } from './school-staff.js';

/** A requirement set as the director chooses among them: its version, date, source, cap and flag in words. */
export interface RequirementSetChoice {
  readonly id: string;
  readonly name: string;
  readonly discipline: string;
  readonly version: string;
  readonly effectiveFrom: string | null;
  readonly sourceUrl: string;
  readonly confidence: string;
  readonly document: { readonly body: string; readonly title: string; readonly url: string };
  readonly simulationCap: RequirementCount;
  /** The largest cap a program may set under this set; null = no limit from the set. */
  readonly largestProgramCap: number | null;
  readonly flag: string;
}

/** A local requirement with its words (labelled as the program's own on every page). */
export type LocalRequirementView = LocalRequirement & { readonly label: string };

/** What the director's Requirements page shows and edits. */
export interface ProgramRequirementsView {
  readonly school: { readonly id: string; readonly name: string };
  readonly setId: string;
  readonly simulationCap: number | null;
  readonly localRequirements: readonly LocalRequirementView[];
  readonly updatedAt: string | null;
  readonly sets: readonly RequirementSetChoice[];
}

/** What the director sends (already shaped by the contract). */
export interface ProgramRequirementsInput {
  readonly set: string;
  readonly simulationCap: number | null;
  readonly localRequirements: readonly LocalRequirement[];
}

/** The settings of a school that saved none: the default set, the set's cap, nothing local. */
export const defaultProgramRequirements = (schoolOrganisationId: string): ProgramRequirementsRow => ({
  schoolOrganisationId,
  setId: DEFAULT_REQUIREMENT_SET.id,
  simulationCap: null,
  localRequirements: [],
  updatedByUserId: null,
  updatedAt: null,
});

/** The school's settings, or the defaults. */
export async function programRequirementsFor(store: Store, schoolOrganisationId: string): Promise<ProgramRequirementsRow> {
  return (await store.programRequirements.find(schoolOrganisationId)) ?? defaultProgramRequirements(schoolOrganisationId);
}

/** The set a school's settings name (a set no longer shipped falls back to the default). */
export const setOf = (row: ProgramRequirementsRow): RequirementSet => findRequirementSet(row.setId) ?? DEFAULT_REQUIREMENT_SET;

/** A student's program: the school whose settings apply (the first of their schools by id), its name and settings. */
export interface StudentProgram {
  readonly schoolId: string | null;
  readonly school: string | null;
  readonly settings: ProgramRequirementsRow;
}

/** The program whose choices apply to the signed-in student (none: the default set, nothing local). */
export async function studentProgram(deps: Deps, principal: Principal): Promise<StudentProgram> {
  const schoolId = [...organisationsWithRole(principal, ['student'])].sort()[0];
  if (schoolId === undefined) return { schoolId: null, school: null, settings: defaultProgramRequirements('') };
  const school = principal.memberships.find((m) => m.organisationId === schoolId)?.organisationName ?? null;
  return { schoolId, school, settings: await programRequirementsFor(deps.store, schoolId) };
}

/**
 * The discipline whose procedures the student logs: that of the requirement set their program chose (a school
 * holds one set today). Someone in no school gets the default set's, radiography.
 */
export async function studentDiscipline(deps: Deps, principal: Principal): Promise<RequirementSetDiscipline> {
  return setOf((await studentProgram(deps, principal)).settings).discipline;
}

/** The settings as the counting engine takes them. */
export function choicesOf(row: ProgramRequirementsRow): ProgramChoices {
  return {
    ...(row.simulationCap === null ? {} : { simulationCap: row.simulationCap }),
    requiredProcedures: row.localRequirements.flatMap((r) => (r.kind === 'procedure' ? [r.procedure] : [])),
    sectionMinimums: row.localRequirements.flatMap((r) => (r.kind === 'section' ? [{ section: r.section, minimum: r.minimum }] : [])),
  };
}

/** A local requirement in words. */
export function localRequirementLabel(r: LocalRequirement): string {
  return r.kind === 'procedure' ? (findProcedure(r.procedure)?.name ?? r.procedure) : `At least ${String(r.minimum)} from ${SECTION_NAMES[r.section]}`;
}

const choiceOf = (s: RequirementSet): RequirementSetChoice => ({
  id: s.id,
  name: s.name,
  discipline: s.discipline,
  version: s.version,
  effectiveFrom: s.effectiveFrom,
  sourceUrl: s.sourceUrl,
  confidence: s.confidence,
  document: s.document,
  simulationCap: s.simulationCap,
  largestProgramCap: largestProgramSimulationCap(s),
  flag: s.flag,
});

const viewOf = (school: { id: string; name: string }, row: ProgramRequirementsRow): ProgramRequirementsView => ({
  school: { id: school.id, name: school.name },
  setId: setOf(row).id,
  simulationCap: row.simulationCap,
  localRequirements: row.localRequirements.map((r) => ({ ...r, label: localRequirementLabel(r) })),
  updatedAt: row.updatedAt,
  sets: REQUIREMENT_SETS.map(choiceOf),
});

/** The school's requirement settings and the sets it may choose from (its program director and instructors). */
export async function getProgramRequirements(deps: Deps, principal: Principal, schoolId: string): Promise<ProgramRequirementsView> {
  const school = await requireSchoolStaff(deps, principal, schoolId, COHORT_READER_ROLES);
  return viewOf(school, await programRequirementsFor(deps.store, schoolId));
}

function issuesOf(input: ProgramRequirementsInput): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const set = findRequirementSet(input.set);
  if (set === undefined) issues.push({ path: 'set', message: `"${input.set}" is not a requirement set` });
  const largest = set === undefined ? null : largestProgramSimulationCap(set);
  if (input.simulationCap !== null && largest !== null && input.simulationCap > largest) {
    issues.push({ path: 'simulationCap', message: `"${String(input.simulationCap)}" is more than the ${String(largest)} simulations the chosen set allows` });
  }
  // Local requirements name procedures and sections of the chosen set's discipline (its students log only those).
  const list = procedureListOf((set ?? DEFAULT_REQUIREMENT_SET).discipline);
  const seen = new Set<string>();
  input.localRequirements.forEach((r, i) => {
    const key = r.kind === 'procedure' ? `procedure:${r.procedure}` : `section:${r.section}`;
    if (r.kind === 'procedure' && findProcedureIn(list.discipline, r.procedure) === undefined)
      issues.push({ path: `localRequirements[${String(i)}].procedure`, message: `"${r.procedure}" is not among the ${list.name.toLowerCase()} of the chosen set` });
    else if (r.kind === 'section' && !list.sections.includes(r.section))
      issues.push({ path: `localRequirements[${String(i)}].section`, message: `"${r.section}" is not a section of the ${list.name.toLowerCase()} of the chosen set` });
    else if (seen.has(key)) issues.push({ path: `localRequirements[${String(i)}]`, message: `"${localRequirementLabel(r)}" is already among the program's requirements` });
    seen.add(key);
  });
  return issues;
}

/**
 * The program director chooses the set and version the program follows, its own simulation cap (no more than
 * the set allows) and its local requirements. A set that does not exist, a cap above the set's, an unknown
 * procedure or a requirement named twice is refused, naming the field and quoting the value; the settings
 * and their audit row are written in one transaction.
 */
export async function updateProgramRequirements(deps: Deps, principal: Principal, schoolId: string, input: ProgramRequirementsInput): Promise<ProgramRequirementsView> {
  const school = await requireSchoolStaff(deps, principal, schoolId, COHORT_WRITER_ROLES);
  const issues = issuesOf(input);
  if (issues.length > 0) throw new ValidationError(issues, 'The requirements were not saved');
  const now = deps.clock.now().toISOString();
  const row: ProgramRequirementsRow & { updatedAt: string } = {
    schoolOrganisationId: schoolId,
    setId: input.set,
    simulationCap: input.simulationCap,
    localRequirements: input.localRequirements,
    updatedByUserId: principal.user.id,
    updatedAt: now,
  };
  await deps.store.transaction(async (tx) => {
    await tx.programRequirements.save(row);
    await tx.audit.append({
      at: now,
      actorUserId: principal.user.id,
      organisationId: schoolId,
      action: 'clinical.requirements.updated',
      subjectPersonId: null,
      details: { setId: input.set, simulationCap: input.simulationCap, localRequirements: input.localRequirements.length },
    });
  });
  return viewOf(school, row);
}

/**
 * The demo school's choices: the default set, its own cap of 4 simulated competencies (the set confirms none)
 * and one requirement of its own, a contrast enema, so the demo shows a program's settings on every page.
 */
export const DEMO_PROGRAM_REQUIREMENTS = { simulationCap: 4, localRequirements: [{ kind: 'procedure', procedure: 'xr:contrast-enema' }] } as const satisfies Pick<ProgramRequirementsRow, 'simulationCap' | 'localRequirements'>;

export async function seedDemoProgramRequirements(tx: Store, schoolOrganisationId: string, now: string): Promise<void> {
  await tx.programRequirements.save({ ...defaultProgramRequirements(schoolOrganisationId), ...DEMO_PROGRAM_REQUIREMENTS, updatedAt: now });
}
