import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

/**
 * Saved job searches (issue 11): a person's job-board filters, as JSON text, with a cursor — the instant
 * through which postings have been alerted — so the alert job mails each new posting once. A search goes
 * with its account (cascade). Postings are found by when they were first opened, hence the index.
 */
export function savedSearchesMigration(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('saved_searches')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('query_json', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('alerted_through', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('saved_searches_user').on('saved_searches').columns(['user_id', 'created_at']).execute();
      await db.schema.createIndex('postings_date_posted').on('postings').columns(['date_posted']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('postings_date_posted').execute();
      await db.schema.dropTable('saved_searches').execute();
    },
  };
}
