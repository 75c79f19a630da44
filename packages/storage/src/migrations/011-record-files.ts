import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

/**
 * Files on a person's record (issue 10): `record_files` describes each (whose, which entry, name, type
 * told from its bytes, size) and goes with the person; `record_file_blobs` holds the bytes when
 * the install keeps them in the database (PostgreSQL) rather than as files under the data directory.
 */
export function recordFilesMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('record_files')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('subject_json', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('blob_key', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .execute();
      await db.schema.createIndex('record_files_person').on('record_files').columns(['person_id', 'created_at']).execute();
      await db.schema
        .createTable('record_file_blobs')
        .addColumn('blob_key', 'text', (c) => c.primaryKey())
        .addColumn('bytes', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .execute();
    },
  };
}
