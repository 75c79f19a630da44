import type { CohortRepository, LeavingOutcome, SchoolLeaverRow } from '@modality/app';
import type { Kysely, Transaction } from 'kysely';
import type { Executor } from './executor.js';

/** The table of migration 018-program-cohorts, and the memberships it ends. */
export type CohortTables = {
  school_leavers: { school_organisation_id: string; user_id: string; left_on: string; outcome: string; employed_on: string | null; not_seeking: number; created_at: string };
  memberships: { user_id: string; organisation_id: string; role: string; created_at: string };
};
type Db = Kysely<CohortTables> | Transaction<CohortTables>;

/** A school's former students (the school's own notes; the people's records are elsewhere and untouched). */
export class KyselyCohortRepository implements CohortRepository {
  private readonly db: Db;
  constructor(db: Executor) {
    this.db = db.withTables<CohortTables>() as unknown as Db;
  }

  async recordLeaving(row: SchoolLeaverRow & { readonly createdAt: string }): Promise<boolean> {
    const removed = await this.db
      .deleteFrom('memberships')
      .where('user_id', '=', row.userId)
      .where('organisation_id', '=', row.schoolOrganisationId)
      .where('role', '=', 'student')
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) !== 1) return false;
    await this.db
      .insertInto('school_leavers')
      .values({
        school_organisation_id: row.schoolOrganisationId,
        user_id: row.userId,
        left_on: row.leftOn,
        outcome: row.outcome,
        employed_on: row.employedOn,
        not_seeking: row.notSeeking ? 1 : 0,
        created_at: row.createdAt,
      })
      .onConflict((oc) => oc.columns(['school_organisation_id', 'user_id']).doUpdateSet({ left_on: row.leftOn, outcome: row.outcome, employed_on: row.employedOn, not_seeking: row.notSeeking ? 1 : 0 }))
      .execute();
    return true;
  }

  async listLeavers(schoolOrganisationId: string): Promise<SchoolLeaverRow[]> {
    const rows = await this.db.selectFrom('school_leavers').selectAll().where('school_organisation_id', '=', schoolOrganisationId).orderBy('left_on').orderBy('user_id').execute();
    return rows.map((r) => ({
      schoolOrganisationId: r.school_organisation_id,
      userId: r.user_id,
      leftOn: r.left_on,
      // Only the use case writes this column, from the closed list.
      outcome: r.outcome as LeavingOutcome,
      employedOn: r.employed_on,
      notSeeking: r.not_seeking === 1,
    }));
  }

  async deleteLeaver(schoolOrganisationId: string, userId: string): Promise<void> {
    await this.db.deleteFrom('school_leavers').where('school_organisation_id', '=', schoolOrganisationId).where('user_id', '=', userId).execute();
  }
}
