import { DEFAULT_EVENING_ENDS_AT, DEFAULT_EVENING_STARTS_AT, type ClinicalHourSettings } from '@modality/knowledge';
import type { Store, TimeSettingsRow } from '../ports/index.js';

/**
 * The time settings a school has until it stores its own: days counted in UTC, no classroom hours,
 * evening from 18:00 to 06:00, and a clock-in more than 5 minutes after a planned start is late. These are
 * Modality's defaults, not sourced rules (one vendor's clock window closes 5 minutes after the start).
 */
export const defaultTimeSettings = (schoolOrganisationId: string): TimeSettingsRow => ({
  schoolOrganisationId,
  timeZone: 'UTC',
  weeklyDidacticHours: 0,
  eveningStartsAt: DEFAULT_EVENING_STARTS_AT,
  eveningEndsAt: DEFAULT_EVENING_ENDS_AT,
  lateAfterMinutes: 5,
});

/** The school's stored settings, or the defaults. */
export async function timeSettingsFor(store: Store, schoolOrganisationId: string): Promise<TimeSettingsRow> {
  return (await store.timeRecords.findSettings(schoolOrganisationId)) ?? defaultTimeSettings(schoolOrganisationId);
}

/** The settings the pure hour checker reads. */
export const hourSettings = (s: TimeSettingsRow): ClinicalHourSettings => ({
  timeZone: s.timeZone,
  eveningStartsAt: s.eveningStartsAt,
  eveningEndsAt: s.eveningEndsAt,
  weeklyDidacticHours: s.weeklyDidacticHours,
});
