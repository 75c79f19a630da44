import type { GeoPoint, PlannedShiftRow, SiteGeofence, TimeDecision, TimeExceptionKind, TimeRecordRepository, TimeRecordRow, TimeRotationRow, TimeSettingsRow } from '@modality/app';
import type { Kysely, Transaction } from 'kysely';
import type { Executor } from './executor.js';

/** The tables (and the columns added to `clinical_sites`) of migration 016-time-records. */
export type TimeRecordTables = {
  clinical_sites: { id: string; latitude: number | null; longitude: number | null; radius_m: number | null };
  clinical_rotations: { id: string; school_organisation_id: string; person_id: string; site_id: string; starts_on: string; ends_on: string; created_at: string };
  clinical_time_records: {
    id: string;
    person_id: string;
    site_id: string;
    clock_in_at: string;
    clock_out_at: string | null;
    in_latitude: number | null;
    in_longitude: number | null;
    out_latitude: number | null;
    out_longitude: number | null;
    planned_start_at: string | null;
    exceptions: string;
    decision: string | null;
    decided_by_user_id: string | null;
    decided_at: string | null;
    created_at: string;
  };
  clinical_planned_shifts: { id: string; person_id: string; site_id: string; starts_at: string; ends_at: string; created_at: string };
  clinical_time_settings: {
    school_organisation_id: string;
    time_zone: string;
    weekly_didactic_hours: number;
    evening_starts_at: number;
    evening_ends_at: number;
    late_after_minutes: number;
    updated_at: string;
  };
};
type Db = Kysely<TimeRecordTables> | Transaction<TimeRecordTables>;
type StoredRecord = TimeRecordTables['clinical_time_records'];

const point = (latitude: number | null, longitude: number | null): GeoPoint | null => (latitude === null || longitude === null ? null : { latitude, longitude });

const toRecord = (r: StoredRecord): TimeRecordRow => ({
  id: r.id,
  personId: r.person_id,
  siteId: r.site_id,
  clockInAt: r.clock_in_at,
  clockOutAt: r.clock_out_at,
  clockInLocation: point(r.in_latitude, r.in_longitude),
  clockOutLocation: point(r.out_latitude, r.out_longitude),
  plannedStartAt: r.planned_start_at,
  // Only the use case writes these columns, from the closed lists of the port.
  exceptions: JSON.parse(r.exceptions) as TimeExceptionKind[],
  decision: r.decision === null ? null : { decision: r.decision as TimeDecision, byUserId: r.decided_by_user_id, at: r.decided_at ?? '' },
  createdAt: r.created_at,
});

const toRotation = (r: TimeRecordTables['clinical_rotations']): TimeRotationRow => ({
  id: r.id,
  schoolOrganisationId: r.school_organisation_id,
  personId: r.person_id,
  siteId: r.site_id,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  createdAt: r.created_at,
});

/** Rotations, clock-in/out records, planned shifts and time settings. */
export class KyselyTimeRecordRepository implements TimeRecordRepository {
  private readonly db: Db;
  constructor(db: Executor) {
    this.db = db.withTables<TimeRecordTables>() as unknown as Db;
  }

  async setSiteGeofence(f: SiteGeofence): Promise<void> {
    await this.db.updateTable('clinical_sites').set({ latitude: f.latitude, longitude: f.longitude, radius_m: f.radiusM }).where('id', '=', f.siteId).execute();
  }

  async findSiteGeofence(siteId: string): Promise<SiteGeofence | undefined> {
    const r = await this.db.selectFrom('clinical_sites').select(['id', 'latitude', 'longitude', 'radius_m']).where('id', '=', siteId).executeTakeFirst();
    return r && { siteId: r.id, latitude: r.latitude, longitude: r.longitude, radiusM: r.radius_m };
  }

  async insertRotation(r: TimeRotationRow): Promise<void> {
    await this.db
      .insertInto('clinical_rotations')
      .values({ id: r.id, school_organisation_id: r.schoolOrganisationId, person_id: r.personId, site_id: r.siteId, starts_on: r.startsOn, ends_on: r.endsOn, created_at: r.createdAt })
      .execute();
  }

  async rotationsCovering(personId: string, date: string): Promise<TimeRotationRow[]> {
    const rows = await this.db.selectFrom('clinical_rotations').selectAll().where('person_id', '=', personId).where('starts_on', '<=', date).where('ends_on', '>=', date).orderBy('starts_on').orderBy('id').execute();
    return rows.map(toRotation);
  }

  async listRotationsForPerson(personId: string): Promise<TimeRotationRow[]> {
    const rows = await this.db.selectFrom('clinical_rotations').selectAll().where('person_id', '=', personId).orderBy('starts_on').orderBy('id').execute();
    return rows.map(toRotation);
  }

  async insertRecord(r: TimeRecordRow): Promise<void> {
    await this.db
      .insertInto('clinical_time_records')
      .values({
        id: r.id,
        person_id: r.personId,
        site_id: r.siteId,
        clock_in_at: r.clockInAt,
        clock_out_at: r.clockOutAt,
        in_latitude: r.clockInLocation?.latitude ?? null,
        in_longitude: r.clockInLocation?.longitude ?? null,
        out_latitude: r.clockOutLocation?.latitude ?? null,
        out_longitude: r.clockOutLocation?.longitude ?? null,
        planned_start_at: r.plannedStartAt,
        exceptions: JSON.stringify(r.exceptions),
        decision: r.decision?.decision ?? null,
        decided_by_user_id: r.decision?.byUserId ?? null,
        decided_at: r.decision?.at ?? null,
        created_at: r.createdAt,
      })
      .execute();
  }

  async findRecord(id: string): Promise<TimeRecordRow | undefined> {
    const r = await this.db.selectFrom('clinical_time_records').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toRecord(r);
  }

  async findOpenRecord(personId: string): Promise<TimeRecordRow | undefined> {
    const r = await this.db
      .selectFrom('clinical_time_records')
      .selectAll()
      .where('person_id', '=', personId)
      .where('clock_out_at', 'is', null)
      .orderBy('clock_in_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return r && toRecord(r);
  }

  async clockOut(id: string, at: string, location: GeoPoint | null, exceptions: readonly TimeExceptionKind[]): Promise<boolean> {
    const r = await this.db
      .updateTable('clinical_time_records')
      .set({ clock_out_at: at, out_latitude: location?.latitude ?? null, out_longitude: location?.longitude ?? null, exceptions: JSON.stringify(exceptions) })
      .where('id', '=', id)
      .where('clock_out_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async decide(id: string, decision: TimeDecision, byUserId: string, at: string): Promise<boolean> {
    const r = await this.db.updateTable('clinical_time_records').set({ decision, decided_by_user_id: byUserId, decided_at: at }).where('id', '=', id).where('decision', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async listRecordsForPeople(personIds: readonly string[]): Promise<TimeRecordRow[]> {
    if (personIds.length === 0) return [];
    const rows = await this.db.selectFrom('clinical_time_records').selectAll().where('person_id', 'in', [...personIds]).orderBy('clock_in_at').orderBy('id').execute();
    return rows.map(toRecord);
  }

  async insertPlannedShift(s: PlannedShiftRow): Promise<void> {
    await this.db.insertInto('clinical_planned_shifts').values({ id: s.id, person_id: s.personId, site_id: s.siteId, starts_at: s.startsAt, ends_at: s.endsAt, created_at: s.createdAt }).execute();
  }

  async listPlannedShiftsForPeople(personIds: readonly string[]): Promise<PlannedShiftRow[]> {
    if (personIds.length === 0) return [];
    const rows = await this.db.selectFrom('clinical_planned_shifts').selectAll().where('person_id', 'in', [...personIds]).orderBy('starts_at').orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, personId: r.person_id, siteId: r.site_id, startsAt: r.starts_at, endsAt: r.ends_at, createdAt: r.created_at }));
  }

  async findSettings(schoolOrganisationId: string): Promise<TimeSettingsRow | undefined> {
    const r = await this.db.selectFrom('clinical_time_settings').selectAll().where('school_organisation_id', '=', schoolOrganisationId).executeTakeFirst();
    return (
      r && {
        schoolOrganisationId: r.school_organisation_id,
        timeZone: r.time_zone,
        weeklyDidacticHours: r.weekly_didactic_hours,
        eveningStartsAt: r.evening_starts_at,
        eveningEndsAt: r.evening_ends_at,
        lateAfterMinutes: r.late_after_minutes,
      }
    );
  }

  async saveSettings(s: TimeSettingsRow, at: string): Promise<void> {
    const values = {
      time_zone: s.timeZone,
      weekly_didactic_hours: s.weeklyDidacticHours,
      evening_starts_at: s.eveningStartsAt,
      evening_ends_at: s.eveningEndsAt,
      late_after_minutes: s.lateAfterMinutes,
      updated_at: at,
    };
    await this.db
      .insertInto('clinical_time_settings')
      .values({ school_organisation_id: s.schoolOrganisationId, ...values })
      .onConflict((oc) => oc.column('school_organisation_id').doUpdateSet(values))
      .execute();
  }
}
