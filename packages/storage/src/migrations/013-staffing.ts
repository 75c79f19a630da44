import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

/**
 * Staffing (issue 11): job postings, and candidates' opt-in profiles (off until turned on; the handle is
 * the pseudonym recruiters see), and requests to represent a candidate for one posting (and candidates' own
 * applications): one live submission per candidate and posting. The columns the public search filters on are columns; the
 * requirements and preferences, read whole with the posting, are JSON text. `reference` is the
 * organisation's own key for a posting, so importing the same file again updates instead of duplicating.
 */
export function staffingMigration(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('postings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('reference', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('modality', 'text', (c) => c.notNull())
        .addColumn('employment_type', 'text', (c) => c.notNull())
        .addColumn('requirements_json', 'text', (c) => c.notNull())
        .addColumn('preferences_json', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('city', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('postal_code', 'text')
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('lat', 'double precision', (c) => c.notNull())
        .addColumn('lon', 'double precision', (c) => c.notNull())
        .addColumn('radius_km', 'integer', (c) => c.notNull())
        .addColumn('pay_min', 'double precision', (c) => c.notNull())
        .addColumn('pay_max', 'double precision', (c) => c.notNull())
        .addColumn('pay_unit', 'text', (c) => c.notNull())
        .addColumn('pay_currency', 'text', (c) => c.notNull())
        .addColumn('pay_max_annual', 'double precision', (c) => c.notNull())
        .addColumn('valid_through', 'text', (c) => c.notNull())
        .addColumn('date_posted', 'text')
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('postings_org_reference').on('postings').columns(['organisation_id', 'reference']).unique().execute();
      await db.schema.createIndex('postings_open').on('postings').columns(['status', 'valid_through', 'id']).execute();
      await db.schema.createIndex('postings_place').on('postings').columns(['lat', 'lon']).execute();
      await db.schema
        .createTable('candidate_profiles')
        .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
        .addColumn('handle', 'text', (c) => c.notNull().unique())
        .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('visibility', 'text', (c) => c.notNull())
        .addColumn('preferences_json', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('candidate_profiles_updated').on('candidate_profiles').columns(['updated_at']).execute();
      await db.schema
        .createTable('staffing_requests')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('posting_id', 'text', (c) => c.notNull().references('postings.id').onDelete('cascade'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        // 'active' while pending or accepted, else the row's own id: the unique index below then allows one
        // live submission per candidate and posting, from any organisation, on both dialects.
        .addColumn('active_slot', 'text', (c) => c.notNull())
        .addColumn('requested_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('decided_at', 'text')
        .execute();
      await db.schema.createIndex('staffing_requests_one_live').on('staffing_requests').columns(['posting_id', 'person_id', 'active_slot']).unique().execute();
      await db.schema.createIndex('staffing_requests_person').on('staffing_requests').columns(['person_id', 'created_at']).execute();
      await db.schema.createIndex('staffing_requests_recruiter').on('staffing_requests').columns(['requested_by', 'created_at']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('staffing_requests').execute();
      await db.schema.dropTable('candidate_profiles').execute();
      await db.schema.dropTable('postings').execute();
    },
  };
}
