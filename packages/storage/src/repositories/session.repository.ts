import type { MembershipRow, SessionRepository, SessionRow, SessionSummary, UserRow } from '@modality/app';
import type { MembershipRole, OrganisationKind } from '@modality/domain';
import type { Executor } from './executor.js';
import { toUserRow } from './user.repository.js';
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
        // owner_user_id is unique: at most one person record per user.
        .leftJoin('people as p', 'p.owner_user_id', 's.user_id')
        // The user's memberships in the same read (a row per membership, one with nulls for none), in the
        // order `memberships.listForUser` gives them: one round trip per request, not two, and read fresh
        // on every request (never remembered across requests: a role taken away counts at once).
        .leftJoin('memberships as m', 'm.user_id', 's.user_id')
        .leftJoin('organisations as o', 'o.id', 'm.organisation_id')
        .select([
          's.token_hash',
          's.user_id',
          's.csrf_token',
          's.expires_at',
          's.last_seen_at',
          'u.email',
          'u.name',
          'u.password_hash',
          'u.is_admin',
          'u.created_at',
          'u.email_verified_at',
          'p.id as person_id',
          'm.organisation_id',
          'm.role',
          'o.name as organisation_name',
          'o.kind as organisation_kind',
        ])
        .where('s.token_hash', '=', tokenHash)
        .orderBy('o.name')
        .orderBy('m.role'),
    );
  }

  async insert(s: SessionRow & { createdAt: string; userAgent?: string | null }): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        token_hash: s.tokenHash,
        user_id: s.userId,
        csrf_token: s.csrfToken,
        created_at: s.createdAt,
        expires_at: s.expiresAt,
        last_seen_at: s.createdAt,
        user_agent: s.userAgent ?? null,
      })
      .execute();
  }

  async findByTokenHash(tokenHash: string): Promise<SessionRow | undefined> {
    const r = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return (
      r && { tokenHash: r.token_hash, userId: r.user_id, csrfToken: r.csrf_token, expiresAt: r.expires_at }
    );
  }

  async findWithUser(
    tokenHash: string,
  ): Promise<{ session: SessionRow; user: UserRow; personId: string | null; memberships: MembershipRow[] } | undefined> {
    const rows = await this.withUser(tokenHash);
    const [r] = rows;
    if (!r) return undefined;
    // A membership whose organisation is gone is not one (as the inner join of listForUser has it).
    const memberships = rows.flatMap((m) =>
      m.organisation_id === null || m.role === null || m.organisation_name === null || m.organisation_kind === null
        ? []
        : [{ userId: r.user_id, organisationId: m.organisation_id, organisationName: m.organisation_name, organisationKind: m.organisation_kind as OrganisationKind, role: m.role as MembershipRole }],
    );
    return {
      session: {
        tokenHash: r.token_hash,
        userId: r.user_id,
        csrfToken: r.csrf_token,
        expiresAt: r.expires_at,
        lastSeenAt: r.last_seen_at,
      },
      user: toUserRow({ id: r.user_id, ...r }),
      personId: r.person_id,
      memberships,
    };
  }

  async delete(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  async deleteExpired(now: string): Promise<number> {
    const r = await this.db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  async deleteForUser(userId: string, except?: string): Promise<number> {
    let q = this.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (except !== undefined) q = q.where('token_hash', '!=', except);
    const r = await q.executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  async listForUser(userId: string, now: string): Promise<SessionSummary[]> {
    const rows = await this.db
      .selectFrom('sessions')
      .select(['token_hash', 'created_at', 'last_seen_at', 'user_agent', 'expires_at'])
      .where('user_id', '=', userId)
      .where('expires_at', '>', now)
      .orderBy('last_seen_at', 'desc')
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((r) => ({
      tokenHash: r.token_hash,
      createdAt: r.created_at,
      lastSeenAt: r.last_seen_at,
      userAgent: r.user_agent,
      expiresAt: r.expires_at,
    }));
  }

  async touch(tokenHash: string, at: string, userAgent: string | null): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set(userAgent === null ? { last_seen_at: at } : { last_seen_at: at, user_agent: userAgent })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
}
