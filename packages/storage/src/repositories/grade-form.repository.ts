import type { GradeFormRepository, SchoolGradeFormRow } from '@modality/app';
import type { Kysely, Transaction } from 'kysely';
import type { Executor } from './executor.js';

/** The table of migration 029-school-grade-forms. */
export type GradeFormTables = {
  school_grade_forms: {
    id: string;
    school_organisation_id: string;
    version: number;
    name: string;
    criteria: string;
    created_by_user_id: string | null;
    created_at: string;
  };
};
type Db = Kysely<GradeFormTables> | Transaction<GradeFormTables>;
type Row = GradeFormTables['school_grade_forms'];

const rowOf = (r: Row): SchoolGradeFormRow => ({
  id: r.id,
  schoolOrganisationId: r.school_organisation_id,
  version: r.version,
  name: r.name,
  // Only the use case writes this column, from the closed shape of the port.
  criteria: JSON.parse(r.criteria) as SchoolGradeFormRow['criteria'],
  createdByUserId: r.created_by_user_id,
  createdAt: r.created_at,
});

/** The versions of schools' own grade forms; a version is inserted once and never updated. */
export class KyselyGradeFormRepository implements GradeFormRepository {
  private readonly db: Db;
  constructor(db: Executor) {
    this.db = db.withTables<GradeFormTables>() as unknown as Db;
  }

  async latestForSchool(schoolOrganisationId: string): Promise<SchoolGradeFormRow | undefined> {
    const r = await this.db.selectFrom('school_grade_forms').selectAll().where('school_organisation_id', '=', schoolOrganisationId).orderBy('version', 'desc').limit(1).executeTakeFirst();
    return r && rowOf(r);
  }

  async findById(id: string): Promise<SchoolGradeFormRow | undefined> {
    const r = await this.db.selectFrom('school_grade_forms').selectAll().where('id', '=', id).executeTakeFirst();
    return r && rowOf(r);
  }

  async insert(row: SchoolGradeFormRow): Promise<void> {
    await this.db
      .insertInto('school_grade_forms')
      .values({
        id: row.id,
        school_organisation_id: row.schoolOrganisationId,
        version: row.version,
        name: row.name,
        criteria: JSON.stringify(row.criteria),
        created_by_user_id: row.createdByUserId,
        created_at: row.createdAt,
      })
      .execute();
  }
}
