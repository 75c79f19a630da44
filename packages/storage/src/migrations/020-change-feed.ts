import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

/**
 * The candidate change feed (issue 11): one row per person whose profile or record changed, written by
 * triggers in the same transaction as the change, so no write path can forget it. Every node's ranking
 * index follows the feed with a cursor and reads only rows past it, by an index.
 *
 * - SQLite: `seq` is an AUTOINCREMENT key (never reused); a change deletes the person's row and inserts a
 *   new one, so its `seq` is above every earlier one. SQLite has one writer at a time, holding the write
 *   lock from its first write until it commits, so sequence order is commit order: a cursor `seq > n` loses
 *   nothing.
 * - PostgreSQL: sequence order is not commit order (a transaction that took number 10 may commit after one
 *   that took 11), so the cursor is a transaction id instead. Each row carries the id of the transaction
 *   that last wrote it (`txid`, `pg_current_xact_id()`, 64-bit, never wraps). A reader reads the rows with
 *   `txid >= cursor` and, in the same statement (same snapshot), the snapshot's `xmin`: every transaction
 *   below it had finished when the snapshot was taken, so its rows are already seen; every transaction that
 *   can still commit has an id at or above it. `xmin` is the next cursor. Rows of transactions still in
 *   flight are read again next time (applying a change twice is harmless). Each change also sends
 *   `NOTIFY candidate_changes` (delivered at commit, repeated ones in a transaction folded into one) so
 *   that listening nodes catch up between queries.
 */
export function changeFeedMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect === 'postgres') {
        await sql`CREATE TABLE candidate_changes (person_id text PRIMARY KEY, txid bigint NOT NULL)`.execute(db);
        await sql`CREATE INDEX candidate_changes_txid ON candidate_changes (txid)`.execute(db);
        await sql`CREATE FUNCTION candidate_changed() RETURNS trigger LANGUAGE plpgsql AS $$
          DECLARE pid text;
          BEGIN
            IF TG_TABLE_NAME = 'people' THEN
              pid := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
            ELSE
              pid := CASE WHEN TG_OP = 'DELETE' THEN OLD.person_id ELSE NEW.person_id END;
            END IF;
            INSERT INTO candidate_changes (person_id, txid) VALUES (pid, pg_current_xact_id()::text::bigint)
              ON CONFLICT (person_id) DO UPDATE SET txid = EXCLUDED.txid;
            PERFORM pg_notify('candidate_changes', '');
            RETURN NULL;
          END $$`.execute(db);
        await sql`CREATE TRIGGER people_candidate_changed AFTER INSERT OR UPDATE OR DELETE ON people
          FOR EACH ROW EXECUTE FUNCTION candidate_changed()`.execute(db);
        await sql`CREATE TRIGGER candidate_profiles_candidate_changed AFTER INSERT OR UPDATE OR DELETE ON candidate_profiles
          FOR EACH ROW EXECUTE FUNCTION candidate_changed()`.execute(db);
        return;
      }
      await sql`CREATE TABLE candidate_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, person_id TEXT NOT NULL UNIQUE)`.execute(db);
      const events = [
        ['people', 'INSERT', 'NEW.id'],
        ['people', 'UPDATE', 'NEW.id'],
        ['people', 'DELETE', 'OLD.id'],
        ['candidate_profiles', 'INSERT', 'NEW.person_id'],
        ['candidate_profiles', 'UPDATE', 'NEW.person_id'],
        ['candidate_profiles', 'DELETE', 'OLD.person_id'],
      ] as const;
      for (const [table, event, id] of events) {
        await sql
          .raw(
            `CREATE TRIGGER ${table}_candidate_changed_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN
               DELETE FROM candidate_changes WHERE person_id = ${id};
               INSERT INTO candidate_changes (person_id) VALUES (${id});
             END`,
          )
          .execute(db);
      }
    },
  };
}
