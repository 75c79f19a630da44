import { ALERT_FREQUENCIES, type AlertFrequency } from '@modality/domain';
import type { AlertSubscription, SavedSearchQuery, SavedSearchRepository, SavedSearchRow } from '@modality/app';
import type { Executor } from './executor.js';

/** A stored frequency this code does not know (written by a newer version) reads as the hourly alerts every search had first. */
const frequencyOf = (v: string): AlertFrequency => ALERT_FREQUENCIES.find((f) => f === v) ?? 'hourly';

const rowOf = (r: { id: string; user_id: string; query_json: string; created_at: string; alerted_through: string; alert_frequency: string }): SavedSearchRow => ({
  id: r.id,
  userId: r.user_id,
  query: JSON.parse(r.query_json) as SavedSearchQuery,
  createdAt: r.created_at,
  alertedThrough: r.alerted_through,
  alertFrequency: frequencyOf(r.alert_frequency),
});

/** Saved job searches and their alert cursors (migration 019-saved-searches). */
export class KyselySavedSearchRepository implements SavedSearchRepository {
  private readonly db: Executor;
  constructor(db: Executor) {
    this.db = db;
  }

  async insert(row: SavedSearchRow): Promise<void> {
    await this.db
      .insertInto('saved_searches')
      .values({ id: row.id, user_id: row.userId, query_json: JSON.stringify(row.query), created_at: row.createdAt, alerted_through: row.alertedThrough, alert_frequency: row.alertFrequency })
      .execute();
  }

  async listForUser(userId: string): Promise<SavedSearchRow[]> {
    const rows = await this.db.selectFrom('saved_searches').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
    return rows.map(rowOf);
  }

  async countForUser(userId: string): Promise<number> {
    const r = await this.db.selectFrom('saved_searches').select((eb) => eb.fn.countAll<number | string>().as('n')).where('user_id', '=', userId).executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  async replace(userId: string, id: string, query: SavedSearchQuery, alertFrequency: AlertFrequency, alertedThrough: string | null): Promise<boolean> {
    const r = await this.db
      .updateTable('saved_searches')
      .set({ query_json: JSON.stringify(query), alert_frequency: alertFrequency, ...(alertedThrough === null ? {} : { alerted_through: alertedThrough }) })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('saved_searches').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async listSubscriptions(page: { readonly after?: string; readonly limit: number }): Promise<AlertSubscription[]> {
    let q = this.db
      .selectFrom('saved_searches as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .leftJoin('people as p', 'p.owner_user_id', 'u.id')
      .select(['s.id', 's.user_id', 's.query_json', 's.created_at', 's.alerted_through', 's.alert_frequency', 'u.email', 'u.name', 'p.country'])
      .orderBy('s.id')
      .limit(page.limit);
    if (page.after !== undefined) q = q.where('s.id', '>', page.after);
    const rows = await q.execute();
    return rows.map((r) => ({ ...rowOf(r), email: r.email, name: r.name, residence: r.country ?? null }));
  }

  async advance(id: string, from: string, to: string): Promise<boolean> {
    const r = await this.db.updateTable('saved_searches').set({ alerted_through: to }).where('id', '=', id).where('alerted_through', '=', from).executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }
}
