import { ALERT_FREQUENCY_WORDS } from '@modality/domain';
import type { FileDeps } from '../deps.js';
import type { CandidatePreferences, ProfileVisibility } from '../ports/index.js';
import { searchWords } from '../staffing/saved-searches.js';

/** What "download my data" holds of a person's job search: their profile, saved searches, requests and applications. */
export interface MyJobSearch {
  /** The candidate profile, or null when they never made one. */
  readonly profile: {
    readonly handle: string;
    readonly enabled: boolean;
    readonly visibility: ProfileVisibility;
    readonly preferences: CandidatePreferences;
    readonly updatedAt: string;
  } | null;
  readonly savedSearches: Array<{ readonly says: string; readonly search: Readonly<Record<string, unknown>>; readonly alertsSay: string; readonly createdAt: string }>;
  /** Requests to represent them and their own applications, by posting title and organisation name. */
  readonly submissions: Array<{
    readonly posting: string;
    readonly organisation: string;
    readonly kind: 'request' | 'application';
    readonly status: 'pending' | 'accepted' | 'declined' | 'withdrawn';
    readonly createdAt: string;
    readonly decidedAt: string | null;
  }>;
}

/**
 * The person's job search as "download my data" gives it: names rather than ids (a posting by its title, an
 * organisation by its name; "a posting since deleted" when it is gone).
 */
export async function myJobSearch(deps: Pick<FileDeps, 'store'>, userId: string, personId: string | null): Promise<MyJobSearch> {
  const searches = (await deps.store.savedSearches.listForUser(userId)).map((s) => ({ says: searchWords(s.query), search: { ...s.query }, alertsSay: ALERT_FREQUENCY_WORDS[s.alertFrequency], createdAt: s.createdAt }));
  if (personId === null) return { profile: null, savedSearches: searches, submissions: [] };
  const profile = await deps.store.profiles.findByPerson(personId);
  const orgNames = new Map<string, string>();
  const orgName = async (id: string): Promise<string> => {
    if (!orgNames.has(id)) orgNames.set(id, (await deps.store.organisations.findById(id))?.name ?? 'an organisation since deleted');
    return orgNames.get(id) ?? '';
  };
  const submissions: Array<MyJobSearch['submissions'][number]> = [];
  for (const r of await deps.store.staffingRequests.listForPerson(personId)) {
    const posting = await deps.store.postings.findById(r.postingId);
    submissions.push({ posting: posting?.title ?? 'a posting since deleted', organisation: await orgName(r.organisationId), kind: r.kind, status: r.status, createdAt: r.createdAt, decidedAt: r.decidedAt });
  }
  return {
    profile: profile === undefined ? null : { handle: profile.handle, enabled: profile.enabled, visibility: profile.visibility, preferences: profile.preferences, updatedAt: profile.updatedAt },
    savedSearches: searches,
    submissions,
  };
}
