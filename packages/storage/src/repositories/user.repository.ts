import type { UserRepository, UserRow } from '@modality/app';
import type { Executor } from './executor.js';

type Raw = { id: string; email: string; name: string; password_hash: string; is_admin: number; created_at: string };
const toRow = (r: Raw): UserRow => ({ id: r.id, email: r.email, name: r.name, passwordHash: r.password_hash, isAdmin: r.is_admin === 1, createdAt: r.created_at });

/** Users, by id and by (lower-case) e-mail address. */
export class KyselyUserRepository implements UserRepository {
  private readonly db: Executor;
  constructor(db: Executor) {
    this.db = db;
  }

  async insert(u: UserRow): Promise<void> {
    await this.db
      .insertInto('users')
      .values({ id: u.id, email: u.email, name: u.name, password_hash: u.passwordHash, is_admin: u.isAdmin ? 1 : 0, created_at: u.createdAt })
      .execute();
  }

  async findById(id: string): Promise<UserRow | undefined> {
    const r = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toRow(r);
  }

  async findByEmail(email: string): Promise<UserRow | undefined> {
    const r = await this.db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
    return r && toRow(r);
  }

  async any(): Promise<boolean> {
    const r = await this.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
    return r !== undefined;
  }
}
