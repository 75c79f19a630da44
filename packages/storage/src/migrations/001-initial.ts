import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

/** Accounts, organisations, person records and the audit log. */
export function initialMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('organisations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('memberships')
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('memberships_pk', ['user_id', 'organisation_id', 'role'])
        .execute();
      await db.schema.createIndex('memberships_org').on('memberships').columns(['organisation_id', 'role']).execute();
      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_expiry').on('sessions').column('expires_at').execute();
      await db.schema
        .createTable('invitations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('invited_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('accepted_at', 'text')
        .addColumn('accepted_by', 'text', (c) => c.references('users.id'))
        .execute();
      await db.schema
        .createTable('people')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('owner_user_id', 'text', (c) => c.unique().references('users.id').onDelete('cascade'))
        .addColumn('external_id', 'text')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('birth_date', 'text')
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('region', 'text')
        .addColumn('record_sections', 'text', (c) => c.notNull())
        .addColumn('record_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('people_external_id').on('people').column('external_id').execute();

      const child = (name: string) =>
        db.schema
          .createTable(name)
          .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
          .addColumn('position', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint(`${name}_pk`, ['person_id', 'position']);
      await child('education')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('discipline', 'text', (c) => c.notNull())
        .addColumn('award', 'text', (c) => c.notNull())
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('approved_by', 'text')
        .addColumn('started_on', 'text')
        .addColumn('completed_on', 'text')
        .execute();
      await child('credentials')
        .addColumn('credential', 'text', (c) => c.notNull())
        .addColumn('earned_on', 'text', (c) => c.notNull())
        .addColumn('number', 'text')
        .addColumn('cycle_start', 'text')
        .addColumn('cycle_end', 'text')
        .addColumn('expires_on', 'text')
        .addColumn('status', 'text')
        .execute();
      await db.schema.createIndex('credentials_code').on('credentials').column('credential').execute();
      await child('ce_activities')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('completed_on', 'text', (c) => c.notNull())
        .addColumn('credits', 'double precision')
        .addColumn('category', 'text')
        .addColumn('kind', 'text')
        .addColumn('semester_credits', 'double precision')
        .addColumn('quarter_credits', 'double precision')
        .addColumn('topics', 'text')
        .addColumn('content_category', 'text')
        .addColumn('for_credential', 'text')
        .execute();
      await child('clinical_entries')
        .addColumn('procedure', 'text', (c) => c.notNull())
        .addColumn('performed_on', 'text', (c) => c.notNull())
        .addColumn('count', 'integer')
        .addColumn('hours', 'double precision')
        .addColumn('verified_by', 'text')
        .addColumn('simulated', 'integer')
        .execute();
      await child('exams')
        .addColumn('exam', 'text', (c) => c.notNull())
        .addColumn('window_start', 'text')
        .addColumn('taken_on', 'text')
        .addColumn('result', 'text')
        .execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_user_id', 'text')
        .addColumn('organisation_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('subject_person_id', 'text')
        .addColumn('details', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_subject').on('audit_log').columns(['subject_person_id', 'id']).execute();
      // Append-only is enforced by the database itself, not just by the repository having no update method.
      if (dialect === 'postgres') {
        await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`.execute(db);
        await sql`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
          FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
      } else {
        await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
        await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
      }
      await db.schema
        .createTable('app_meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
