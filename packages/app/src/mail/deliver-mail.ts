import type { Deps } from '../deps.js';
import type { MailTransport, OutboxMail, Store } from '../ports/index.js';

/** How the outbox is worked off: batch size, how long a claim lasts, back-off between tries, when to give up. */
export interface MailDeliveryPolicy {
  readonly batch: number;
  /** A claimed mail not marked sent or failed by then (the worker died) is taken up again. */
  readonly leaseMs: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** After this many failed attempts the mail is a dead letter: kept, shown, never tried again. */
  readonly maxAttempts: number;
}

/** One minute, then doubling to six hours; eight attempts span about four hours before the mail is dead. */
export const MAIL_DELIVERY: MailDeliveryPolicy = { batch: 20, leaseMs: 5 * 60_000, baseDelayMs: 60_000, maxDelayMs: 6 * 60 * 60_000, maxAttempts: 8 };

/** The wait after the `attempts`-th failed attempt: exponential, capped. */
export function retryDelayMs(attempts: number, policy: MailDeliveryPolicy = MAIL_DELIVERY): number {
  return Math.min(policy.baseDelayMs * 2 ** Math.max(0, attempts - 1), policy.maxDelayMs);
}

export interface DeliveryRun {
  readonly sent: number;
  readonly retrying: number;
  readonly dead: number;
}

/**
 * Delivers the mails that are due: claims a batch (leased, so other workers skip it), hands each to the
 * transport, and records the outcome — sent, retry later with back-off, or dead after `maxAttempts`.
 * A worker that dies between sending and recording leaves the lease to expire, and the mail is sent again
 * with the same Message-ID, so receivers can drop the copy: delivery is at least once, never lost.
 *
 * @example
 * await deliverDueMail(deps, smtpTransport) // { sent: 3, retrying: 0, dead: 0 }
 */
export async function deliverDueMail(deps: Pick<Deps, 'store' | 'clock'>, transport: MailTransport, policy: MailDeliveryPolicy = MAIL_DELIVERY): Promise<DeliveryRun> {
  const now = deps.clock.now();
  const claimed = await deps.store.mailOutbox.claim(now.toISOString(), new Date(now.getTime() + policy.leaseMs).toISOString(), policy.batch);
  let sent = 0;
  let retrying = 0;
  let dead = 0;
  for (const mail of claimed) {
    try {
      await transport.send(mail);
      await deps.store.mailOutbox.markSent(mail.id, deps.clock.now().toISOString(), transport.name);
      sent++;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const giveUp = mail.attempts >= policy.maxAttempts;
      const retryAt = giveUp ? null : new Date(deps.clock.now().getTime() + retryDelayMs(mail.attempts, policy)).toISOString();
      await deps.store.mailOutbox.markFailed(mail.id, reason.slice(0, 500), retryAt);
      if (giveUp) dead++;
      else retrying++;
    }
  }
  return { sent, retrying, dead };
}

/** What a use case puts in the outbox; the id and time are added here. */
export interface MailDraft {
  readonly kind: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly dedupeKey?: string;
}

/** Writes a mail into the outbox of `tx` — the transaction of the change that causes it. False: a duplicate. */
export function enqueueMail(deps: Pick<Deps, 'ids' | 'clock'>, tx: Store, draft: MailDraft): Promise<boolean> {
  return tx.mailOutbox.enqueue({ id: deps.ids.newId('mail'), createdAt: deps.clock.now().toISOString(), ...draft });
}

/**
 * The newest mails (the local mailbox of an install without SMTP, and the outbox's state everywhere): for
 * `modality mail list` and the demo's mail page.
 */
export function listMailbox(deps: Pick<Deps, 'store'>, limit = 50): Promise<OutboxMail[]> {
  return deps.store.mailOutbox.listRecent(limit);
}
