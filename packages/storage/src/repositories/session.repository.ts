import type { SessionRepository, SessionRow, UserRow } from '@modality/app';
import type { Executor } from './executor.js';
import { reusableQuery } from './reusable-query.js';

/** Sessions, keyed by the digest of their token (the token itself is never stored). */
export class KyselySessionRepository implements SessionRepository {
  private readonly db: Executor;
  /** Every authenticated request runs this one: compiled once (see reusableQuery). */
  private readonly withUser;
  constructor(db: Executor) {
    this.db = db;
    this.withUser = reusableQuery(db, (tokenHash) =>
      db
        .selectFrom('sessions as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .select(['s.token_hash', 's.user_id', 's.csrf_token', 's.expires_at', 'u.email', 'u.name', 'u.password_hash', 'u.is_admin', 'u.created_at'])
        .where('s.token_hash', '=', tokenHash),
    );
  }

  async insert(s: SessionRow & { createdAt: string }): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({ token_hash: s.tokenHash, user_id: s.userId, csrf_token: s.csrfToken, created_at: s.createdAt, expires_at: s.expiresAt })
      .execute();
  }

  async findByTokenHash(tokenHash: string): Promise<SessionRow | undefined> {
    const r = await this.db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return r && { tokenHash: r.token_hash, userId: r.user_id, csrfToken: r.csrf_token, expiresAt: r.expires_at };
  }

  async findWithUser(tokenHash: string): Promise<{ session: SessionRow; user: UserRow } | undefined> {
    const [r] = await this.withUser(tokenHash);
    if (!r) return undefined;
    return {
      session: { tokenHash: r.token_hash, userId: r.user_id, csrfToken: r.csrf_token, expiresAt: r.expires_at },
      user: { id: r.user_id, email: r.email, name: r.name, passwordHash: r.password_hash, isAdmin: r.is_admin === 1, createdAt: r.created_at },
    };
  }

  async delete(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  async deleteExpired(now: string): Promise<number> {
    const r = await this.db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}
