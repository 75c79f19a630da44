import type { Kysely, Migration } from 'kysely';

/**
 * `people.record_json`: the record document as imported, beside its rows. Export and verdicts read one row
 * instead of six tables; the rows stay the source for queries across people (credentials, CE, clinical).
 * Null for records stored before this migration: those are rebuilt from their rows.
 */
export function recordDocumentMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('people').addColumn('record_json', 'text').execute();
    },
  };
}
