import { NotFoundError, placeWords, ValidationError, type CalendarDate, type ImagingModality, type PostingSide, type WorkShift } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { StaffingDeps } from '../deps.js';
import type { CandidatePreferences, CandidateProfileRow, PreferredPlace, ProfileVisibility, Store } from '../ports/index.js';
import { todayUtc } from '../verdicts/as-of.js';
import { candidateFacts, type CandidateFacts } from './candidate-facts.js';

/** A profile as its owner sees it: their settings, their handle, and what the record says about them. */
export interface ProfileView {
  readonly enabled: boolean;
  readonly visibility: ProfileVisibility;
  /** The name recruiters see until the candidate accepts a request. */
  readonly handle: string;
  readonly preferences: CandidatePreferences;
  readonly credentials: { readonly held: CandidateFacts['held']; readonly inProgress: CandidateFacts['inProgress'] };
  readonly years: CandidateFacts['years'];
  readonly updatedAt: string;
}

/** A change to one's profile; absent fields stay as they are. Places are written as a US ZIP code, "City, ST", or "City, Country". */
export interface ProfileChange {
  readonly enabled?: boolean | undefined;
  readonly visibility?: ProfileVisibility | undefined;
  readonly preferences?:
    | {
        readonly places?: ReadonlyArray<{ readonly near: string; readonly radiusKm: number }> | undefined;
        readonly relocate?: boolean | undefined;
        readonly travel?: boolean | undefined;
        readonly shifts?: WorkShift[] | undefined;
        readonly payFloor?: CandidatePreferences['payFloor'] | undefined;
        readonly startDate?: CalendarDate | null | undefined;
        readonly workAuthorisation?: string[] | undefined;
      }
    | undefined;
}

const NO_PREFERENCES: CandidatePreferences = { places: [], relocate: false, travel: false, shifts: [], payFloor: null, startDate: null, workAuthorisation: [] };

/** A fresh handle: `C-` and eight letters or digits from a random token (no vowels, so no words). */
function newHandle(deps: Pick<StaffingDeps, 'ids'>): string {
  const chars = deps.ids
    .newToken()
    .toUpperCase()
    .replace(/[^BCDFGHJKLMNPQRSTVWXZ23456789]/g, '');
  return `C-${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}

/** The principal's own person, or "not found": a profile is made from a record. */
function ownPerson(principal: Principal): string {
  if (principal.personId === null) throw new NotFoundError('profile', 'of this account (a profile is built from your record; add your record first)');
  return principal.personId;
}

/** The stored profile of a person, or a new one — off, visible to all recruiters once turned on — with a fresh handle. */
export async function profileOf(deps: Pick<StaffingDeps, 'ids' | 'clock'>, tx: Store, personId: string): Promise<CandidateProfileRow> {
  const found = await tx.profiles.findByPerson(personId);
  if (found !== undefined) return found;
  const now = deps.clock.now().toISOString();
  const row: CandidateProfileRow = { personId, handle: newHandle(deps), enabled: false, visibility: 'all-recruiters', preferences: NO_PREFERENCES, createdAt: now, updatedAt: now };
  await tx.profiles.save(row);
  return row;
}

/** The facts of a person's record on `asOf` (an empty record says nothing). */
export async function factsOf(tx: Store, personId: string, asOf: CalendarDate): Promise<CandidateFacts> {
  const record = await tx.people.getRecord(personId);
  if (record === undefined) return { held: [], inProgress: [], years: {}, country: '' };
  return candidateFacts(record, asOf);
}

function view(row: CandidateProfileRow, facts: CandidateFacts): ProfileView {
  return {
    enabled: row.enabled,
    visibility: row.visibility,
    handle: row.handle,
    preferences: row.preferences,
    credentials: { held: facts.held, inProgress: facts.inProgress },
    years: facts.years,
    updatedAt: row.updatedAt,
  };
}

/**
 * One's own candidate profile: off until turned on, with the handle recruiters will see, and the
 * credentials held and under way as the rules engine reads them from the record today.
 */
export async function readMyProfile(deps: StaffingDeps, principal: Principal): Promise<ProfileView> {
  const personId = ownPerson(principal);
  return deps.store.transaction(async (tx) => view(await profileOf(deps, tx, personId), await factsOf(tx, personId, todayUtc(deps))));
}

/**
 * Turns one's profile on or off, sets who may find it, and what one is looking for. Places are placed by
 * the gazetteer at city level (a ZIP code becomes its city); a place it cannot find is refused by field.
 */
export async function updateMyProfile(deps: StaffingDeps, principal: Principal, change: ProfileChange): Promise<ProfileView> {
  const personId = ownPerson(principal);
  const result = await deps.store.transaction(async (tx) => {
    const row = await profileOf(deps, tx, personId);
    const p = change.preferences ?? {};
    const places: PreferredPlace[] | undefined = p.places?.map((place, i) => {
      const found = deps.places.resolve(place.near);
      if (found === undefined) throw new ValidationError([{ path: `preferences.places[${i}].near`, message: `cannot place ${JSON.stringify(place.near)}: give a US ZIP code, "City, ST", or "City, Country" elsewhere` }]);
      const label = placeWords(found);
      return { label, region: found.region, country: found.country, lat: found.lat, lon: found.lon, radiusKm: place.radiusKm };
    });
    const preferences: CandidatePreferences = {
      places: places ?? row.preferences.places,
      relocate: p.relocate ?? row.preferences.relocate,
      travel: p.travel ?? row.preferences.travel,
      shifts: p.shifts ?? row.preferences.shifts,
      payFloor: p.payFloor === undefined ? row.preferences.payFloor : p.payFloor,
      startDate: p.startDate === undefined ? row.preferences.startDate : p.startDate,
      workAuthorisation: p.workAuthorisation ?? row.preferences.workAuthorisation,
    };
    const next: CandidateProfileRow = { ...row, enabled: change.enabled ?? row.enabled, visibility: change.visibility ?? row.visibility, preferences, updatedAt: deps.clock.now().toISOString() };
    await tx.profiles.save(next);
    await tx.audit.append({ at: next.updatedAt, actorUserId: principal.user.id, organisationId: null, action: 'profile.changed', subjectPersonId: personId, details: { enabled: next.enabled, visibility: next.visibility } });
    return view(next, await factsOf(tx, personId, todayUtc(deps)));
  });
  return result;
}

/** Whether a recruiter posting as `side` may find this profile at all. */
export function findableBy(profile: Pick<CandidateProfileRow, 'enabled' | 'visibility'>, side: PostingSide): boolean {
  if (!profile.enabled || profile.visibility === 'hidden') return false;
  return profile.visibility === 'all-recruiters' || side === 'employer';
}

/** What a recruiter sees of a candidate before consent: the handle, a city, credentials and years — no name, e-mail, phone or address. */
export interface CandidateCard {
  readonly handle: string;
  /** City level only: the first place the candidate named, else their country. */
  readonly place: string;
  readonly held: Array<{ readonly code: string; readonly name: string }>;
  readonly inProgress: Array<{ readonly code: string; readonly name: string; readonly eligible: boolean }>;
  readonly years: Partial<Record<ImagingModality, number>>;
  readonly relocate: boolean;
  readonly travel: boolean;
}

/** The pre-consent card of a candidate. */
export function candidateCard(profile: CandidateProfileRow, facts: CandidateFacts): CandidateCard {
  return {
    handle: profile.handle,
    place: profile.preferences.places[0]?.label ?? facts.country,
    held: facts.held.map((h) => ({ code: h.code, name: h.name })),
    inProgress: facts.inProgress.map((c) => ({ code: c.code, name: c.name, eligible: c.eligible })),
    years: facts.years,
    relocate: profile.preferences.relocate,
    travel: profile.preferences.travel,
  };
}
