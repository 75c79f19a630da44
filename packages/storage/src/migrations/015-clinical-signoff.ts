import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

/**
 * Clinical sign-off in the app (issue 12): an entry may be a repeat (always under direct supervision), and
 * an entry signed by a clinical instructor or program director in the app names the signer's account. The
 * frozen-when-signed trigger of 014 still refuses any update of a signed row; adding columns touches no row.
 */
export function clinicalSignoffMigration(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('clinical_log_entries').addColumn('is_repeat', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable('clinical_log_entries').addColumn('signer_user_id', 'text').execute();
    },
  };
}
