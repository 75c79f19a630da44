import type { Kysely, Migration } from 'kysely';

/**
 * How often a saved search's job alerts are mailed (issue 11): `hourly` (as before: every run of the alert
 * job), or a `daily` or `weekly` digest. Existing searches keep the hourly alerts they had.
 */
export function alertFrequencyMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('saved_searches').addColumn('alert_frequency', 'text', (c) => c.notNull().defaultTo('hourly')).execute();
    },
  };
}
