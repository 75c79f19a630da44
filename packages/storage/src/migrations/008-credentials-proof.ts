import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

/**
 * Portable proof (issue 13): credential issuers with their sealed keys, Bitstring Status Lists, the
 * credentials each issuer issued (for revocation), secret calendar addresses, and the wallet section of
 * person records (`verifiable_credentials`, one row per received credential, beside `people.record_json`).
 */
export function credentialsProofMigration(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('vc_issuers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.unique().references('organisations.id').onDelete('cascade'))
        .addColumn('did', 'text', (c) => c.notNull().unique())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('public_key_multibase', 'text', (c) => c.notNull())
        .addColumn('secret_key_sealed', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('vc_status_lists')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('issuer_id', 'text', (c) => c.notNull().references('vc_issuers.id').onDelete('cascade'))
        .addColumn('length', 'integer', (c) => c.notNull())
        .addColumn('next_index', 'integer', (c) => c.notNull())
        .addColumn('credential_json', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('vc_status_lists_issuer').on('vc_status_lists').columns(['issuer_id', 'created_at']).execute();
      await db.schema
        .createTable('vc_issued')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('issuer_id', 'text', (c) => c.notNull().references('vc_issuers.id').onDelete('cascade'))
        // No foreign key: the issuer keeps its register of what it issued after a holder deletes their record.
        .addColumn('person_id', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('status_list_id', 'text', (c) => c.notNull().references('vc_status_lists.id'))
        .addColumn('status_index', 'integer', (c) => c.notNull())
        .addColumn('issued_at', 'text', (c) => c.notNull())
        .addColumn('issued_by', 'text')
        .addColumn('revoked_at', 'text')
        .addUniqueConstraint('vc_issued_status_slot', ['status_list_id', 'status_index'])
        .execute();
      await db.schema.createIndex('vc_issued_issuer').on('vc_issued').columns(['issuer_id', 'issued_at']).execute();
      await db.schema.createIndex('vc_issued_person').on('vc_issued').column('person_id').execute();
      await db.schema
        .createTable('calendar_feeds')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema.createIndex('calendar_feeds_person').on('calendar_feeds').columns(['person_id', 'revoked_at']).execute();
      await db.schema
        .createTable('verifiable_credentials')
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('credential_id', 'text')
        .addColumn('issuer', 'text')
        .addColumn('document', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('verifiable_credentials_pk', ['person_id', 'position'])
        .execute();
      await db.schema.createIndex('verifiable_credentials_issuer').on('verifiable_credentials').column('issuer').execute();
    },
  };
}
