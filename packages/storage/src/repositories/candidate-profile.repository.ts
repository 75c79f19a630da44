import type { CandidatePreferences, CandidateProfileRepository, CandidateProfileRow, ProfileVisibility } from '@modality/app';
import type { Kysely, Transaction } from 'kysely';
import type { Executor } from './executor.js';

/** The `candidate_profiles` table (migration 013-staffing). */
export type CandidateProfilesTable = {
  people: { id: string; updated_at: string };
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
  constructor(db: Executor) {
    this.db = db.withTables<CandidateProfilesTable>() as unknown as Db;
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

  async changedSince(since: string): Promise<Array<{ readonly personId: string; readonly changedAt: string }>> {
    const rows = await this.db
      .selectFrom('candidate_profiles as c')
      .innerJoin('people as p', 'p.id', 'c.person_id')
      .select(['c.person_id as personId', 'c.updated_at as profileAt', 'p.updated_at as recordAt'])
      .where((eb) => eb.or([eb('c.updated_at', '>=', since), eb('p.updated_at', '>=', since)]))
      .execute();
    return rows.map((r) => ({ personId: r.personId, changedAt: r.profileAt > r.recordAt ? r.profileAt : r.recordAt }));
  }
}
