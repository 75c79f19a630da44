import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

/**
 * Clinical education (issue 12): the sites a school's students train at, the student's log of procedures,
 * and one-time sign-request links (stored as token digests). A signed entry is frozen by the database itself:
 * any UPDATE of a row whose `signed_at` is set is refused on both dialects. Deleting is still allowed, so a
 * person who deletes their record takes their log with them.
 */
export function clinicalMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('clinical_sites')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('school_organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('clinical_sites_school').on('clinical_sites').column('school_organisation_id').execute();
      await db.schema
        .createTable('clinical_log_entries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('procedure', 'text', (c) => c.notNull())
        .addColumn('performed_on', 'text', (c) => c.notNull())
        .addColumn('site_id', 'text', (c) => c.notNull().references('clinical_sites.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('supervision', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('signed_at', 'text')
        .addColumn('signer_name', 'text')
        .addColumn('signer_arrt_number', 'text')
        .execute();
      await db.schema.createIndex('clinical_log_entries_person').on('clinical_log_entries').columns(['person_id', 'performed_on']).execute();
      await db.schema
        .createTable('clinical_sign_requests')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('entry_id', 'text', (c) => c.notNull().references('clinical_log_entries.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();
      await db.schema.createIndex('clinical_sign_requests_entry').on('clinical_sign_requests').column('entry_id').execute();
      if (dialect === 'postgres') {
        await sql`CREATE FUNCTION clinical_log_entry_signed_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            IF OLD.signed_at IS NOT NULL THEN RAISE EXCEPTION 'a signed clinical entry cannot be changed'; END IF;
            RETURN NEW;
          END $$`.execute(db);
        await sql`CREATE TRIGGER clinical_log_entries_signed_frozen BEFORE UPDATE ON clinical_log_entries
          FOR EACH ROW EXECUTE FUNCTION clinical_log_entry_signed_frozen()`.execute(db);
      } else {
        await sql`CREATE TRIGGER clinical_log_entries_signed_frozen BEFORE UPDATE ON clinical_log_entries
          WHEN OLD.signed_at IS NOT NULL
          BEGIN SELECT RAISE(ABORT, 'a signed clinical entry cannot be changed'); END`.execute(db);
      }
    },
  };
}
