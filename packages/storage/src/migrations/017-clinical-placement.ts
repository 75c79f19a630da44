import { sql, type Kysely, type Migration } from 'kysely';

const sqlNonNegative = () => sql`capacity >= 0`;

/**
 * Clinical sites and placement (issue 12, part 5): a site's address, modalities and preceptors; a school's
 * terms and each site's capacity in a term; the students' rankings of sites for a term; placement runs (the
 * result with its explanations, published or not); and the published rotations. `clinical_rotations` is
 * created "if not exists" with exactly the schema the time-records migration uses, so either may come first.
 * Tables only: the same statements on SQLite and PostgreSQL.
 */
export function clinicalPlacementMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('clinical_site_details')
        .addColumn('site_id', 'text', (c) => c.primaryKey().references('clinical_sites.id').onDelete('cascade'))
        .addColumn('address', 'text')
        .addColumn('city', 'text')
        /** JSON array of modality names, e.g. ["Radiography","CT"]. */
        .addColumn('modalities', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('clinical_site_preceptors')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('site_id', 'text', (c) => c.notNull().references('clinical_sites.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('credentials', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('clinical_site_preceptors_site').on('clinical_site_preceptors').column('site_id').execute();
      await db.schema
        .createTable('clinical_terms')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('school_organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('starts_on', 'text', (c) => c.notNull())
        .addColumn('ends_on', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('clinical_terms_school').on('clinical_terms').columns(['school_organisation_id', 'starts_on']).execute();
      await db.schema
        .createTable('clinical_site_capacities')
        .addColumn('term_id', 'text', (c) => c.notNull().references('clinical_terms.id').onDelete('cascade'))
        .addColumn('site_id', 'text', (c) => c.notNull().references('clinical_sites.id').onDelete('cascade'))
        .addColumn('capacity', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('clinical_site_capacities_pk', ['term_id', 'site_id'])
        .addCheckConstraint('clinical_site_capacities_non_negative', sqlNonNegative())
        .execute();
      await db.schema
        .createTable('clinical_site_rankings')
        .addColumn('term_id', 'text', (c) => c.notNull().references('clinical_terms.id').onDelete('cascade'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('site_id', 'text', (c) => c.notNull().references('clinical_sites.id').onDelete('cascade'))
        .addColumn('rank', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('clinical_site_rankings_pk', ['term_id', 'person_id', 'rank'])
        .addUniqueConstraint('clinical_site_rankings_once', ['term_id', 'person_id', 'site_id'])
        .execute();
      await db.schema
        .createTable('clinical_placement_runs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('term_id', 'text', (c) => c.notNull().references('clinical_terms.id').onDelete('cascade'))
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        /** JSON: the assignments with their explanations and the quality report. */
        .addColumn('result', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text')
        .execute();
      await db.schema.createIndex('clinical_placement_runs_term').on('clinical_placement_runs').columns(['term_id', 'created_at']).execute();
      // Keep identical to the time-records migration's definition (both create it "if not exists").
      await db.schema
        .createTable('clinical_rotations')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('school_organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('site_id', 'text', (c) => c.notNull().references('clinical_sites.id').onDelete('cascade'))
        .addColumn('starts_on', 'text', (c) => c.notNull())
        .addColumn('ends_on', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('clinical_rotations_person').ifNotExists().on('clinical_rotations').columns(['person_id', 'starts_on']).execute();
    },
  };
}
