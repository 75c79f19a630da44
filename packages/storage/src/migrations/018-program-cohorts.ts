import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

/**
 * Program cohorts (issue 12): the students who left a school's program, graduated or not, with the day they
 * left and — because the person record has no employment section — what the school knows of their first
 * job. Leaving ends the student's membership (the row in `memberships` is removed in the same transaction);
 * this row is the school's own note that they were its student. It references nothing of the person's
 * record: the graduate's log, exams and record stay theirs, and deleting a leaver row deletes none of it.
 * Deleting the account or the school removes the note.
 */
export function programCohortsMigration(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('school_leavers')
        .addColumn('school_organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('left_on', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('employed_on', 'text')
        .addColumn('not_seeking', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('school_leavers_pk', ['school_organisation_id', 'user_id'])
        .execute();
      // The person record's clinical entries keep the day an entry was signed and what the student did, so
      // an exported signed log imports back unchanged.
      await db.schema.alterTable('clinical_entries').addColumn('verified_on', 'text').execute();
      await db.schema.alterTable('clinical_entries').addColumn('role', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('clinical_entries').dropColumn('role').execute();
      await db.schema.alterTable('clinical_entries').dropColumn('verified_on').execute();
      await db.schema.dropTable('school_leavers').execute();
    },
  };
}
