import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

/**
 * Program outcomes (issue 10): the awards (graduates) a program reported for one academic year, and the
 * datasets loaded into the directory with the digest of the file, so loading the same file again is skipped.
 */
export function programOutcomesMigration(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('programs').addColumn('awards', 'integer').execute();
      await db.schema.alterTable('programs').addColumn('awards_year', 'text').execute();
      await db.schema
        .createTable('program_datasets')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('digest', 'text', (c) => c.notNull())
        .addColumn('rows', 'integer', (c) => c.notNull())
        .addColumn('loaded_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('program_datasets').execute();
      await db.schema.alterTable('programs').dropColumn('awards_year').execute();
      await db.schema.alterTable('programs').dropColumn('awards').execute();
    },
  };
}
