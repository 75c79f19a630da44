import type { CalendarFeedRepository, CalendarFeedRow } from '@modality/app';
import type { Kysely, Transaction } from 'kysely';
import type { Executor } from './executor.js';

/** The `calendar_feeds` table (migration 008-credentials-proof). */
export type CalendarFeedsTable = {
  calendar_feeds: { token_hash: string; person_id: string; created_at: string; revoked_at: string | null };
};
type Db = Kysely<CalendarFeedsTable> | Transaction<CalendarFeedsTable>;
type Stored = CalendarFeedsTable['calendar_feeds'];

const toRow = (r: Stored): CalendarFeedRow => ({ tokenHash: r.token_hash, personId: r.person_id, createdAt: r.created_at, revokedAt: r.revoked_at });

/** Secret calendar addresses, keyed by the digest of their token (the token itself is never stored). */
export class KyselyCalendarFeedRepository implements CalendarFeedRepository {
  private readonly db: Db;
  constructor(db: Executor) {
    this.db = db.withTables<CalendarFeedsTable>() as unknown as Db;
  }

  async insert(f: CalendarFeedRow): Promise<void> {
    await this.db.insertInto('calendar_feeds').values({ token_hash: f.tokenHash, person_id: f.personId, created_at: f.createdAt, revoked_at: f.revokedAt }).execute();
  }

  async findActive(tokenHash: string): Promise<CalendarFeedRow | undefined> {
    const r = await this.db.selectFrom('calendar_feeds').selectAll().where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).executeTakeFirst();
    return r && toRow(r);
  }

  async findActiveForPerson(personId: string): Promise<CalendarFeedRow | undefined> {
    const r = await this.db.selectFrom('calendar_feeds').selectAll().where('person_id', '=', personId).where('revoked_at', 'is', null).orderBy('created_at', 'desc').executeTakeFirst();
    return r && toRow(r);
  }

  async revokeForPerson(personId: string, at: string): Promise<number> {
    const r = await this.db.updateTable('calendar_feeds').set({ revoked_at: at }).where('person_id', '=', personId).where('revoked_at', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows);
  }
}
