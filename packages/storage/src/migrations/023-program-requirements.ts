import { sql, type Kysely, type Migration } from 'kysely';

/**
 * A program's requirement settings (issue 12): which requirement set and version the school follows, its own
 * simulation cap (null: the set's cap) and its local requirements (a JSON list of named procedures and section
 * minimums the program adds). One row per school; deleting the school deletes it. The database refuses a
 * negative cap as well as the use case.
 */
export function programRequirementsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('program_requirement_settings')
        .addColumn('school_organisation_id', 'text', (c) => c.primaryKey().references('organisations.id').onDelete('cascade'))
        .addColumn('set_id', 'text', (c) => c.notNull())
        .addColumn('simulation_cap', 'integer')
        .addColumn('local_requirements', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('updated_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addCheckConstraint('program_requirement_settings_cap_non_negative', sql`simulation_cap is null or simulation_cap >= 0`)
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('program_requirement_settings').execute();
    },
  };
}
