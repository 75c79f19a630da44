import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

/**
 * Stored candidate facts (issue 11): each candidate's facts as the rules engine works them out from the
 * record on a day (credentials held with their standing, credentials under way, years per modality,
 * country), so that a node builds its ranking index by reading them instead of running the rules engine
 * over every record. A row is used only while it is exact: `stamp` names the record it was worked out
 * from (the record's hash and last change, and the version of the facts' computation) and `as_of` the day;
 * a row whose stamp or day differs from the record's and today's is worked out again (and written back).
 */
export function candidateFactsMigration(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('candidate_facts')
        .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
        .addColumn('stamp', 'text', (c) => c.notNull())
        .addColumn('as_of', 'text', (c) => c.notNull())
        .addColumn('facts_json', 'text', (c) => c.notNull())
        .execute();
      // The daily refresh finds the rows of past days by this index.
      await db.schema.createIndex('candidate_facts_as_of').on('candidate_facts').columns(['as_of']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('candidate_facts').execute();
    },
  };
}
