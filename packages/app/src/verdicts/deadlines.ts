import type { CalendarDate, PersonRecord } from '@modality/domain';
import { findCredential } from '@modality/knowledge';
import { deadlinesToIcs, evaluate, type Verdict } from '@modality/rules';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import { asOfOrToday } from './as-of.js';
import { personVerdict } from './person-verdict.js';

/** One dated deadline of a verdict, with the credential's name for people. */
export interface DeadlineRow {
  readonly due: CalendarDate;
  readonly credential: string;
  readonly credentialName: string;
  readonly kind: string;
  /** The compliance status of the credential the deadline belongs to. */
  readonly status: string;
}

export interface DeadlineList {
  readonly asOf: CalendarDate;
  readonly personName: string;
  /** Every deadline, soonest first (then by credential code). */
  readonly rows: readonly DeadlineRow[];
}

/** Where calendar event UIDs live unless the caller names another domain. */
export const DEFAULT_UID_DOMAIN = 'modality.local';

function rowsOf(verdict: Verdict): DeadlineRow[] {
  return verdict.compliance
    .flatMap((c) => c.deadlines.map((d) => ({ due: d.due, credential: c.credential, credentialName: findCredential(c.credential)?.name ?? c.credential, kind: d.kind, status: c.status })))
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.credential < b.credential ? -1 : 1));
}

function icsOf(deps: Pick<Deps, 'clock'>, verdict: Verdict, personName: string, uidDomain: string | undefined): string {
  const dtstamp = deps.clock.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
  return deadlinesToIcs(verdict, { dtstamp, uidDomain: uidDomain ?? DEFAULT_UID_DOMAIN, personName });
}

/**
 * The coming deadlines (renewal, probation end, CQR, reinstatement) of a record given in the request, in
 * date order. `asOf` defaults to today (UTC).
 *
 * @example
 * recordDeadlines(deps, { record, asOf: calendarDate('2026-11-26') }).rows[0] // { due: '2027-05-31', credential: 'arrt:R', credentialName: 'ARRT Radiography', kind: 'renewal', status: 'in-progress' }
 */
export function recordDeadlines(deps: Pick<Deps, 'clock'>, input: { readonly record: PersonRecord; readonly asOf?: CalendarDate | undefined }): DeadlineList {
  const verdict = evaluate(input.record, asOfOrToday(deps, input.asOf));
  return { asOf: verdict.asOf, personName: input.record.person.name, rows: rowsOf(verdict) };
}

/**
 * The deadlines of a record given in the request as an iCalendar (RFC 5545) document: one all-day event per
 * deadline, stamped with the clock's instant.
 */
export function recordDeadlinesCalendar(
  deps: Pick<Deps, 'clock'>,
  input: { readonly record: PersonRecord; readonly asOf?: CalendarDate | undefined; readonly uidDomain?: string | undefined },
): string {
  const verdict = evaluate(input.record, asOfOrToday(deps, input.asOf));
  return icsOf(deps, verdict, input.record.person.name, input.uidDomain);
}

/**
 * A stored person's deadlines as an iCalendar document, under the same access rule as reading the record,
 * with the file name to offer.
 */
export async function personDeadlinesCalendar(
  deps: Deps,
  principal: Principal,
  input: { readonly personId: string; readonly asOf?: CalendarDate | undefined; readonly uidDomain?: string | undefined },
): Promise<{ readonly ics: string; readonly filename: string }> {
  const { record, verdict } = await personVerdict(deps, principal, { personId: input.personId, asOf: input.asOf });
  return { ics: icsOf(deps, verdict, record.person.name, input.uidDomain), filename: `deadlines-${input.personId}.ics` };
}
