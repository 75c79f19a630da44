import type { Kysely, Migration } from 'kysely';

/**
 * A program's own competency grade form (issue 12). Each save is a new version row, never changed afterwards;
 * a grade stores the version's id in `clinical_log_entries.grade_form` (migration 021), so a grade given on an
 * earlier version keeps the criteria it was graded on. Deleting the school deletes its forms. A person record's
 * clinical entry may carry a grade (`clinical_entries.grade`, JSON), so an exported record with grades imports
 * back unchanged.
 */
export function schoolGradeFormsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('school_grade_forms')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('school_organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('criteria', 'text', (c) => c.notNull())
        .addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('school_grade_forms_school_version', ['school_organisation_id', 'version'])
        .execute();
      await db.schema.alterTable('clinical_entries').addColumn('grade', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('clinical_entries').dropColumn('grade').execute();
      await db.schema.dropTable('school_grade_forms').execute();
    },
  };
}
