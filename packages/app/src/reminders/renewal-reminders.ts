import { toEpochDay, type CalendarDate } from '@modality/domain';
import { findCredential } from '@modality/knowledge';
import { evaluate, type DeadlineKind } from '@modality/rules';
import type { Principal } from '../auth/principal.js';
import type { MailDeps } from '../deps.js';
import { enqueueMail, type MailDraft } from '../mail/deliver-mail.js';
import { todayUtc } from '../verdicts/as-of.js';

/** The reminders a person may choose, in days before a deadline; all three unless they choose otherwise. */
export const REMINDER_DAYS = [90, 30, 7] as const;
export type ReminderDay = (typeof REMINDER_DAYS)[number];

const DEADLINE_WORDS: Readonly<Record<DeadlineKind, string>> = {
  renewal: 'renewal is due',
  'probation-end': 'CE probation ends',
  cqr: 'Continuing Qualifications Requirements (CQR) are due',
  'reinstatement-online': 'last day to reinstate online is',
  'cqr-reinstatement': 'last day to finish CQR and reinstate online is',
};

/** How many people the job reads at a time. */
const PAGE = 200;

/**
 * The reminder a deadline `daysLeft` away is in: the smallest chosen day that is at least `daysLeft`
 * (undefined once the deadline has passed, or before the earliest chosen reminder). A job that did not run
 * for a while sends the one reminder now due, not every one it missed.
 */
export function reminderWindow(daysLeft: number, chosen: readonly number[]): number | undefined {
  if (daysLeft < 0) return undefined;
  return [...chosen].sort((a, b) => a - b).find((d) => d >= daysLeft);
}

function reminderMail(to: string, name: string, credentialName: string, kind: DeadlineKind, due: CalendarDate, daysLeft: number, link: string): MailDraft {
  const when = daysLeft === 0 ? 'today' : daysLeft === 1 ? 'tomorrow' : `in ${String(daysLeft)} days`;
  return {
    kind: 'renewal-reminder',
    to,
    subject: `${credentialName}: ${DEADLINE_WORDS[kind]} ${when} (${due})`,
    text: [
      `Hello ${name},`,
      '',
      `Your ${credentialName} ${DEADLINE_WORDS[kind]} ${due} — ${when}.`,
      '',
      `What is left to do, with the rule and its source, is on your credentials page: ${link}`,
      '',
      `You chose to be reminded before each deadline. To change which reminders you get, go to your account page: ${link.replace(/\/credentials$/, '/account')}`,
    ].join('\n'),
  };
}

/**
 * The scheduled job: for every person with an account and a record, each coming deadline gets the reminder
 * of the window it is in (90, 30 or 7 days before, as the person chose), written to the outbox. Idempotent:
 * each (person, credential, deadline, window) is enqueued at most once however often the job runs, on
 * however many nodes. The clock is injected, so "today" is the clock's UTC date.
 *
 * @example
 * await enqueueRenewalReminders(deps) // { people: 14, enqueued: 3 }
 */
export async function enqueueRenewalReminders(deps: MailDeps): Promise<{ readonly people: number; readonly enqueued: number }> {
  const today = todayUtc(deps);
  const todayDay = toEpochDay(today);
  let people = 0;
  let enqueued = 0;
  let after: string | undefined;
  for (;;) {
    const page = await deps.store.reminderSettings.listRecipients(after === undefined ? { limit: PAGE } : { after, limit: PAGE });
    for (const who of page) {
      people++;
      const days = who.days ?? REMINDER_DAYS;
      if (days.length === 0) continue;
      const record = await deps.store.people.getRecord(who.personId);
      if (record === undefined) continue;
      for (const c of evaluate(record, today).compliance) {
        for (const d of c.deadlines) {
          const daysLeft = toEpochDay(d.due) - todayDay;
          const window = reminderWindow(daysLeft, days);
          if (window === undefined) continue;
          const name = findCredential(c.credential)?.name ?? c.credential;
          const draft = reminderMail(who.email, who.name, name, d.kind, d.due, daysLeft, `${deps.publicUrl}/credentials`);
          const dedupeKey = `reminder:${who.userId}:${c.credential}:${d.kind}:${d.due}:${String(window)}`;
          if (await deps.store.transaction((tx) => enqueueMail(deps, tx, { ...draft, dedupeKey }))) enqueued++;
        }
      }
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]?.personId;
  }
  return { people, enqueued };
}

/** Which reminders the signed-in person gets (all three until they choose). */
export async function myReminderDays(deps: MailDeps, principal: Principal): Promise<readonly number[]> {
  return (await deps.store.reminderSettings.get(principal.user.id)) ?? REMINDER_DAYS;
}

/** Chooses which reminders to get: any of 90, 30 and 7 days before a deadline, or none. */
export async function setMyReminderDays(deps: MailDeps, principal: Principal, days: readonly ReminderDay[]): Promise<readonly number[]> {
  const chosen = REMINDER_DAYS.filter((d) => days.includes(d));
  await deps.store.reminderSettings.set(principal.user.id, chosen, deps.clock.now().toISOString());
  return chosen;
}
