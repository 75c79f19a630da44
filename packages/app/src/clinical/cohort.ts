import type { CalendarDate, EducationEntry, PersonRecord } from '@modality/domain';
import { COHORT_RISK_RULES, cohortRisks, competencyTotals, expectedCompletion, type CohortRisk, type ProgramChoices, type RequirementSet } from '@modality/knowledge';
import { evaluateClinicalRequirements } from '@modality/rules';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { ClinicalEntryRow } from '../ports/index.js';
import { todayUtc } from '../verdicts/as-of.js';
import { countsTowardCompetency } from './clinical-log.js';
import { choicesOf, programRequirementsFor, setOf } from './program-requirements.js';
import { COHORT_READER_ROLES, requireSchoolStaff } from './school-staff.js';

/** One current student on the director's dashboard. */
export interface CohortStudent {
  /** The student's account: what the director names when recording that they left (never shown). */
  readonly userId: string;
  readonly name: string;
  /** The program's discipline from the record, e.g. radiography; null when the record names none. */
  readonly discipline: string | null;
  readonly programStartedOn: string | null;
  /** The record's end date, else the start plus the assumed program length; null without a start. */
  readonly expectedCompletionOn: string | null;
  /** Signed competencies against the program's requirement set; null when the set is for another discipline. */
  readonly progress: { readonly done: number; readonly required: number | null; readonly complete: boolean } | null;
  readonly signedEntries: number;
  readonly unsignedEntries: number;
  readonly lastEntryOn: string | null;
  readonly risks: readonly CohortRisk[];
}

export interface CohortView {
  readonly school: string;
  readonly asOf: string;
  /** The requirement set progress is counted against, and its warning in words. */
  readonly requirementSet: { readonly name: string; readonly flag: string; readonly discipline: string; readonly simulationCap: number | null; readonly localRequirements: number };
  /** The heuristics, for the page to state them (they are Modality's, not a regulation). */
  readonly rules: typeof COHORT_RISK_RULES;
  readonly students: readonly CohortStudent[];
}

/** The program entry the student is in: the latest program without an end date, else the latest one. */
export function currentProgram(record: PersonRecord | undefined): EducationEntry | undefined {
  const programs = (record?.education ?? []).filter((e) => e.kind === 'program');
  const byStart = [...programs].sort((a, b) => (a.startedOn ?? '').localeCompare(b.startedOn ?? ''));
  return byStart.filter((e) => e.completedOn === undefined).at(-1) ?? byStart.at(-1);
}

function studentOf(userId: string, name: string, record: PersonRecord | undefined, entries: readonly ClinicalEntryRow[], asOf: CalendarDate, set: RequirementSet, choices: ProgramChoices): CohortStudent {
  const program = currentProgram(record);
  const signed = entries.filter((e) => e.signature !== null);
  const unsigned = entries.filter((e) => e.signature === null);
  const shown = signed.filter(countsTowardCompetency).map((e) => ({ procedure: e.procedure, simulated: e.simulated }));
  const { progress } = evaluateClinicalRequirements(set, shown, choices);
  const lastEntryOn = (entries.map((e) => e.performedOn).sort().at(-1) ?? null) as CalendarDate | null;
  const oldestUnsignedOn = (unsigned.map((e) => e.createdAt.slice(0, 10)).sort()[0] ?? null) as CalendarDate | null;
  const nextExamWindowOn = (record?.exams ?? []).filter((x) => x.windowStart !== undefined && x.result !== 'pass' && x.result !== 'fail' && x.windowStart >= asOf).map((x) => x.windowStart).sort()[0] ?? null;
  const standing = { programStartedOn: program?.startedOn ?? null, expectedCompletionOn: program?.completedOn ?? null, progress, lastEntryOn, oldestUnsignedOn, nextExamWindowOn };
  const covered = program?.discipline === set.discipline;
  const totals = competencyTotals(progress);
  // Progress, pace and readiness for an exam are judged only against a set of the student's discipline; the
  // quiet-log and unsigned-entry risks apply to every student.
  const risks = cohortRisks(standing, asOf).filter((r) => covered || r.code === 'no-recent-entries' || r.code === 'unsigned-waiting');
  return {
    userId,
    name,
    discipline: program?.discipline ?? null,
    programStartedOn: program?.startedOn ?? null,
    expectedCompletionOn: expectedCompletion(standing),
    progress: covered ? { done: totals.done, required: totals.required, complete: progress.complete } : null,
    signedEntries: signed.length,
    unsignedEntries: unsigned.length,
    lastEntryOn,
    risks,
  };
}

/**
 * The director's cohort dashboard: every current student of the school (a `student` membership), their
 * signed progress, entries waiting for a signature and what puts them at risk, in words. Only the school's
 * program director and instructors see it.
 */
export async function schoolCohort(deps: Deps, principal: Principal, schoolId: string): Promise<CohortView> {
  const school = await requireSchoolStaff(deps, principal, schoolId, COHORT_READER_ROLES);
  const asOf = todayUtc(deps);
  const members = (await deps.store.memberships.listForOrganisation(schoolId)).filter((m) => m.role === 'student');
  const settings = await programRequirementsFor(deps.store, schoolId);
  const set = setOf(settings);
  const choices = choicesOf(settings);
  const students: CohortStudent[] = [];
  for (const m of members) {
    const person = await deps.store.people.findByOwner(m.userId);
    const record = person === undefined ? undefined : await deps.store.people.getRecord(person.id);
    const entries = person === undefined ? [] : await deps.store.clinical.listEntriesForPerson(person.id);
    students.push(studentOf(m.userId, m.userName, record, entries, asOf, set, choices));
  }
  return { school: school.name, asOf, requirementSet: { name: set.name, flag: set.flag, discipline: set.discipline, simulationCap: choices.simulationCap ?? set.simulationCap.value, localRequirements: settings.localRequirements.length }, rules: COHORT_RISK_RULES, students };
}
