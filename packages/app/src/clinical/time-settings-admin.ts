import { ValidationError } from '@modality/domain';
import { CLINICAL_HOUR_LIMITS, type ClinicalHourLimit } from '@modality/knowledge';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import { PLACEMENT_MANAGER_ROLES, requireSchoolRole } from '../placement/school-access.js';
import { timeSettingsFor } from './time-settings.js';

/** How sure a sourced hour limit is, in words a person reads. */
const CONFIDENCE_WORDS: Readonly<Record<string, string>> = {
  official: 'From the accreditor’s own page',
  secondary: 'From a secondary source',
  unconfirmed: 'Not confirmed',
};

const LIMIT_WORDS: Readonly<Record<ClinicalHourLimit['kind'], (v: number) => string>> = {
  'daily-clinical-hours': (v) => `At most ${String(v)} clinical hours in a day`,
  'weekly-clinical-and-didactic-hours': (v) => `At most ${String(v)} hours of clinical and classroom time together in a week`,
  'evening-weekend-share': (v) => `At most ${String(Math.round(v * 100))} % of all clinical hours in the evening or at the weekend`,
};

/** A school's time settings as the program director reads them, with the sourced hour limits and the sites' areas. */
export interface SchoolTimeSettingsView {
  readonly timeZone: string;
  readonly weeklyDidacticHours: number;
  /** "HH:MM", local time. */
  readonly eveningStartsAt: string;
  readonly eveningEndsAt: string;
  readonly lateAfterMinutes: number;
  /** False while the school has stored none and Modality's defaults apply. */
  readonly stored: boolean;
  readonly limits: readonly { readonly words: string; readonly sourceUrl: string; readonly effective: string; readonly confidence: string; readonly confidenceWords: string; readonly flag: string }[];
  /** Where a punch's location is checked: only at a site whose area is set. */
  readonly sites: readonly { readonly name: string; readonly areaSet: boolean }[];
}

/** What the director sends: every setting (times as "HH:MM"). */
export interface SchoolTimeSettingsInput {
  readonly timeZone: string;
  readonly weeklyDidacticHours: number;
  readonly eveningStartsAt: string;
  readonly eveningEndsAt: string;
  readonly lateAfterMinutes: number;
}

const clock = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether the runtime knows the IANA time zone (e.g. "America/Chicago"). */
function knownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The school's time settings (stored or the defaults), the hour limits with their confidence in words, and which sites check location. */
export async function schoolTimeSettings(deps: Deps, principal: Principal, schoolId: string): Promise<SchoolTimeSettingsView> {
  await requireSchoolRole(deps, principal, schoolId, PLACEMENT_MANAGER_ROLES);
  const [stored, settings, sites] = await Promise.all([deps.store.timeRecords.findSettings(schoolId), timeSettingsFor(deps.store, schoolId), deps.store.clinical.listSitesForSchools([schoolId])]);
  const fences = await Promise.all(sites.map((s) => deps.store.timeRecords.findSiteGeofence(s.id)));
  return {
    timeZone: settings.timeZone,
    weeklyDidacticHours: settings.weeklyDidacticHours,
    eveningStartsAt: clock(settings.eveningStartsAt),
    eveningEndsAt: clock(settings.eveningEndsAt),
    lateAfterMinutes: settings.lateAfterMinutes,
    stored: stored !== undefined,
    limits: CLINICAL_HOUR_LIMITS.map((l) => ({
      words: LIMIT_WORDS[l.kind](l.value),
      sourceUrl: l.sourceUrl,
      effective: l.effective,
      confidence: l.confidence,
      confidenceWords: CONFIDENCE_WORDS[l.confidence] ?? 'Not confirmed',
      flag: l.flag,
    })),
    sites: sites.map((s, i) => {
      const f = fences[i];
      return { name: s.name, areaSet: f?.latitude != null && f.longitude != null && f.radiusM != null };
    }),
  };
}

/**
 * Stores the school's time settings (program director or administrator). An unknown time zone or an
 * evening that starts and ends at the same minute is refused, quoting the value; nothing is written.
 */
export async function saveSchoolTimeSettings(deps: Deps, principal: Principal, schoolId: string, input: SchoolTimeSettingsInput): Promise<SchoolTimeSettingsView> {
  await requireSchoolRole(deps, principal, schoolId, PLACEMENT_MANAGER_ROLES);
  const issues: { path: string; message: string }[] = [];
  if (!knownTimeZone(input.timeZone)) issues.push({ path: 'timeZone', message: `"${input.timeZone}" is not a time zone; use a name such as America/Chicago` });
  if (minutesOf(input.eveningStartsAt) === minutesOf(input.eveningEndsAt)) issues.push({ path: 'eveningEndsAt', message: `"${input.eveningEndsAt}" is when the evening starts; the evening must end at another time` });
  if (issues.length > 0) throw new ValidationError(issues, 'The time settings were not saved');
  const now = deps.clock.now().toISOString();
  const row = {
    schoolOrganisationId: schoolId,
    timeZone: input.timeZone,
    weeklyDidacticHours: input.weeklyDidacticHours,
    eveningStartsAt: minutesOf(input.eveningStartsAt),
    eveningEndsAt: minutesOf(input.eveningEndsAt),
    lateAfterMinutes: input.lateAfterMinutes,
  };
  await deps.store.transaction(async (tx) => {
    await tx.timeRecords.saveSettings(row, now);
    await tx.audit.append({ at: now, actorUserId: principal.user.id, organisationId: schoolId, action: 'clinical.time.settings-saved', subjectPersonId: null, details: { ...row } });
  });
  return schoolTimeSettings(deps, principal, schoolId);
}
