import { NotFoundError, ValidationError } from '@modality/domain';
import { findProcedure, findProcedureIn, findRequirementSet, procedureListOf, type RequirementProgress, type RequirementSet, type RequirementSetDiscipline } from '@modality/knowledge';
import { evaluateClinicalRequirements, type ClinicalRequirementsVerdict } from '@modality/rules';
import { organisationsWithRole, type Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { ClinicalEntryRow, ClinicalRole, ClinicalSiteRow, SupervisionLevel } from '../ports/index.js';
import { todayUtc } from '../verdicts/as-of.js';
import { formOfGrade } from './competency-grade.js';
import { entryHistory, type EntryHistoryEvent } from './clinical-entry-history.js';
import { choicesOf, localRequirementLabel, setOf, studentDiscipline, studentProgram } from './program-requirements.js';

/** A clinical log entry as people see it: names, not codes, and who signed it. */
export interface ClinicalEntryView {
  readonly id: string;
  readonly procedure: string;
  readonly procedureName: string;
  readonly performedOn: string;
  readonly site: { readonly id: string; readonly name: string };
  readonly role: ClinicalRole;
  readonly supervision: SupervisionLevel;
  readonly repeat: boolean;
  /** A competency attempt: performed under direct supervision and graded on a form when signed. */
  readonly competencyAttempt: boolean;
  /** Shown in a simulation, not on a patient: counts only within the simulation cap. */
  readonly simulated: boolean;
  readonly loggedAt: string;
  /** When the student last changed it (only while unsigned); null if never. */
  readonly editedAt: string | null;
  /** The grade of a signed competency attempt, criteria in words; null otherwise. */
  readonly grade: GradeView | null;
  /** Who signed and when; `how`: from a one-time link (a technologist) or in the app (an instructor). */
  readonly signedBy: { readonly name: string; readonly arrtNumber: string | null; readonly signedAt: string; readonly how: 'link' | 'in-app' } | null;
}

/** A competency attempt's grade as people read it. */
export interface GradeView {
  readonly formName: string;
  readonly criteria: readonly { readonly code: string; readonly label: string; readonly met: boolean }[];
  readonly passed: boolean;
  readonly comments: string | null;
}

/** What a student sends to log a procedure (already shaped by the contract). */
export interface NewClinicalEntry {
  readonly procedure: string;
  readonly performedOn: string;
  readonly site: string;
  readonly role: ClinicalRole;
  readonly supervision: SupervisionLevel;
  /** A repeat of a competency (default false): always under direct supervision. */
  readonly repeat?: boolean | undefined;
  /** A competency attempt (default false): performed, under direct supervision, graded when signed. */
  readonly competency?: boolean | undefined;
  /** Shown in a simulation, not on a patient (default false): counts only within the simulation cap. */
  readonly simulated?: boolean | undefined;
}

/** The fields of an entry the log checks, as stored. */
export type CheckedEntry = Pick<ClinicalEntryRow, 'procedure' | 'performedOn' | 'siteId' | 'role' | 'supervision' | 'repeat' | 'competencyAttempt' | 'simulated'>;

/**
 * What is wrong with an entry, naming the field and quoting the value: a date after today, a procedure not in
 * the list of the student's discipline (`discipline`: their program's), a site not open to the student, a repeat not under direct supervision, or a
 * competency attempt the student did not perform under direct supervision.
 */
export function entryIssues(deps: Pick<Deps, 'clock'>, e: CheckedEntry, sites: readonly ClinicalSiteRow[], discipline: RequirementSetDiscipline): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (e.performedOn > todayUtc(deps)) issues.push({ path: 'performedOn', message: `"${e.performedOn}" is in the future; log a procedure on or after the day it was done` });
  if (findProcedureIn(discipline, e.procedure) === undefined) issues.push({ path: 'procedure', message: `"${e.procedure}" is not among the ${procedureListOf(discipline).name.toLowerCase()} of your program` });
  if (!sites.some((s) => s.id === e.siteId)) issues.push({ path: 'site', message: `"${e.siteId}" is not a clinical site open to you` });
  if (e.repeat && e.supervision !== 'direct') issues.push({ path: 'supervision', message: `"${e.supervision}" is not allowed for a repeat: a repeat is always done under direct supervision` });
  else if (e.competencyAttempt && e.supervision !== 'direct') issues.push({ path: 'supervision', message: `"${e.supervision}" is not allowed for a competency attempt: it is done under direct supervision` });
  if (e.competencyAttempt && e.role !== 'performed') issues.push({ path: 'role', message: `"${e.role}" is not allowed for a competency attempt: the student performs it` });
  return issues;
}

/** A signed entry the student performed counts toward competency progress, unless it is a failed attempt. */
export const countsTowardCompetency = (e: ClinicalEntryRow): boolean => e.signature !== null && e.role === 'performed' && (e.grade === null || e.grade.passed);

/** The grade in words, on the form (and version) it was given on, whatever the school's form is now. */
async function gradeView(deps: Deps, entry: ClinicalEntryRow): Promise<GradeView | null> {
  if (entry.grade === null) return null;
  const form = await formOfGrade(deps.store, entry.grade.formId);
  return {
    formName: form?.name ?? 'A grade form',
    criteria: entry.grade.criteria.map((c) => ({ code: c.code, label: form?.criteria.find((f) => f.code === c.code)?.label ?? c.code, met: c.met })),
    passed: entry.grade.passed,
    comments: entry.grade.comments,
  };
}

/** The sites of every school in which the principal is a student. */
export async function openClinicalSites(deps: Deps, principal: Principal): Promise<ClinicalSiteRow[]> {
  return deps.store.clinical.listSitesForSchools([...organisationsWithRole(principal, ['student'])]);
}

async function requireOwnPersonId(deps: Deps, principal: Principal): Promise<string> {
  if (principal.personId === null) throw new ValidationError([{ path: 'person', message: 'You have no record yet; create your record before logging procedures' }]);
  return principal.personId;
}

/** Builds the view of an entry; the site name is looked up among all sites of the entry's schools. */
export async function entryView(deps: Deps, entry: ClinicalEntryRow, sites?: readonly ClinicalSiteRow[]): Promise<ClinicalEntryView> {
  const site = (sites ?? []).find((s) => s.id === entry.siteId) ?? (await deps.store.clinical.findSite(entry.siteId));
  return {
    id: entry.id,
    procedure: entry.procedure,
    procedureName: findProcedure(entry.procedure)?.name ?? entry.procedure,
    performedOn: entry.performedOn,
    site: { id: entry.siteId, name: site?.name ?? 'Unknown site' },
    role: entry.role,
    supervision: entry.supervision,
    repeat: entry.repeat,
    competencyAttempt: entry.competencyAttempt,
    simulated: entry.simulated,
    loggedAt: entry.createdAt,
    editedAt: entry.editedAt,
    grade: await gradeView(deps, entry),
    signedBy:
      entry.signature === null
        ? null
        : { name: entry.signature.name, arrtNumber: entry.signature.arrtNumber, signedAt: entry.signature.signedAt, how: entry.signature.signerUserId === null ? 'link' : 'in-app' },
  };
}

/**
 * Logs a procedure in the signed-in student's own log. A date after today, a procedure not in their
 * program's discipline's list, a site not open to the student, a repeat under indirect supervision (a repeat is always
 * direct) or a competency attempt not performed under direct supervision is refused, naming the field and
 * quoting the value; nothing is written then.
 */
export async function logClinicalEntry(deps: Deps, principal: Principal, input: NewClinicalEntry): Promise<ClinicalEntryView> {
  const personId = await requireOwnPersonId(deps, principal);
  const sites = await openClinicalSites(deps, principal);
  const checked: CheckedEntry = {
    procedure: input.procedure,
    performedOn: input.performedOn,
    siteId: input.site,
    role: input.role,
    supervision: input.supervision,
    repeat: input.repeat ?? false,
    competencyAttempt: input.competency ?? false,
    simulated: input.simulated ?? false,
  };
  const issues = entryIssues(deps, checked, sites, await studentDiscipline(deps, principal));
  if (issues.length > 0) throw new ValidationError(issues, 'The entry was not logged');
  const now = deps.clock.now().toISOString();
  const entry: ClinicalEntryRow = { id: deps.ids.newId('cle'), personId, ...checked, createdAt: now, editedAt: null, signature: null, grade: null };
  await deps.store.transaction(async (tx) => {
    await tx.clinical.insertEntry(entry);
    await tx.audit.append({ at: now, actorUserId: principal.user.id, organisationId: null, action: 'clinical.entry.logged', subjectPersonId: personId, details: { entryId: entry.id } });
  });
  return entryView(deps, entry, sites);
}

/** Reads an entry: only its student sees it (anyone else gets "not found"). */
export async function getClinicalEntry(deps: Deps, principal: Principal, id: string): Promise<ClinicalEntryView> {
  return entryView(deps, await ownEntry(deps, principal, id));
}

async function ownEntry(deps: Deps, principal: Principal, id: string): Promise<ClinicalEntryRow> {
  const entry = await deps.store.clinical.findEntry(id);
  if (entry === undefined || entry.personId !== principal.personId) throw new NotFoundError('clinical entry', id);
  return entry;
}

/** An entry with its history in words (logged, edited, links made or withdrawn, signed); only its student reads it. */
export async function getClinicalEntryWithHistory(deps: Deps, principal: Principal, id: string): Promise<ClinicalEntryView & { readonly history: EntryHistoryEvent[] }> {
  const entry = await ownEntry(deps, principal, id);
  return { ...(await entryView(deps, entry)), history: await entryHistory(deps, entry) };
}

/** The signed-in student's whole log, oldest first, each entry with who signed it. */
export async function listClinicalEntries(deps: Deps, principal: Principal): Promise<ClinicalEntryView[]> {
  const personId = await requireOwnPersonId(deps, principal);
  const [entries, sites] = await Promise.all([deps.store.clinical.listEntriesForPerson(personId), openClinicalSites(deps, principal)]);
  return Promise.all(entries.map((e) => entryView(deps, e, sites)));
}

/** The student's progress: the set (with its flag), the counts, the engine's verdict in words, and the program's choices. */
export interface ClinicalProgressView {
  readonly set: RequirementSet;
  readonly progress: RequirementProgress;
  readonly evaluation: ClinicalRequirementsVerdict;
  /** The school whose settings apply (null when the student is in no school: the default set, no local requirements). */
  readonly program: {
    readonly school: string | null;
    readonly simulationCap: number | null;
    readonly localRequirements: readonly { readonly label: string }[];
    /** False when a `set` was asked for that is not the program's own choice. */
    readonly setIsProgramChoice: boolean;
  };
}

/**
 * Progress of the signed-in student against the requirement set their program chose (or the one asked for),
 * with the program's simulation cap and local requirements, evaluated by the rules engine.
 */
export async function clinicalProgress(deps: Deps, principal: Principal, setId?: string): Promise<ClinicalProgressView> {
  const asked = setId === undefined ? undefined : findRequirementSet(setId);
  if (setId !== undefined && asked === undefined) throw new ValidationError([{ path: 'set', message: `"${setId}" is not a requirement set` }]);
  const personId = await requireOwnPersonId(deps, principal);
  const { school, settings } = await studentProgram(deps, principal);
  const set = asked ?? setOf(settings);
  const entries = await deps.store.clinical.listEntriesForPerson(personId);
  // A competency counts once a technologist has signed a procedure the student performed; a failed attempt does not.
  const shown = entries.filter(countsTowardCompetency).map((e) => ({ procedure: e.procedure, simulated: e.simulated }));
  const evaluation = evaluateClinicalRequirements(set, shown, choicesOf(settings));
  return {
    set,
    progress: evaluation.progress,
    evaluation,
    program: {
      school,
      simulationCap: settings.simulationCap,
      localRequirements: settings.localRequirements.map((r) => ({ label: localRequirementLabel(r) })),
      setIsProgramChoice: set.id === setOf(settings).id,
    },
  };
}
