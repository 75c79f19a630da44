import type { Kysely, Migration } from 'kysely';

/**
 * A clinical log entry shown in a simulation rather than on a patient (issue 12): such competencies count
 * only up to the simulation cap of the program's requirement set. Frozen with the rest of the row once
 * signed (the trigger of 014 covers every column).
 */
export function clinicalSimulatedMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('clinical_log_entries').addColumn('is_simulated', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    },
  };
}
