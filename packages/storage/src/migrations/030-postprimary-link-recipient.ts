import type { Kysely, Migration } from 'kysely';

/**
 * The address a postprimary verify or review link was mailed to (issue 12), lower-cased: a signed-in verifier
 * or supervisor whose account has that address sees the entry in their queue and answers it in the app.
 * Links made before this migration, or handed over without mail, have none and stay link-only.
 */
export function postprimaryLinkRecipientMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('postprimary_links').addColumn('sent_to', 'text').execute();
      await db.schema.createIndex('postprimary_links_sent_to').on('postprimary_links').columns(['sent_to', 'expires_at']).execute();
    },
  };
}
