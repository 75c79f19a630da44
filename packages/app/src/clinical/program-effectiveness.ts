import { yearOf, type CalendarDate, type PersonRecord } from '@modality/domain';
import { EFFECTIVENESS_BENCHMARK, EFFECTIVENESS_DEFINITIONS, programEffectiveness, type EffectivenessDefinition, type LeaverFacts, type ProgramEffectiveness } from '@modality/knowledge';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { SchoolLeaverRow } from '../ports/index.js';
import { todayUtc } from '../verdicts/as-of.js';
import { COHORT_READER_ROLES, requireSchoolStaff } from './school-staff.js';

export interface ProgramEffectivenessView {
  readonly school: string;
  readonly asOf: string;
  readonly figures: ProgramEffectiveness;
  readonly definitions: readonly EffectivenessDefinition[];
  readonly benchmark: typeof EFFECTIVENESS_BENCHMARK;
  /** Former students the school noted whose person record is gone (account deleted): not counted. */
  readonly leaversWithoutRecord: number;
}

/**
 * The facts of one leaver: the program entry of their record that ended closest to the day they left, the
 * first examination with a result taken on or after its start, and what the school noted of their first job.
 */
export function leaverFacts(leaver: SchoolLeaverRow, record: PersonRecord): LeaverFacts {
  const leftOn = leaver.leftOn as CalendarDate;
  const programs = (record.education ?? []).filter((e) => e.kind === 'program' && (e.startedOn === undefined || e.startedOn <= leftOn));
  const distance = (on: string | undefined) => (on === undefined ? Number.MAX_SAFE_INTEGER : Math.abs(Date.parse(on) - Date.parse(leftOn)));
  const program = [...programs].sort((a, b) => distance(a.completedOn ?? a.startedOn) - distance(b.completedOn ?? b.startedOn))[0];
  const start = program?.startedOn ?? null;
  const attempts = (record.exams ?? [])
    .filter((x) => x.takenOn !== undefined && (x.result === 'pass' || x.result === 'fail') && (start === null || x.takenOn >= start))
    .sort((a, b) => (a.takenOn ?? '').localeCompare(b.takenOn ?? ''));
  const first = attempts[0];
  return {
    outcome: leaver.outcome,
    leftOn,
    programStartedOn: start,
    firstAttempt: first?.takenOn === undefined ? null : { takenOn: first.takenOn, passed: first.result === 'pass' },
    employedOn: leaver.employedOn as CalendarDate | null,
    notSeeking: leaver.notSeeking,
  };
}

/**
 * The JRCERT program effectiveness figures of a school for the five years ending this year, from the
 * records of its former students (their exams) and the school's notes (leaving day, first job). Only the
 * program's teaching staff see it; it names nobody.
 */
export async function schoolProgramEffectiveness(deps: Deps, principal: Principal, schoolId: string): Promise<ProgramEffectivenessView> {
  const school = await requireSchoolStaff(deps, principal, schoolId, COHORT_READER_ROLES);
  const asOf = todayUtc(deps);
  const facts: LeaverFacts[] = [];
  let leaversWithoutRecord = 0;
  for (const leaver of await deps.store.cohorts.listLeavers(schoolId)) {
    const person = await deps.store.people.findByOwner(leaver.userId);
    const record = person === undefined ? undefined : await deps.store.people.getRecord(person.id);
    if (record === undefined) leaversWithoutRecord += 1;
    else facts.push(leaverFacts(leaver, record));
  }
  return {
    school: school.name,
    asOf,
    figures: programEffectiveness(facts, yearOf(asOf), asOf),
    definitions: EFFECTIVENESS_DEFINITIONS,
    benchmark: EFFECTIVENESS_BENCHMARK,
    leaversWithoutRecord,
  };
}
