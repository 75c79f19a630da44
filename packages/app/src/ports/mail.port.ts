/** A mail to write into the outbox, in the same transaction as the change that causes it. */
export interface NewMail {
  readonly id: string;
  /** What the mail is for (`password-reset`, `verify-email`, `renewal-reminder`); never shown to anyone. */
  readonly kind: string;
  /** Enqueueing a second mail with the same key writes nothing (jobs that repeat stay harmless). */
  readonly dedupeKey?: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly createdAt: string;
}

/** `pending` until delivered (`sent`), or given up on after too many tries (`dead`). */
export type MailStatus = 'pending' | 'sent' | 'dead';

/** A mail in the outbox, as the worker and the mailbox see it. */
export interface OutboxMail {
  readonly id: string;
  readonly kind: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly status: MailStatus;
  /** Delivery attempts so far, counting the one a claim starts. */
  readonly attempts: number;
  readonly lastError: string | null;
  /** `smtp`, or `mailbox` where the install has no SMTP server (the demo) and keeps mail locally. */
  readonly transport: string | null;
  readonly createdAt: string;
  readonly sentAt: string | null;
}

/** The durable outbox: every mail is a row before it is anything else. */
export interface MailOutbox {
  /** Writes the mail; false (and nothing written) when its `dedupeKey` was enqueued before. */
  enqueue(mail: NewMail): Promise<boolean>;
  /**
   * Takes up to `limit` pending mails that are due and not leased to another worker, leases them until
   * `leaseUntil` and counts an attempt. Workers on several nodes never take the same mail at once.
   */
  claim(now: string, leaseUntil: string, limit: number): Promise<OutboxMail[]>;
  markSent(id: string, at: string, transport: string): Promise<void>;
  /** A failed attempt: try again at `retryAt`, or with `retryAt: null` give up (dead letter). */
  markFailed(id: string, error: string, retryAt: string | null): Promise<void>;
  /** Removes every mail to `address` (an account being deleted takes its mail with it); how many. */
  deleteTo(address: string): Promise<number>;
  /** The newest mails first (the local mailbox, `modality mail list`). */
  listRecent(limit: number): Promise<OutboxMail[]>;
}

/** Hands one mail to the world (SMTP), or to the local mailbox; throws when the attempt failed. */
export interface MailTransport {
  readonly name: string;
  send(mail: OutboxMail): Promise<void>;
}
