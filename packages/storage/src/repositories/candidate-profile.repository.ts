import type { CandidatePreferences, CandidateProfileRepository, CandidateProfileRow, FindableCandidate, ProfileVisibility, StoredCandidateFacts } from '@modality/app';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Dialect } from '../dialect.js';
import { factsBefore, recordStamp, saveFacts, storedFacts, type CandidateFactsTables } from './candidate-facts.queries.js';
import type { Executor } from './executor.js';

/** The `candidate_profiles` table (migration 013-staffing). */
export type CandidateProfilesTable = {
  candidate_profiles: {
    person_id: string;
    handle: string;
    enabled: number;
    visibility: string;
    preferences_json: string;
    created_at: string;
    updated_at: string;
  };
};
type Db = Kysely<CandidateProfilesTable> | Transaction<CandidateProfilesTable>;
type Stored = CandidateProfilesTable['candidate_profiles'];

const toRow = (r: Stored): CandidateProfileRow => ({
  personId: r.person_id,
  handle: r.handle,
  enabled: r.enabled === 1,
  visibility: r.visibility as ProfileVisibility,
  preferences: JSON.parse(r.preferences_json) as CandidatePreferences,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Candidates' opt-in profiles, by person and by handle. */
export class KyselyCandidateProfileRepository implements CandidateProfileRepository {
  private readonly db: Db;
  private readonly dialect: Dialect;
  private readonly facts: Kysely<CandidateFactsTables> | Transaction<CandidateFactsTables>;
  private readonly both: Kysely<CandidateProfilesTable & CandidateFactsTables> | Transaction<CandidateProfilesTable & CandidateFactsTables>;
  constructor(db: Executor, dialect: Dialect) {
    this.db = db.withTables<CandidateProfilesTable>() as unknown as Db;
    this.both = db.withTables<CandidateProfilesTable & CandidateFactsTables>() as unknown as Kysely<CandidateProfilesTable & CandidateFactsTables> | Transaction<CandidateProfilesTable & CandidateFactsTables>;
    this.facts = db.withTables<CandidateFactsTables>() as unknown as Kysely<CandidateFactsTables> | Transaction<CandidateFactsTables>;
    this.dialect = dialect;
  }

  async findByPerson(personId: string): Promise<CandidateProfileRow | undefined> {
    const r = await this.db.selectFrom('candidate_profiles').selectAll().where('person_id', '=', personId).executeTakeFirst();
    return r === undefined ? undefined : toRow(r);
  }

  async findByHandle(handle: string): Promise<CandidateProfileRow | undefined> {
    const r = await this.db.selectFrom('candidate_profiles').selectAll().where('handle', '=', handle).executeTakeFirst();
    return r === undefined ? undefined : toRow(r);
  }

  async save(row: CandidateProfileRow): Promise<void> {
    const values: Stored = {
      person_id: row.personId,
      handle: row.handle,
      enabled: row.enabled ? 1 : 0,
      visibility: row.visibility,
      preferences_json: JSON.stringify(row.preferences),
      created_at: row.createdAt,
      updated_at: row.updatedAt,
    };
    const { person_id: _id, created_at: _created, ...changes } = values;
    await this.db
      .insertInto('candidate_profiles')
      .values(values)
      .onConflict((oc) => oc.column('person_id').doUpdateSet(changes))
      .execute();
  }

  async listFindable(page: { readonly after?: string; readonly limit: number }): Promise<CandidateProfileRow[]> {
    let q = this.db.selectFrom('candidate_profiles').selectAll().where('enabled', '=', 1).where('visibility', '!=', 'hidden');
    if (page.after !== undefined) q = q.where('person_id', '>', page.after);
    return (await q.orderBy('person_id').limit(page.limit).execute()).map(toRow);
  }

  async listFindableWithFacts(page: { readonly after?: string; readonly limit: number }): Promise<FindableCandidate[]> {
    const after = page.after;
    // The page's lower bound is said on every table joined, not only on the profiles: a merge join then
    // starts each table's index at the page, instead of reading it from the start on every page.
    let q = this.both
      .selectFrom('candidate_profiles as c')
      .leftJoin('people as p', (j) => (after === undefined ? j.onRef('p.id', '=', 'c.person_id') : j.onRef('p.id', '=', 'c.person_id').on('p.id', '>', after)))
      .leftJoin('candidate_facts as f', (j) => (after === undefined ? j.onRef('f.person_id', '=', 'c.person_id') : j.onRef('f.person_id', '=', 'c.person_id').on('f.person_id', '>', after)))
      .select(['c.person_id', 'c.handle', 'c.enabled', 'c.visibility', 'c.preferences_json', 'c.created_at', 'c.updated_at', 'p.id as person_row', 'p.record_hash', 'p.updated_at as record_updated_at', 'f.stamp', 'f.as_of', 'f.facts_json'])
      .where('c.enabled', '=', 1)
      .where('c.visibility', '!=', 'hidden');
    if (after !== undefined) q = q.where('c.person_id', '>', after);
    const rows = await q.orderBy('c.person_id').limit(page.limit).execute();
    return rows.map((r) => ({
      profile: toRow(r),
      recordStamp: r.person_row === null ? undefined : recordStamp(r.record_hash ?? '', r.record_updated_at ?? ''),
      stored: r.stamp === null || r.as_of === null || r.facts_json === null ? undefined : { personId: r.person_id, stamp: r.stamp, asOf: r.as_of, factsJson: r.facts_json },
    }));
  }

  async feedCursor(): Promise<string> {
    if (this.dialect === 'postgres') {
      const { rows } = await sql<{ xmin: string }>`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`.execute(this.db);
      return rows[0]?.xmin ?? '0';
    }
    const { rows } = await sql<{ seq: number | null }>`SELECT MAX(seq) AS seq FROM candidate_changes`.execute(this.db);
    return String(rows[0]?.seq ?? 0);
  }

  async changesAfter(cursor: string): Promise<{ readonly personIds: string[]; readonly cursor: string }> {
    if (!/^\d+$/.test(cursor)) throw new Error(`not a change-feed cursor: ${JSON.stringify(cursor)}`);
    if (this.dialect === 'postgres') {
      // One statement, one snapshot: the rows of every transaction at or above the old xmin that this snapshot
      // sees, and the snapshot's own xmin (see migration 020-change-feed for why nothing is lost).
      const { rows } = await sql<{ person_id: string | null; xmin: string }>`
        WITH s AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin)
        SELECT c.person_id, s.xmin::text AS xmin FROM s LEFT JOIN candidate_changes c ON c.txid >= ${cursor}::bigint`.execute(this.db);
      const next = rows[0]?.xmin ?? cursor;
      return { personIds: rows.flatMap((r) => (r.person_id === null ? [] : [r.person_id])), cursor: next };
    }
    const { rows } = await sql<{ seq: number; person_id: string }>`SELECT seq, person_id FROM candidate_changes WHERE seq > ${Number(cursor)} ORDER BY seq`.execute(this.db);
    return { personIds: rows.map((r) => r.person_id), cursor: String(rows.at(-1)?.seq ?? cursor) };
  }

  async announceChanges(personIds: readonly string[]): Promise<void> {
    if (personIds.length === 0) return;
    // The same rows the feed's triggers write (migration 020-change-feed), so readers cannot tell them apart.
    if (this.dialect === 'postgres') {
      await sql`INSERT INTO candidate_changes (person_id, txid) SELECT unnest(${[...personIds]}::text[]), pg_current_xact_id()::text::bigint
        ON CONFLICT (person_id) DO UPDATE SET txid = EXCLUDED.txid`.execute(this.db);
      await sql`SELECT pg_notify('candidate_changes', '')`.execute(this.db);
      return;
    }
    // A person's row deleted and inserted again gets a number above every earlier one, as the triggers do it.
    for (let i = 0; i < personIds.length; i += 500) {
      const ids = personIds.slice(i, i + 500);
      await sql`DELETE FROM candidate_changes WHERE person_id IN (${sql.join(ids)})`.execute(this.db);
      await sql`INSERT INTO candidate_changes (person_id) VALUES ${sql.join(ids.map((id) => sql`(${id})`))}`.execute(this.db);
    }
  }

  storedFacts(personIds: readonly string[]): ReturnType<CandidateProfileRepository['storedFacts']> {
    return storedFacts(this.facts, personIds);
  }

  saveFacts(rows: readonly StoredCandidateFacts[]): Promise<void> {
    return saveFacts(this.facts, rows);
  }

  factsBefore(asOf: string, page: { readonly after?: string; readonly limit: number }): Promise<string[]> {
    return factsBefore(this.facts, asOf, page);
  }
}
