import { ConflictError, NotFoundError } from '@modality/domain';
import type { MembershipRole } from '@modality/domain';
import { organisationsWithRole, type Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { TimeDecision, TimeRecordRow } from '../ports/index.js';
import { exceptionsNow, hoursOf, recordView, warningView, type HourWarningView, type TimeRecordView } from './time-record-view.js';
import { enqueueMail } from '../mail/deliver-mail.js';
import { accountOfPerson, timeDecisionMail } from './time-mails.js';
import { timeSettingsFor } from './time-settings.js';

/** Who reviews a school's time records: its instructors and its program director. */
const REVIEWER_ROLES: readonly MembershipRole[] = ['instructor', 'program_director'];

/** A record waiting for a decision, with whose it is. */
export interface TimeExceptionView extends TimeRecordView {
  readonly student: { readonly name: string };
}

/** One student's hour warnings, for the school's staff. */
export interface StudentHourWarnings {
  readonly student: { readonly name: string };
  readonly warnings: readonly HourWarningView[];
}

interface Student {
  readonly personId: string;
  readonly name: string;
  readonly school: string;
}

/** The students (with a record) of the schools in which the principal reviews time. */
async function reviewedStudents(deps: Deps, principal: Principal): Promise<Student[]> {
  const schools = [...organisationsWithRole(principal, REVIEWER_ROLES)].sort();
  const out: Student[] = [];
  for (const school of schools) {
    for (const m of await deps.store.memberships.listForOrganisation(school)) {
      if (m.role !== 'student') continue;
      const personId = await deps.store.people.idByOwner(m.userId);
      if (personId !== undefined && !out.some((s) => s.personId === personId)) out.push({ personId, name: m.userName, school });
    }
  }
  return out;
}

/** The school's records with an exception and no decision yet, oldest first: the instructor's queue. */
export async function timeExceptionQueue(deps: Deps, principal: Principal): Promise<TimeExceptionView[]> {
  const students = await reviewedStudents(deps, principal);
  const out: TimeExceptionView[] = [];
  for (const school of new Set(students.map((s) => s.school))) {
    const inSchool = students.filter((s) => s.school === school);
    const [settings, sites, records] = await Promise.all([
      timeSettingsFor(deps.store, school),
      deps.store.clinical.listSitesForSchools([school]),
      deps.store.timeRecords.listRecordsForPeople(inSchool.map((s) => s.personId)),
    ]);
    const names = new Map(sites.map((s) => [s.id, s.name]));
    for (const r of records) {
      if (r.decision !== null || exceptionsNow(r, deps.clock.now(), settings.timeZone).length === 0) continue;
      const student = inSchool.find((s) => s.personId === r.personId);
      out.push({ ...(await recordView(deps, r, names, settings.timeZone)), student: { name: student?.name ?? 'A student' } });
    }
  }
  return out;
}

/**
 * Approves or rejects a record with an exception. Only an instructor or the program director of the
 * student's school decides; a record decided already answers 409, and one without an exception too. The
 * decision and who made it are audited; a rejected record's hours stop counting. The student is mailed the
 * decision, with the reason when one is given, in the same transaction.
 */
export async function decideTimeException(deps: Deps, principal: Principal, id: string, decision: TimeDecision, reason?: string): Promise<TimeExceptionView> {
  const record = await deps.store.timeRecords.findRecord(id);
  const student = record === undefined ? undefined : (await reviewedStudents(deps, principal)).find((s) => s.personId === record.personId);
  if (record === undefined || student === undefined) throw new NotFoundError('time record', id);
  const settings = await timeSettingsFor(deps.store, student.school);
  const now = deps.clock.now().toISOString();
  const exceptions = exceptionsNow(record, deps.clock.now(), settings.timeZone);
  if (exceptions.length === 0) throw new ConflictError('This record has no exception to decide');
  const [to, site] = await Promise.all([accountOfPerson(deps.store, record.personId), deps.store.clinical.findSite(record.siteId)]);
  const about = { id, siteName: site?.name ?? 'a clinical site', clockInAt: record.clockInAt, timeZone: settings.timeZone, exceptions };
  await deps.store.transaction(async (tx) => {
    if (!(await tx.timeRecords.decide(id, decision, principal.user.id, now))) throw new ConflictError('This record was decided already');
    if (to !== undefined) await enqueueMail(deps, tx, timeDecisionMail(to, about, decision, principal.user.name, reason));
    await tx.audit.append({
      at: now,
      actorUserId: principal.user.id,
      organisationId: student.school,
      action: decision === 'approved' ? 'clinical.time.approved' : 'clinical.time.rejected',
      subjectPersonId: record.personId,
      details: { recordId: id, exceptions, ...(reason === undefined ? {} : { reason }) },
    });
  });
  const saved: TimeRecordRow = (await deps.store.timeRecords.findRecord(id)) ?? record;
  const sites = await deps.store.clinical.listSitesForSchools([student.school]);
  return { ...(await recordView(deps, saved, new Map(sites.map((s) => [s.id, s.name])), settings.timeZone)), student: { name: student.name } };
}

/** The hour warnings of every student of the schools the principal reviews (students with none are left out). */
export async function schoolHourWarnings(deps: Deps, principal: Principal): Promise<StudentHourWarnings[]> {
  const students = await reviewedStudents(deps, principal);
  const now = deps.clock.now();
  const out: StudentHourWarnings[] = [];
  for (const s of students) {
    const [settings, records, shifts] = await Promise.all([
      timeSettingsFor(deps.store, s.school),
      deps.store.timeRecords.listRecordsForPeople([s.personId]),
      deps.store.timeRecords.listPlannedShiftsForPeople([s.personId]),
    ]);
    const warnings = hoursOf(records, shifts, settings, now).warnings.map(warningView);
    if (warnings.length > 0) out.push({ student: { name: s.name }, warnings });
  }
  return out;
}
