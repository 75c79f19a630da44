import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

/**
 * Time records (issue 12): a site's geofence, the rotations that place a student at a site
 * (created only if absent: placement creates the same table the same way), the student's clock-in and
 * clock-out punches with their exceptions and the instructor's decision, planned shifts, and each school's
 * settings for the hour limits (weekly classroom hours, when evening starts and ends, the time zone).
 */
export function timeRecordsMigration(dialect: Dialect): Migration {
  const real = dialect === 'postgres' ? 'double precision' : 'real';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('clinical_sites').addColumn('latitude', real).execute();
      await db.schema.alterTable('clinical_sites').addColumn('longitude', real).execute();
      await db.schema.alterTable('clinical_sites').addColumn('radius_m', real).execute();
      await db.schema
        .createTable('clinical_rotations')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('school_organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('site_id', 'text', (c) => c.notNull().references('clinical_sites.id').onDelete('cascade'))
        .addColumn('starts_on', 'text', (c) => c.notNull())
        .addColumn('ends_on', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('clinical_rotations_person').ifNotExists().on('clinical_rotations').columns(['person_id', 'starts_on']).execute();
      await db.schema
        .createTable('clinical_time_records')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('site_id', 'text', (c) => c.notNull().references('clinical_sites.id').onDelete('cascade'))
        .addColumn('clock_in_at', 'text', (c) => c.notNull())
        .addColumn('clock_out_at', 'text')
        .addColumn('in_latitude', real)
        .addColumn('in_longitude', real)
        .addColumn('out_latitude', real)
        .addColumn('out_longitude', real)
        .addColumn('planned_start_at', 'text')
        // A JSON array of exception kinds found when punching (off-site, late); "missing clock-out" is read off the times.
        .addColumn('exceptions', 'text', (c) => c.notNull())
        .addColumn('decision', 'text')
        .addColumn('decided_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('decided_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('clinical_time_records_person').on('clinical_time_records').columns(['person_id', 'clock_in_at']).execute();
      await db.schema
        .createTable('clinical_planned_shifts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('site_id', 'text', (c) => c.notNull().references('clinical_sites.id').onDelete('cascade'))
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('ends_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('clinical_planned_shifts_person').on('clinical_planned_shifts').columns(['person_id', 'starts_at']).execute();
      await db.schema
        .createTable('clinical_time_settings')
        .addColumn('school_organisation_id', 'text', (c) => c.primaryKey().references('organisations.id').onDelete('cascade'))
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('weekly_didactic_hours', real, (c) => c.notNull())
        .addColumn('evening_starts_at', 'integer', (c) => c.notNull())
        .addColumn('evening_ends_at', 'integer', (c) => c.notNull())
        .addColumn('late_after_minutes', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
