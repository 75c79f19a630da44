import { ALERT_FREQUENCY_WORDS, type AlertFrequency, ConflictError, EMPLOYMENT_WORDS, MODALITY_WORDS, NotFoundError, payWords, ValidationError } from '@modality/domain';
import { findJobRole } from '@modality/knowledge';
import type { Principal } from '../auth/principal.js';
import type { StaffingDeps } from '../deps.js';
import type { SavedSearchQuery, SavedSearchRow } from '../ports/index.js';
import { activeRecruitmentRefusal } from './ethical-recruitment.js';

/** Searches one person may keep: enough to follow a few kinds of job, few enough that alerts stay readable. */
export const SAVED_SEARCH_CAP = 10;

/** A saved search as its owner sees it: the filters, the same in words, and whether alerts are mailed. */
export interface SavedSearchView {
  readonly id: string;
  readonly search: SavedSearchQuery;
  readonly says: string;
  readonly createdAt: string;
  /** How often its alerts are mailed, and the same in words. */
  readonly alertFrequency: AlertFrequency;
  readonly alertsSay: string;
  /** Why no alert is mailed (the rule and its source, in words), or null: alerts are mailed. */
  readonly alertsWithheld: string | null;
}

/**
 * A saved search in words, e.g. "CT Technologist, CT, Full time, within 50 km of 77030, at least $90,000 a year".
 *
 * @example
 * searchWords({ modality: 'ct', radiusKm: 50, payUnit: 'year' }) // 'CT jobs anywhere'
 */
export function searchWords(q: SavedSearchQuery): string {
  const parts = [
    q.role === undefined ? null : (findJobRole(q.role)?.title ?? q.role),
    q.modality === undefined ? null : MODALITY_WORDS[q.modality],
    q.employmentType === undefined ? null : EMPLOYMENT_WORDS[q.employmentType],
  ].filter((p): p is string => p !== null);
  const what = parts.length === 0 ? 'All jobs' : `${parts.join(', ')} jobs`;
  const where = q.near === undefined ? 'anywhere' : `within ${String(q.radiusKm)} km of ${q.near}`;
  const pay = q.minPay === undefined ? '' : `, paying at least ${payWords({ min: q.minPay, max: q.minPay, unit: q.payUnit, currency: 'USD' })}`;
  return `${what} ${where}${pay}`;
}

/**
 * Whether job alerts are withheld from a resident of `residence`, and why: an alert mails vacancies to a
 * person, which the UK Code of Practice counts as advertising to them, i.e. active recruitment, even when
 * they asked for it; so residents of countries on a list that governs every destination (the WHO list) get
 * none. They keep the saved search to run on the board, and may apply themselves.
 */
export function alertsWithheldFrom(residence: string | null): string | null {
  if (residence === null || residence === '') return null;
  const refusal = activeRecruitmentRefusal(residence, '');
  if (refusal === null) return null;
  return `Job alerts are not mailed to people living in ${refusal.residence}: under the ${refusal.name} (version ${refusal.version}; source: ${refusal.sourceUrl}) jobs are not advertised to them. You can still run this search on the job board and apply yourself.`;
}

async function residenceOf(deps: Pick<StaffingDeps, 'store'>, principal: Principal): Promise<string | null> {
  if (principal.personId === null) return null;
  return (await deps.store.people.findById(principal.personId))?.country ?? null;
}

function viewOf(row: SavedSearchRow, withheld: string | null): SavedSearchView {
  return {
    id: row.id,
    search: row.query,
    says: searchWords(row.query),
    createdAt: row.createdAt,
    alertFrequency: row.alertFrequency,
    alertsSay: ALERT_FREQUENCY_WORDS[row.alertFrequency],
    alertsWithheld: withheld,
  };
}

/** A search to save: the job board's filters and, optionally, how often its alerts are mailed (hourly unless said). */
export type SavedSearchInput = SavedSearchQuery & { readonly alertFrequency?: AlertFrequency | undefined };

/** The signed-in person's saved searches, oldest first. */
export async function mySavedSearches(deps: Pick<StaffingDeps, 'store'>, principal: Principal): Promise<SavedSearchView[]> {
  const withheld = alertsWithheldFrom(await residenceOf(deps, principal));
  return (await deps.store.savedSearches.listForUser(principal.user.id)).map((r) => viewOf(r, withheld));
}

/**
 * Saves a job search for the signed-in person. Its place must be one the gazetteer can place (refused naming
 * `near` and quoting it). Alerts cover postings opened from now on: nothing opened before is mailed.
 *
 * @example
 * await saveSearch(deps, ana, { modality: 'ct', near: '77030', radiusKm: 50, payUnit: 'year' })
 */
export async function saveSearch(deps: Pick<StaffingDeps, 'store' | 'clock' | 'ids' | 'places'>, principal: Principal, input: SavedSearchInput): Promise<SavedSearchView> {
  const { alertFrequency, ...query } = input;
  const clean = checkedQuery(deps, query);
  const now = deps.clock.now().toISOString();
  const row: SavedSearchRow = { id: deps.ids.newId('srch'), userId: principal.user.id, query: clean, createdAt: now, alertedThrough: now, alertFrequency: alertFrequency ?? 'hourly' };
  await deps.store.transaction(async (tx) => {
    if ((await tx.savedSearches.countForUser(principal.user.id)) >= SAVED_SEARCH_CAP) {
      throw new ConflictError(`You have ${String(SAVED_SEARCH_CAP)} saved searches, the most one may keep: delete one first`);
    }
    await tx.savedSearches.insert(row);
  });
  return viewOf(row, alertsWithheldFrom(await residenceOf(deps, principal)));
}

/** The filters as stored (no undefined keys), or a validation error naming `near` for a place the gazetteer cannot place. */
function checkedQuery(deps: Pick<StaffingDeps, 'places'>, query: SavedSearchQuery): SavedSearchQuery {
  if (query.near !== undefined && deps.places.resolve(query.near) === undefined) {
    throw new ValidationError([{ path: 'near', message: `cannot place ${JSON.stringify(query.near)}: give a US ZIP code, "City, ST", or "City, Country" elsewhere` }]);
  }
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as unknown as SavedSearchQuery;
}

/** Whether two stored filter sets are the same search (key order aside). */
function sameQuery(a: SavedSearchQuery, b: SavedSearchQuery): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a as unknown as Record<string, unknown>)[k] === (b as unknown as Record<string, unknown>)[k]);
}

/**
 * Changes the filters or the alert frequency of one of the signed-in person's saved searches (the same
 * checks as saving one; a frequency not given stays as it was). When the filters change its alerts start
 * again from now: a posting opened earlier that only the new filters match is not mailed, as for a new
 * search. When only the frequency changes the cursor stays, so the next alert or digest lists what the last
 * one did not. Anyone else's search does not exist for them.
 */
export async function changeSavedSearch(deps: Pick<StaffingDeps, 'store' | 'clock' | 'places'>, principal: Principal, id: string, input: SavedSearchInput): Promise<SavedSearchView> {
  const { alertFrequency, ...query } = input;
  const clean = checkedQuery(deps, query);
  const now = deps.clock.now().toISOString();
  const old = (await deps.store.savedSearches.listForUser(principal.user.id)).find((r) => r.id === id);
  if (old === undefined) throw new NotFoundError('saved search', id);
  // The cursor is left alone (null) rather than written back, so an alert run moving it meanwhile is kept.
  const changed = await deps.store.savedSearches.replace(principal.user.id, id, clean, alertFrequency ?? old.alertFrequency, sameQuery(old.query, clean) ? null : now);
  if (!changed) throw new NotFoundError('saved search', id);
  const row = (await deps.store.savedSearches.listForUser(principal.user.id)).find((r) => r.id === id);
  if (row === undefined) throw new NotFoundError('saved search', id);
  return viewOf(row, alertsWithheldFrom(await residenceOf(deps, principal)));
}

/** Deletes one of the signed-in person's saved searches; anyone else's does not exist for them. */
export async function deleteSavedSearch(deps: Pick<StaffingDeps, 'store'>, principal: Principal, id: string): Promise<void> {
  if (!(await deps.store.savedSearches.delete(principal.user.id, id))) throw new NotFoundError('saved search', id);
}
