import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

/** The program directory: one row per program, keyed by `accreditor:accreditor_program_id`. */
export function programsMigration(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('programs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('accreditor', 'text', (c) => c.notNull())
        .addColumn('accreditor_program_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('institution', 'text', (c) => c.notNull())
        .addColumn('discipline', 'text', (c) => c.notNull())
        .addColumn('award', 'text', (c) => c.notNull())
        .addColumn('jurisdiction', 'text', (c) => c.notNull())
        .addColumn('city', 'text')
        .addColumn('length_months', 'integer')
        .addColumn('url', 'text')
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('comment', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('programs_discipline').on('programs').columns(['discipline', 'id']).execute();
      await db.schema.createIndex('programs_jurisdiction').on('programs').columns(['jurisdiction', 'id']).execute();
      await db.schema.createIndex('programs_accreditor').on('programs').columns(['accreditor', 'id']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('programs').execute();
    },
  };
}
