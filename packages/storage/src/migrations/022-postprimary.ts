import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

/**
 * The postprimary clinical experience log (issue 12): a technologist's CT or MR procedures, each confirmed by
 * a verifier and then reviewed by a clinical supervisor at the same facility, and the one-time links that ask
 * them (stored as token digests). No column holds patient data. The database itself keeps a verified entry
 * as it was: after verification the only change allowed is the review being written once; after the review,
 * none. Deleting stays allowed, so a person who deletes their record takes their log with them.
 */
export function postprimaryMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('postprimary_entries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('discipline', 'text', (c) => c.notNull())
        .addColumn('procedure', 'text', (c) => c.notNull())
        .addColumn('performed_on', 'text', (c) => c.notNull())
        .addColumn('facility', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('verified_at', 'text')
        .addColumn('verifier_name', 'text')
        .addColumn('verifier_arrt_number', 'text')
        .addColumn('verifier_user_id', 'text')
        .addColumn('reviewed_at', 'text')
        .addColumn('reviewer_name', 'text')
        .addColumn('reviewer_facility', 'text')
        .addColumn('reviewer_user_id', 'text')
        .execute();
      await db.schema.createIndex('postprimary_entries_person').on('postprimary_entries').columns(['person_id', 'discipline', 'performed_on']).execute();
      await db.schema
        .createTable('postprimary_links')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('entry_id', 'text', (c) => c.notNull().references('postprimary_entries.id').onDelete('cascade'))
        .addColumn('step', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();
      await db.schema.createIndex('postprimary_links_entry').on('postprimary_links').column('entry_id').execute();
      if (dialect === 'postgres') {
        await sql`CREATE FUNCTION postprimary_entry_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            IF OLD.reviewed_at IS NOT NULL THEN RAISE EXCEPTION 'a reviewed postprimary entry cannot be changed'; END IF;
            IF OLD.verified_at IS NOT NULL AND (NEW.procedure IS DISTINCT FROM OLD.procedure OR NEW.performed_on IS DISTINCT FROM OLD.performed_on
              OR NEW.facility IS DISTINCT FROM OLD.facility OR NEW.discipline IS DISTINCT FROM OLD.discipline OR NEW.person_id IS DISTINCT FROM OLD.person_id
              OR NEW.verified_at IS DISTINCT FROM OLD.verified_at OR NEW.verifier_name IS DISTINCT FROM OLD.verifier_name
              OR NEW.verifier_arrt_number IS DISTINCT FROM OLD.verifier_arrt_number OR NEW.verifier_user_id IS DISTINCT FROM OLD.verifier_user_id)
            THEN RAISE EXCEPTION 'a verified postprimary entry cannot be changed'; END IF;
            RETURN NEW;
          END $$`.execute(db);
        await sql`CREATE TRIGGER postprimary_entries_frozen BEFORE UPDATE ON postprimary_entries
          FOR EACH ROW EXECUTE FUNCTION postprimary_entry_frozen()`.execute(db);
      } else {
        await sql`CREATE TRIGGER postprimary_entries_reviewed_frozen BEFORE UPDATE ON postprimary_entries
          WHEN OLD.reviewed_at IS NOT NULL
          BEGIN SELECT RAISE(ABORT, 'a reviewed postprimary entry cannot be changed'); END`.execute(db);
        await sql`CREATE TRIGGER postprimary_entries_verified_frozen BEFORE UPDATE ON postprimary_entries
          WHEN OLD.verified_at IS NOT NULL AND (NEW.procedure IS NOT OLD.procedure OR NEW.performed_on IS NOT OLD.performed_on
            OR NEW.facility IS NOT OLD.facility OR NEW.discipline IS NOT OLD.discipline OR NEW.person_id IS NOT OLD.person_id
            OR NEW.verified_at IS NOT OLD.verified_at OR NEW.verifier_name IS NOT OLD.verifier_name
            OR NEW.verifier_arrt_number IS NOT OLD.verifier_arrt_number OR NEW.verifier_user_id IS NOT OLD.verifier_user_id)
          BEGIN SELECT RAISE(ABORT, 'a verified postprimary entry cannot be changed'); END`.execute(db);
      }
    },
  };
}
