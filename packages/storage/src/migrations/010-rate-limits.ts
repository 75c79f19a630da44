import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

/**
 * Rate-limit counters shared by every node (issue 9), and `TRUNCATE` refused on the audit log: migration
 * 001's row triggers stop `UPDATE` and `DELETE`, but PostgreSQL's `TRUNCATE` fires no row trigger. SQLite
 * has no `TRUNCATE` (its `DELETE` without `WHERE` already meets the delete trigger).
 */
export function rateLimitsMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('rate_limits')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('window_end', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('rate_limits_window_end').on('rate_limits').column('window_end').execute();
      if (dialect === 'postgres') {
        await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
          FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db);
      }
    },
  };
}
