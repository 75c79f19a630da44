import type { AccountTokenPurpose, AccountTokenRepository, AccountTokenRow } from '@modality/app';
import type { Executor } from './executor.js';

/** Single-use account tokens (password reset, e-mail verification), by digest (migration 009-accounts-outbox). */
export class KyselyAccountTokenRepository implements AccountTokenRepository {
  private readonly db: Executor;
  constructor(db: Executor) {
    this.db = db;
  }

  async insert(t: AccountTokenRow): Promise<void> {
    await this.db.insertInto('account_tokens').values({ token_hash: t.tokenHash, user_id: t.userId, purpose: t.purpose, created_at: t.createdAt, expires_at: t.expiresAt, used_at: null }).execute();
  }

  async consume(tokenHash: string, purpose: AccountTokenPurpose, now: string): Promise<{ readonly userId: string } | undefined> {
    const r = await this.db
      .updateTable('account_tokens')
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning('user_id')
      .executeTakeFirst();
    return r && { userId: r.user_id };
  }

  async useAllFor(userId: string, purpose: AccountTokenPurpose, now: string): Promise<void> {
    await this.db.updateTable('account_tokens').set({ used_at: now }).where('user_id', '=', userId).where('purpose', '=', purpose).where('used_at', 'is', null).execute();
  }
}
