import type { UserRepository, UserRow } from '@modality/app';
import type { Executor } from './executor.js';

type Raw = { id: string; email: string; name: string; password_hash: string; is_admin: number; created_at: string; email_verified_at: string | null };
/** A user row as the app sees it (also used by the session repository's join). */
export const toUserRow = (r: Raw): UserRow => ({
  id: r.id,
  email: r.email,
  name: r.name,
  passwordHash: r.password_hash,
  isAdmin: r.is_admin === 1,
  createdAt: r.created_at,
  emailVerifiedAt: r.email_verified_at,
});

/** Users, by id and by (lower-case) e-mail address. */
export class KyselyUserRepository implements UserRepository {
  private readonly db: Executor;
  constructor(db: Executor) {
    this.db = db;
  }

  async insert(u: UserRow): Promise<void> {
    await this.db
      .insertInto('users')
      .values({ id: u.id, email: u.email, name: u.name, password_hash: u.passwordHash, is_admin: u.isAdmin ? 1 : 0, created_at: u.createdAt, email_verified_at: u.emailVerifiedAt ?? null })
      .execute();
  }

  async findById(id: string): Promise<UserRow | undefined> {
    const r = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toUserRow(r);
  }

  async findByEmail(email: string): Promise<UserRow | undefined> {
    const r = await this.db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
    return r && toUserRow(r);
  }

  async any(): Promise<boolean> {
    const r = await this.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
    return r !== undefined;
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
  }

  async markEmailVerified(id: string, at: string): Promise<void> {
    // The first proof counts; a later link changes nothing.
    await this.db.updateTable('users').set({ email_verified_at: at }).where('id', '=', id).where('email_verified_at', 'is', null).execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('users').where('id', '=', id).execute();
  }
}
