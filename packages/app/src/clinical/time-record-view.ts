import { clinicalHoursSummary, describeClinicalHourWarning, localTime, type ClinicalHourWarning, type ClinicalHoursSummary, type ClinicalSpan } from '@modality/knowledge';
import type { Deps } from '../deps.js';
import type { PlannedShiftRow, TimeDecision, TimeExceptionKind, TimeRecordRow, TimeSettingsRow } from '../ports/index.js';
import { hourSettings } from './time-settings.js';

/** What each exception means, in words. */
export const TIME_EXCEPTION_WORDS: Readonly<Record<TimeExceptionKind, string>> = {
  'off-site': 'Clocked from outside the site’s area',
  late: 'Clocked in late for the planned shift',
  'missing-clock-out': 'Clock-out missing or entered afterwards',
};

/** A record as people see it: the site's name, the hours, the exceptions in words and who decided. */
export interface TimeRecordView {
  readonly id: string;
  readonly site: { readonly id: string; readonly name: string };
  readonly clockInAt: string;
  readonly clockOutAt: string | null;
  readonly hours: number | null;
  readonly locationGiven: boolean;
  readonly exceptions: readonly { readonly kind: TimeExceptionKind; readonly words: string }[];
  readonly decision: { readonly decision: TimeDecision; readonly byName: string; readonly at: string } | null;
}

/** A limit broken or about to be, in words, with the limit's source and its flag. */
export interface HourWarningView {
  readonly kind: ClinicalHourWarning['kind'];
  readonly period: string | null;
  readonly value: number;
  readonly planned: boolean;
  readonly message: string;
  readonly limit: { readonly value: number; readonly sourceUrl: string; readonly effective: string; readonly confidence: string; readonly flag: string };
}

export const warningView = (w: ClinicalHourWarning): HourWarningView => ({
  kind: w.kind,
  period: w.period,
  value: w.value,
  planned: w.planned,
  message: describeClinicalHourWarning(w),
  limit: { value: w.limit.value, sourceUrl: w.limit.sourceUrl, effective: w.limit.effective, confidence: w.limit.confidence, flag: w.limit.flag },
});

/**
 * The exceptions of a record now: those found when punching, and a missing clock-out when a record is
 * still open after the local day it began on.
 */
export function exceptionsNow(r: TimeRecordRow, now: Date, timeZone: string): TimeExceptionKind[] {
  const out = [...r.exceptions];
  if (r.clockOutAt === null && !out.includes('missing-clock-out') && localTime(Date.parse(r.clockInAt), timeZone).date < localTime(now.getTime(), timeZone).date) out.push('missing-clock-out');
  return out;
}

export async function recordView(deps: Deps, r: TimeRecordRow, siteNames: ReadonlyMap<string, string>, timeZone: string): Promise<TimeRecordView> {
  const decider = r.decision?.byUserId ? await deps.store.users.findById(r.decision.byUserId) : undefined;
  return {
    id: r.id,
    site: { id: r.siteId, name: siteNames.get(r.siteId) ?? (await deps.store.clinical.findSite(r.siteId))?.name ?? 'Unknown site' },
    clockInAt: r.clockInAt,
    clockOutAt: r.clockOutAt,
    hours: r.clockOutAt === null ? null : Math.round(((Date.parse(r.clockOutAt) - Date.parse(r.clockInAt)) / 3_600_000) * 100) / 100,
    locationGiven: r.clockInLocation !== null || r.clockOutLocation !== null,
    exceptions: exceptionsNow(r, deps.clock.now(), timeZone).map((kind) => ({ kind, words: TIME_EXCEPTION_WORDS[kind] })),
    decision: r.decision === null ? null : { decision: r.decision.decision, byName: decider?.name ?? 'A former instructor', at: r.decision.at },
  };
}

/**
 * The hours of a student's records and planned shifts. Rejected records do not count; an open record
 * counts up to now on the day it began (a forgotten clock-out is not counted until it is entered).
 */
export function spansOf(records: readonly TimeRecordRow[], shifts: readonly PlannedShiftRow[], settings: TimeSettingsRow, now: Date): ClinicalSpan[] {
  const nowIso = now.toISOString();
  const today = localTime(now.getTime(), settings.timeZone).date;
  const spans: ClinicalSpan[] = [];
  for (const r of records) {
    if (r.decision?.decision === 'rejected') continue;
    if (r.clockOutAt !== null) spans.push({ start: r.clockInAt, end: r.clockOutAt, planned: false });
    else if (localTime(Date.parse(r.clockInAt), settings.timeZone).date === today && r.clockInAt < nowIso) spans.push({ start: r.clockInAt, end: nowIso, planned: false });
  }
  // A planned shift counts until it has begun; from then on the punches count.
  for (const s of shifts) if (s.startsAt > nowIso) spans.push({ start: s.startsAt, end: s.endsAt, planned: true });
  return spans;
}

/** The hours and warnings of a student's records and planned shifts (see {@link spansOf}). */
export const hoursOf = (records: readonly TimeRecordRow[], shifts: readonly PlannedShiftRow[], settings: TimeSettingsRow, now: Date): ClinicalHoursSummary =>
  clinicalHoursSummary(spansOf(records, shifts, settings, now), hourSettings(settings));
