import type { MailOutbox, MailStatus, NewMail, OutboxMail } from '@modality/app';
import type { Selectable } from 'kysely';
import type { Database } from '../database.js';
import type { Dialect } from '../dialect.js';
import type { Executor } from './executor.js';

type Row = Selectable<Database['mail_outbox']>;

const toMail = (r: Row): OutboxMail => ({
  id: r.id,
  kind: r.kind,
  to: r.to_address,
  subject: r.subject,
  text: r.body_text,
  status: r.status as MailStatus,
  attempts: r.attempts,
  lastError: r.last_error,
  transport: r.transport,
  createdAt: r.created_at,
  sentAt: r.sent_at,
});

/** The `mail_outbox` table (migration 009-accounts-outbox). */
export class KyselyMailOutbox implements MailOutbox {
  private readonly db: Executor;
  private readonly dialect: Dialect;
  constructor(db: Executor, dialect: Dialect) {
    this.db = db;
    this.dialect = dialect;
  }

  async enqueue(mail: NewMail): Promise<boolean> {
    const r = await this.db
      .insertInto('mail_outbox')
      .values({
        id: mail.id,
        kind: mail.kind,
        dedupe_key: mail.dedupeKey ?? null,
        to_address: mail.to,
        subject: mail.subject,
        body_text: mail.text,
        status: 'pending',
        attempts: 0,
        next_attempt_at: mail.createdAt,
        created_at: mail.createdAt,
      })
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async claim(now: string, leaseUntil: string, limit: number): Promise<OutboxMail[]> {
    // One statement: choose the due, unleased mails and lease them. On PostgreSQL the choice locks its rows
    // and skips rows another worker has locked, so two nodes never lease the same mail; SQLite has one writer.
    let due = this.db
      .selectFrom('mail_outbox')
      .select('id')
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
      .orderBy('next_attempt_at')
      .limit(limit);
    if (this.dialect === 'postgres') due = due.forUpdate().skipLocked();
    const rows = await this.db
      .updateTable('mail_outbox')
      .set((eb) => ({ locked_until: leaseUntil, attempts: eb('attempts', '+', 1) }))
      .where('id', 'in', due)
      .returningAll()
      .execute();
    return rows.map(toMail).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async markSent(id: string, at: string, transport: string): Promise<void> {
    await this.db.updateTable('mail_outbox').set({ status: 'sent', sent_at: at, transport, locked_until: null, last_error: null }).where('id', '=', id).execute();
  }

  async markFailed(id: string, error: string, retryAt: string | null): Promise<void> {
    await this.db
      .updateTable('mail_outbox')
      .set(retryAt === null ? { status: 'dead', last_error: error, locked_until: null } : { next_attempt_at: retryAt, last_error: error, locked_until: null })
      .where('id', '=', id)
      .execute();
  }

  async listRecent(limit: number): Promise<OutboxMail[]> {
    const rows = await this.db.selectFrom('mail_outbox').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map(toMail);
  }

  async deleteTo(address: string): Promise<number> {
    const r = await this.db.deleteFrom('mail_outbox').where('to_address', '=', address).executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}
