import type { MailDraft } from '../mail/deliver-mail.js';
import type { Store, TimeDecision, TimeExceptionKind } from '../ports/index.js';
import type { HourWarningView } from './time-record-view.js';
import { TIME_EXCEPTION_WORDS } from './time-record-view.js';

/** Someone a mail goes to: their address and their name. */
export interface MailRecipient {
  readonly email: string;
  readonly name: string;
}

/** The account (address and name) that owns a person's record, if any. */
export async function accountOfPerson(store: Store, personId: string): Promise<MailRecipient | undefined> {
  const person = await store.people.findById(personId);
  const user = person?.ownerUserId == null ? undefined : await store.users.findById(person.ownerUserId);
  return user === undefined ? undefined : { email: user.email, name: person?.name !== undefined && person.name !== '' ? person.name : user.name };
}

/** The program directors of a school, to be told of hour warnings. */
export async function programDirectorsOf(store: Store, schoolId: string): Promise<MailRecipient[]> {
  return (await store.memberships.listForOrganisation(schoolId)).filter((m) => m.role === 'program_director').map((m) => ({ email: m.email, name: m.userName }));
}

/** A time as people read it in the school's zone, e.g. "Monday, September 7, 2026 at 7:00 AM". */
export const localWhen = (iso: string, timeZone: string): string =>
  new Intl.DateTimeFormat('en-US', { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso));

/** A planned shift that would break an hour limit: to the student, and (with `student` named) to the program director. */
export function shiftWarningMail(
  to: MailRecipient,
  shift: { readonly id: string; readonly siteName: string; readonly startsAt: string; readonly endsAt: string; readonly timeZone: string },
  studentName: string,
  warnings: readonly HourWarningView[],
): MailDraft {
  const forStudent = to.name === studentName;
  const whose = forStudent ? 'Your planned shift' : `${studentName}’s planned shift`;
  return {
    kind: 'clinical-shift-warning',
    to: to.email,
    dedupeKey: `clinical-shift-warning:${shift.id}:${to.email}`,
    subject: `${whose} at ${shift.siteName} would break an hour limit`,
    text: [
      `Hello ${to.name},`,
      '',
      `${whose} at ${shift.siteName}, from ${localWhen(shift.startsAt, shift.timeZone)} to ${localWhen(shift.endsAt, shift.timeZone)}, would break ${warnings.length === 1 ? 'an hour limit' : 'hour limits'}:`,
      '',
      ...warnings.flatMap((w) => [`  - ${w.message}`, `    How sure: ${w.limit.flag}`, `    Source: ${w.limit.sourceUrl}`]),
      '',
      'This is a warning, not a block: the shift is planned. Change the schedule if it should not go ahead.',
    ].join('\n'),
  };
}

const DECISION_WORDS: Readonly<Record<TimeDecision, string>> = {
  approved: 'approved: its hours count',
  rejected: 'rejected: its hours no longer count',
};

/** An instructor's decision on a time record with an exception, to the student. */
export function timeDecisionMail(
  to: MailRecipient,
  record: { readonly id: string; readonly siteName: string; readonly clockInAt: string; readonly timeZone: string; readonly exceptions: readonly TimeExceptionKind[] },
  decision: TimeDecision,
  deciderName: string,
  reason: string | undefined,
): MailDraft {
  return {
    kind: 'clinical-time-decision',
    to: to.email,
    dedupeKey: `clinical-time-decision:${record.id}`,
    subject: `Your time at ${record.siteName} was ${decision}`,
    text: [
      `Hello ${to.name},`,
      '',
      `${deciderName} ${DECISION_WORDS[decision]} — your time record at ${record.siteName} from ${localWhen(record.clockInAt, record.timeZone)}.`,
      '',
      'It needed a decision because:',
      ...record.exceptions.map((k) => `  - ${TIME_EXCEPTION_WORDS[k]}`),
      '',
      reason === undefined || reason.trim() === '' ? 'No reason was given.' : `The reason given: ${reason.trim()}`,
    ].join('\n'),
  };
}
