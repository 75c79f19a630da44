/** Why a punch needs an instructor's decision. "missing-clock-out" is read off the times, never stored. */
export const TIME_EXCEPTION_KINDS = ['off-site', 'late', 'missing-clock-out'] as const;
export type TimeExceptionKind = (typeof TIME_EXCEPTION_KINDS)[number];

/** The instructor's decision on a record with exceptions. */
export const TIME_DECISIONS = ['approved', 'rejected'] as const;
export type TimeDecision = (typeof TIME_DECISIONS)[number];

/** A point a browser reported (degrees). */
export interface GeoPoint {
  readonly latitude: number;
  readonly longitude: number;
}

/** Where a site is and how far from it a punch still counts as on site; null when the school set none. */
export interface SiteGeofence {
  readonly siteId: string;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly radiusM: number | null;
}

/** A student's rotation at a site, from one day to another (inclusive). */
export interface TimeRotationRow {
  readonly id: string;
  readonly schoolOrganisationId: string;
  readonly personId: string;
  readonly siteId: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly createdAt: string;
}

/** One clock-in (and, once the student clocks out, its clock-out) at a site. */
export interface TimeRecordRow {
  readonly id: string;
  readonly personId: string;
  readonly siteId: string;
  readonly clockInAt: string;
  readonly clockOutAt: string | null;
  readonly clockInLocation: GeoPoint | null;
  readonly clockOutLocation: GeoPoint | null;
  /** The start of the planned shift the clock-in was matched to, if any. */
  readonly plannedStartAt: string | null;
  /** Exceptions found when punching (off-site, late). */
  readonly exceptions: readonly TimeExceptionKind[];
  readonly decision: { readonly decision: TimeDecision; readonly byUserId: string | null; readonly at: string } | null;
  readonly createdAt: string;
}

/** A shift planned for a student at a site. */
export interface PlannedShiftRow {
  readonly id: string;
  readonly personId: string;
  readonly siteId: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly createdAt: string;
}

/** A school's settings for the hour limits; the defaults apply when it has none stored. */
export interface TimeSettingsRow {
  readonly schoolOrganisationId: string;
  readonly timeZone: string;
  readonly weeklyDidacticHours: number;
  readonly eveningStartsAt: number;
  readonly eveningEndsAt: number;
  /** Minutes after a planned start after which a clock-in is late. */
  readonly lateAfterMinutes: number;
}

/** Rotations, punches, planned shifts and the schools' time settings. */
export interface TimeRecordRepository {
  setSiteGeofence(fence: SiteGeofence): Promise<void>;
  findSiteGeofence(siteId: string): Promise<SiteGeofence | undefined>;
  insertRotation(rotation: TimeRotationRow): Promise<void>;
  /** The person's rotations covering `date` (YYYY-MM-DD). */
  rotationsCovering(personId: string, date: string): Promise<TimeRotationRow[]>;
  listRotationsForPerson(personId: string): Promise<TimeRotationRow[]>;
  insertRecord(record: TimeRecordRow): Promise<void>;
  findRecord(id: string): Promise<TimeRecordRow | undefined>;
  /** The person's latest record without a clock-out, if any. */
  findOpenRecord(personId: string): Promise<TimeRecordRow | undefined>;
  /** Sets the clock-out (and the exceptions found) of an open record; false when it was already clocked out (nothing written). */
  clockOut(id: string, at: string, location: GeoPoint | null, exceptions: readonly TimeExceptionKind[]): Promise<boolean>;
  /** Records a decision on an undecided record; false when it was decided already. */
  decide(id: string, decision: TimeDecision, byUserId: string, at: string): Promise<boolean>;
  /** Records of the given people, oldest first. */
  listRecordsForPeople(personIds: readonly string[]): Promise<TimeRecordRow[]>;
  insertPlannedShift(shift: PlannedShiftRow): Promise<void>;
  listPlannedShiftsForPeople(personIds: readonly string[]): Promise<PlannedShiftRow[]>;
  findSettings(schoolOrganisationId: string): Promise<TimeSettingsRow | undefined>;
  saveSettings(settings: TimeSettingsRow, at: string): Promise<void>;
}
