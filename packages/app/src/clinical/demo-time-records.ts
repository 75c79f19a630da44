import { addDays, localTime, mondayOf, zonedInstant } from '@modality/knowledge';
import type { Deps } from '../deps.js';
import type { Store, TimeRecordRow } from '../ports/index.js';
import { DEMO_CLINICAL_SITE_NAMES } from './demo-sites.js';

/** The demo school's time settings: Texas time, 16 classroom hours a week, the default evening and grace. */
const DEMO_TIME_ZONE = 'America/Chicago';
/** A fictitious point and radius for the first demo site (its area is a circle of 300 m). */
const DEMO_SITE_FENCE = { latitude: 29.7073, longitude: -95.4018, radiusM: 300 };
/** A point about 12 km away from it: the demo's off-site clock-in. */
const DEMO_AWAY = { latitude: 29.8174, longitude: -95.4018 };

/**
 * Sam Patel's rotation at the first demo site (from the Monday two weeks before the demo's today to six
 * weeks after it), three worked days before today (one clocked in off-site: an exception waiting for the
 * instructor), and a planned 11-hour shift the day after tomorrow that breaks the 10-hour day. Everything
 * is computed from the injected clock, so the same clock seeds the same rows.
 */
export async function seedDemoTimeRecords(tx: Store, deps: Pick<Deps, 'ids' | 'clock'>, schoolOrganisationId: string, now: string): Promise<void> {
  const site = (await tx.clinical.listSitesForSchools([schoolOrganisationId])).find((s) => s.name === DEMO_CLINICAL_SITE_NAMES[0]);
  const sam = (await tx.memberships.listForOrganisation(schoolOrganisationId)).find((m) => m.role === 'student' && m.userName === 'Sam Patel');
  const personId = sam === undefined ? undefined : await tx.people.idByOwner(sam.userId);
  if (site === undefined || personId === undefined) return;
  await tx.timeRecords.saveSettings({ schoolOrganisationId, timeZone: DEMO_TIME_ZONE, weeklyDidacticHours: 16, eveningStartsAt: 18 * 60, eveningEndsAt: 6 * 60, lateAfterMinutes: 5 }, now);
  await tx.timeRecords.setSiteGeofence({ siteId: site.id, ...DEMO_SITE_FENCE });
  const local = localTime(deps.clock.now().getTime(), DEMO_TIME_ZONE);
  const today = local.date;
  await tx.timeRecords.insertRotation({ id: deps.ids.newId('rot'), schoolOrganisationId, personId, siteId: site.id, startsOn: addDays(mondayOf(today, local.weekday), -14), endsOn: addDays(today, 42), createdAt: now });
  // The three weekdays before today, 07:00 to 15:30 local; the earliest was clocked in off-site.
  const days: string[] = [];
  for (let back = 1; days.length < 3; back += 1) {
    const day = addDays(today, -back);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(day);
  }
  for (const [i, day] of days.entries()) {
    const offSite = i === days.length - 1;
    const record: TimeRecordRow = {
      id: deps.ids.newId('tim'),
      personId,
      siteId: site.id,
      clockInAt: zonedInstant(day, 7 * 60, DEMO_TIME_ZONE),
      clockOutAt: zonedInstant(day, 15 * 60 + 30, DEMO_TIME_ZONE),
      clockInLocation: offSite ? DEMO_AWAY : { latitude: DEMO_SITE_FENCE.latitude, longitude: DEMO_SITE_FENCE.longitude },
      clockOutLocation: null,
      plannedStartAt: null,
      exceptions: offSite ? ['off-site'] : [],
      decision: null,
      createdAt: now,
    };
    await tx.timeRecords.insertRecord(record);
  }
  const planned = addDays(today, 2);
  await tx.timeRecords.insertPlannedShift({ id: deps.ids.newId('shf'), personId, siteId: site.id, startsAt: zonedInstant(planned, 7 * 60, DEMO_TIME_ZONE), endsAt: zonedInstant(planned, 18 * 60, DEMO_TIME_ZONE), createdAt: now });
}
