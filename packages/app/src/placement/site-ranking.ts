import { ValidationError, type FieldIssue } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import { siteViews, type ManagedSiteView } from './clinical-site-admin.js';
import { termView, type TermView } from './clinical-terms.js';
import { requireSchoolRole, requireTerm } from './school-access.js';

/** What a student sees to rank: the term, the school's sites (no capacities) and their ranking so far. */
export interface RankingView {
  readonly term: TermView;
  readonly sites: Array<Omit<ManagedSiteView, 'capacities' | 'preceptors' | 'area'> & { readonly preceptors: Array<{ readonly name: string; readonly credentials: string }> }>;
  /** Site ids, first choice first. */
  readonly ranking: string[];
}

function ownPerson(principal: Principal): string {
  if (principal.personId === null) throw new ValidationError([{ path: 'person', message: 'You have no record yet; create your record before ranking sites' }]);
  return principal.personId;
}

/** The signed-in student's ranking of the school's sites for a term. */
export async function getSiteRanking(deps: Deps, principal: Principal, schoolId: string, termId: string): Promise<RankingView> {
  await requireSchoolRole(deps, principal, schoolId, ['student']);
  const term = await requireTerm(deps, schoolId, termId);
  const personId = ownPerson(principal);
  const [sites, rankings] = await Promise.all([deps.store.clinical.listSitesForSchools([schoolId]), deps.store.clinicalPlacement.listRankings(termId)]);
  const views = await siteViews(deps, schoolId, sites);
  return {
    term: termView(term),
    sites: views.map((s) => ({ id: s.id, name: s.name, address: s.address, city: s.city, modalities: s.modalities, preceptors: s.preceptors.map((p) => ({ name: p.name, credentials: p.credentials })) })),
    ranking: rankings.get(personId) ?? [],
  };
}

/**
 * Replaces the student's ranking for a term: `sites[0]` is their first choice. A site that is not one of
 * the school's, or a site named twice, is refused quoting the value; nothing is written then.
 */
export async function rankSites(deps: Deps, principal: Principal, schoolId: string, termId: string, siteIds: readonly string[]): Promise<RankingView> {
  await requireSchoolRole(deps, principal, schoolId, ['student']);
  await requireTerm(deps, schoolId, termId);
  const personId = ownPerson(principal);
  const known = new Set((await deps.store.clinical.listSitesForSchools([schoolId])).map((s) => s.id));
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  siteIds.forEach((id, i) => {
    if (!known.has(id)) issues.push({ path: `sites[${i}]`, message: `"${id}" is not a clinical site of your school` });
    else if (seen.has(id)) issues.push({ path: `sites[${i}]`, message: `"${id}" is ranked twice; rank each site once` });
    seen.add(id);
  });
  if (issues.length > 0) throw new ValidationError(issues, 'The ranking was not saved');
  await deps.store.transaction((tx) => tx.clinicalPlacement.replaceRanking(termId, personId, siteIds, deps.clock.now().toISOString()));
  return getSiteRanking(deps, principal, schoolId, termId);
}
