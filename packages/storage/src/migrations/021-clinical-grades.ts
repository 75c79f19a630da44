import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

/**
 * Competency attempts and editing unsigned entries (issue 12). An entry may be a competency attempt; its
 * grade (the form, each criterion met or not, pass or fail, comments) is written by the same conditional
 * update that signs it, so the frozen-when-signed trigger of 014 keeps the grade from changing afterwards.
 * An unsigned entry may be edited: `edited_at` is the last edit, each edit is kept in
 * `clinical_entry_edits` (what changed, from what to what), and an edit withdraws the entry's pending
 * sign-request links (`withdrawn_at`), so a signer always sees what they sign.
 */
export function clinicalGradesMigration(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const entries = () => db.schema.alterTable('clinical_log_entries');
      await entries().addColumn('is_competency_attempt', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await entries().addColumn('grade_form', 'text').execute();
      await entries().addColumn('grade_criteria', 'text').execute();
      await entries().addColumn('grade_passed', 'integer').execute();
      await entries().addColumn('grade_comments', 'text').execute();
      await entries().addColumn('edited_at', 'text').execute();
      await db.schema.alterTable('clinical_sign_requests').addColumn('withdrawn_at', 'text').execute();
      await db.schema
        .createTable('clinical_entry_edits')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('entry_id', 'text', (c) => c.notNull().references('clinical_log_entries.id').onDelete('cascade'))
        .addColumn('edited_at', 'text', (c) => c.notNull())
        .addColumn('changes', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('clinical_entry_edits_entry').on('clinical_entry_edits').columns(['entry_id', 'edited_at']).execute();
    },
  };
}
