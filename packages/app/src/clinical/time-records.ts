import { ConflictError, ValidationError } from '@modality/domain';
import { localTime, mondayOf, warningsAddedBy, withinGeofence } from '@modality/knowledge';
import { organisationsWithRole, type Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { ClinicalSiteRow, GeoPoint, TimeExceptionKind, TimeRecordRow, TimeSettingsRow } from '../ports/index.js';
import { hoursOf, recordView, spansOf, warningView, type HourWarningView, type TimeRecordView } from './time-record-view.js';
import { enqueueMail, type MailDraft } from '../mail/deliver-mail.js';
import { accountOfPerson, programDirectorsOf, shiftWarningMail } from './time-mails.js';
import { hourSettings, timeSettingsFor } from './time-settings.js';

/** A punch as the contract shapes it: the site (for a clock-in) and, when the browser gave one, where. */
export interface ClockInInput {
  readonly site: string;
  readonly location?: GeoPoint | undefined;
}

/** A clock-out; `at` is given only for a clock-out entered afterwards (it becomes an exception). */
export interface ClockOutInput {
  readonly location?: GeoPoint | undefined;
  readonly at?: string | undefined;
}

/** The student's time page: where they may punch today, the open record, hours and warnings. */
export interface MyTimeView {
  readonly timeZone: string;
  readonly today: string;
  readonly sitesToday: readonly { readonly id: string; readonly name: string }[];
  readonly open: TimeRecordView | null;
  readonly todayHours: number;
  readonly weekHours: number;
  readonly weeklyDidacticHours: number;
  readonly eveningWeekendShare: number;
  readonly records: readonly TimeRecordView[];
  readonly warnings: readonly HourWarningView[];
}

interface StudentContext {
  readonly personId: string;
  readonly school: string | null;
  readonly sites: readonly ClinicalSiteRow[];
  readonly settings: TimeSettingsRow;
}

async function studentContext(deps: Deps, principal: Principal): Promise<StudentContext> {
  if (principal.personId === null) throw new ValidationError([{ path: 'person', message: 'You have no record yet; create your record before clocking in' }]);
  const schools = [...organisationsWithRole(principal, ['student'])].sort();
  const school = schools[0] ?? null;
  const sites = await deps.store.clinical.listSitesForSchools(schools);
  const settings = await timeSettingsFor(deps.store, school ?? '');
  return { personId: principal.personId, school, sites, settings };
}

const siteNames = (sites: readonly ClinicalSiteRow[]): Map<string, string> => new Map(sites.map((s) => [s.id, s.name]));

/** The sites the student has a rotation at on `date`. */
async function sitesPlacedOn(deps: Deps, ctx: StudentContext, date: string): Promise<ClinicalSiteRow[]> {
  const rotations = await deps.store.timeRecords.rotationsCovering(ctx.personId, date);
  return ctx.sites.filter((s) => rotations.some((r) => r.siteId === s.id));
}

async function offSite(deps: Deps, siteId: string, location: GeoPoint | undefined): Promise<boolean> {
  if (location === undefined) return false;
  const fence = await deps.store.timeRecords.findSiteGeofence(siteId);
  if (fence?.latitude == null || fence.longitude == null || fence.radiusM == null) return false;
  return !withinGeofence(location, { latitude: fence.latitude, longitude: fence.longitude, radiusM: fence.radiusM });
}

/**
 * Clocks the signed-in student in at a site. Only a site where they have a rotation covering today is
 * accepted (else a 400 naming the site, nothing written). A location outside the site's area, or a
 * clock-in after a planned shift began (past the school's grace minutes), becomes an exception for the
 * instructor. A record left open on an earlier day stays open (a missing clock-out); one open today must
 * be clocked out first.
 */
export async function clockIn(deps: Deps, principal: Principal, input: ClockInInput): Promise<TimeRecordView> {
  const ctx = await studentContext(deps, principal);
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const today = localTime(now.getTime(), ctx.settings.timeZone).date;
  // Only a site of the student's own schools is named back; any other is just "not a site of your school".
  const site = ctx.sites.find((s) => s.id === input.site);
  const placed = await sitesPlacedOn(deps, ctx, today);
  if (!placed.some((s) => s.id === input.site)) {
    const where = site === undefined ? 'is not a clinical site of your school' : `(${site.name}) is not a site you are placed at on ${today}`;
    throw new ValidationError([{ path: 'site', message: `"${input.site}" ${where}; you can clock in only at the site of a current rotation` }], 'You were not clocked in');
  }
  const open = await deps.store.timeRecords.findOpenRecord(ctx.personId);
  if (open !== undefined && localTime(Date.parse(open.clockInAt), ctx.settings.timeZone).date === today) {
    throw new ConflictError(`You are already clocked in at ${siteNames(ctx.sites).get(open.siteId) ?? 'a site'}; clock out first`);
  }
  const exceptions: TimeExceptionKind[] = [];
  if (await offSite(deps, input.site, input.location)) exceptions.push('off-site');
  const shifts = await deps.store.timeRecords.listPlannedShiftsForPeople([ctx.personId]);
  const shift = shifts.find((s) => s.siteId === input.site && localTime(Date.parse(s.startsAt), ctx.settings.timeZone).date === today && s.endsAt > nowIso);
  if (shift !== undefined && now.getTime() > Date.parse(shift.startsAt) + ctx.settings.lateAfterMinutes * 60_000) exceptions.push('late');
  const record: TimeRecordRow = {
    id: deps.ids.newId('tim'),
    personId: ctx.personId,
    siteId: input.site,
    clockInAt: nowIso,
    clockOutAt: null,
    clockInLocation: input.location ?? null,
    clockOutLocation: null,
    plannedStartAt: shift?.startsAt ?? null,
    exceptions,
    decision: null,
    createdAt: nowIso,
  };
  await deps.store.transaction(async (tx) => {
    await tx.timeRecords.insertRecord(record);
    await tx.audit.append({ at: nowIso, actorUserId: principal.user.id, organisationId: ctx.school, action: 'clinical.time.clocked-in', subjectPersonId: ctx.personId, details: { recordId: record.id, exceptions } });
  });
  return recordView(deps, record, siteNames(ctx.sites), ctx.settings.timeZone);
}

/**
 * Clocks the signed-in student out of their open record. A time given with the clock-out (a forgotten
 * punch entered afterwards) must be after the clock-in and not in the future, and makes the record an
 * exception for the instructor.
 */
export async function clockOut(deps: Deps, principal: Principal, input: ClockOutInput): Promise<TimeRecordView> {
  const ctx = await studentContext(deps, principal);
  const now = deps.clock.now();
  const open = await deps.store.timeRecords.findOpenRecord(ctx.personId);
  if (open === undefined) throw new ConflictError('You are not clocked in; clock in before clocking out');
  const at = input.at === undefined ? now.toISOString() : new Date(input.at).toISOString();
  const openedOn = localTime(Date.parse(open.clockInAt), ctx.settings.timeZone).date;
  if (input.at === undefined && openedOn < localTime(now.getTime(), ctx.settings.timeZone).date) {
    throw new ValidationError([{ path: 'at', message: `You clocked in on ${openedOn} and did not clock out; give the time you left` }], 'You were not clocked out');
  }
  if (input.at !== undefined) {
    if (Date.parse(at) > now.getTime()) throw new ValidationError([{ path: 'at', message: `"${input.at}" is in the future; a clock-out can only be entered for a time that has passed` }], 'You were not clocked out');
    if (at <= open.clockInAt) throw new ValidationError([{ path: 'at', message: `"${input.at}" is not after your clock-in at ${open.clockInAt}` }], 'You were not clocked out');
  }
  const exceptions = [...open.exceptions];
  const add = (k: TimeExceptionKind): void => {
    if (!exceptions.includes(k)) exceptions.push(k);
  };
  if (input.at !== undefined) add('missing-clock-out');
  if (await offSite(deps, open.siteId, input.location)) add('off-site');
  const nowIso = now.toISOString();
  await deps.store.transaction(async (tx) => {
    if (!(await tx.timeRecords.clockOut(open.id, at, input.location ?? null, exceptions))) throw new ConflictError('This record was clocked out already');
    await tx.audit.append({ at: nowIso, actorUserId: principal.user.id, organisationId: ctx.school, action: 'clinical.time.clocked-out', subjectPersonId: ctx.personId, details: { recordId: open.id, exceptions } });
  });
  const saved = (await deps.store.timeRecords.findRecord(open.id)) ?? open;
  return recordView(deps, saved, siteNames(ctx.sites), ctx.settings.timeZone);
}

/** The signed-in student's records, today's and this week's hours, and the limits broken or about to be. */
export async function myTimeRecords(deps: Deps, principal: Principal): Promise<MyTimeView> {
  const ctx = await studentContext(deps, principal);
  const now = deps.clock.now();
  const local = localTime(now.getTime(), ctx.settings.timeZone);
  const [records, shifts, placed] = await Promise.all([
    deps.store.timeRecords.listRecordsForPeople([ctx.personId]),
    deps.store.timeRecords.listPlannedShiftsForPeople([ctx.personId]),
    sitesPlacedOn(deps, ctx, local.date),
  ]);
  const summary = hoursOf(records, shifts, ctx.settings, now);
  const weekOf = mondayOf(local.date, local.weekday);
  const names = siteNames(ctx.sites);
  const views = await Promise.all([...records].reverse().map((r) => recordView(deps, r, names, ctx.settings.timeZone)));
  const openRow = records.find((r) => r.clockOutAt === null && localTime(Date.parse(r.clockInAt), ctx.settings.timeZone).date === local.date);
  const day = summary.days.find((d) => d.date === local.date);
  const week = summary.weeks.find((w) => w.weekOf === weekOf);
  return {
    timeZone: ctx.settings.timeZone,
    today: local.date,
    sitesToday: placed.map((s) => ({ id: s.id, name: s.name })),
    open: openRow === undefined ? null : (views.find((v) => v.id === openRow.id) ?? null),
    todayHours: day === undefined ? 0 : Math.round((day.hours - day.plannedHours) * 100) / 100,
    weekHours: week === undefined ? 0 : Math.round((week.clinicalHours - week.plannedHours) * 100) / 100,
    weeklyDidacticHours: ctx.settings.weeklyDidacticHours,
    eveningWeekendShare: Math.round(summary.eveningWeekendShare * 1000) / 1000,
    records: views,
    warnings: summary.warnings.map(warningView),
  };
}

/** The mails of a planned shift that would break hour limits: to the student and to each program director of the school. */
async function shiftWarningMails(deps: Deps, ctx: StudentContext, principal: Principal, shift: { id: string; siteId: string; startsAt: string; endsAt: string }, warnings: readonly HourWarningView[]): Promise<MailDraft[]> {
  if (warnings.length === 0) return [];
  const student = (await accountOfPerson(deps.store, ctx.personId)) ?? { email: principal.user.email, name: principal.user.name };
  const directors = ctx.school === null ? [] : await programDirectorsOf(deps.store, ctx.school);
  const about = { id: shift.id, siteName: siteNames(ctx.sites).get(shift.siteId) ?? 'a clinical site', startsAt: shift.startsAt, endsAt: shift.endsAt, timeZone: ctx.settings.timeZone };
  return [student, ...directors.filter((d) => d.email !== student.email)].map((to) => shiftWarningMail(to, about, student.name, warnings));
}

/**
 * A shift the student plans at a site of a rotation; the answer lists the warnings it adds, before it is
 * worked. When it adds any, the student and the school's program director are mailed the warning once,
 * in the same transaction as the shift.
 */
export async function planShift(deps: Deps, principal: Principal, input: { readonly site: string; readonly startsAt: string; readonly endsAt: string }): Promise<{ id: string; warnings: HourWarningView[] }> {
  const ctx = await studentContext(deps, principal);
  const now = deps.clock.now();
  const startsAt = new Date(input.startsAt).toISOString();
  const endsAt = new Date(input.endsAt).toISOString();
  const issues: { path: string; message: string }[] = [];
  if (Date.parse(startsAt) <= now.getTime()) issues.push({ path: 'startsAt', message: `"${input.startsAt}" has passed; plan a shift that starts later` });
  if (endsAt <= startsAt) issues.push({ path: 'endsAt', message: `"${input.endsAt}" is not after the start` });
  else if (Date.parse(endsAt) - Date.parse(startsAt) > 24 * 3_600_000) issues.push({ path: 'endsAt', message: `"${input.endsAt}" is more than 24 hours after the start` });
  const day = localTime(Date.parse(startsAt), ctx.settings.timeZone).date;
  if (!(await sitesPlacedOn(deps, ctx, day)).some((s) => s.id === input.site)) issues.push({ path: 'site', message: `"${input.site}" is not a site you are placed at on ${day}` });
  if (issues.length > 0) throw new ValidationError(issues, 'The shift was not planned');
  const [records, shifts] = await Promise.all([deps.store.timeRecords.listRecordsForPeople([ctx.personId]), deps.store.timeRecords.listPlannedShiftsForPeople([ctx.personId])]);
  const added = warningsAddedBy(spansOf(records, shifts, ctx.settings, now), { start: startsAt, end: endsAt, planned: true }, hourSettings(ctx.settings));
  const id = deps.ids.newId('shf');
  const nowIso = now.toISOString();
  const warnings = added.map(warningView);
  const mails = await shiftWarningMails(deps, ctx, principal, { id, siteId: input.site, startsAt, endsAt }, warnings);
  await deps.store.transaction(async (tx) => {
    await tx.timeRecords.insertPlannedShift({ id, personId: ctx.personId, siteId: input.site, startsAt, endsAt, createdAt: nowIso });
    for (const mail of mails) await enqueueMail(deps, tx, mail);
    await tx.audit.append({ at: nowIso, actorUserId: principal.user.id, organisationId: ctx.school, action: 'clinical.time.shift-planned', subjectPersonId: ctx.personId, details: { shiftId: id } });
  });
  return { id, warnings };
}
