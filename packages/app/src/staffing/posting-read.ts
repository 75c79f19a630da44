import { NotFoundError, ValidationError, annualPay, type EmploymentType, type ImagingModality, type PayUnit } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { Deps, StaffingDeps } from '../deps.js';
import { encodeCursor, pageRequest, type Page, type PageInput } from '../pagination/cursor.js';
import type { OrganisationRow, PostingFilter, PostingRow } from '../ports/index.js';
import { todayUtc } from '../verdicts/as-of.js';
import { writesPostingsFor } from './posting-access.js';
import { boxAround, distanceKm } from './posting-place.js';
import { postingView, type PostingView } from './posting-view.js';

/** The public search: every given filter must match; `near` is a US ZIP code, "City, ST", or "City, Country" elsewhere. */
export interface PostingSearch extends PageInput {
  readonly role?: string | undefined;
  readonly modality?: ImagingModality | undefined;
  readonly employmentType?: EmploymentType | undefined;
  readonly near?: string | undefined;
  readonly radiusKm: number;
  readonly minPay?: number | undefined;
  readonly payUnit: PayUnit;
  readonly organisationId?: string | undefined;
}

/** Views of `rows` with their organisations (read once each). */
export async function viewsOf(deps: Pick<Deps, 'store' | 'clock'>, rows: readonly PostingRow[]): Promise<PostingView[]> {
  const orgs = new Map<string, OrganisationRow>((await deps.store.organisations.listByIds([...new Set(rows.map((r) => r.organisationId))])).map((o) => [o.id, o]));
  const today = todayUtc(deps);
  return rows.flatMap((r) => {
    const org = orgs.get(r.organisationId);
    return org === undefined ? [] : [postingView(r, org, today)];
  });
}

/**
 * One posting. Everyone sees a posting once it has been opened (with its status as of today: open,
 * filled, closed or expired); a draft only its organisation's recruiters and admins — to anyone else it
 * does not exist.
 */
export async function readPosting(deps: Pick<Deps, 'store' | 'clock'>, principal: Principal | null, id: string): Promise<PostingView> {
  const row = await deps.store.postings.findById(id);
  if (row === undefined || (row.status === 'draft' && (principal === null || !writesPostingsFor(principal, row.organisationId)))) {
    throw new NotFoundError('posting', id);
  }
  const [view] = await viewsOf(deps, [row]);
  if (view === undefined) throw new NotFoundError('posting', id);
  return view;
}

/**
 * Open postings (not past their last day) by role, modality, employment type, pay, and distance from a
 * place, a page at a time; open to everyone. The place search reads a box around the point and keeps those
 * within the radius, so a page may hold fewer than `limit` postings while more follow.
 *
 * @example
 * await searchPostings(deps, { modality: 'ct', near: '77030', radiusKm: 50, payUnit: 'hour', minPay: 40, limit: 20 })
 */
export async function searchPostings(deps: Pick<StaffingDeps, 'store' | 'clock' | 'places'>, search: PostingSearch, posted?: PostingFilter['posted']): Promise<Page<PostingView>> {
  let centre: { lat: number; lon: number } | undefined;
  if (search.near !== undefined) {
    centre = deps.places.resolve(search.near);
    if (centre === undefined) throw new ValidationError([{ path: 'near', message: `cannot place ${JSON.stringify(search.near)}: give a US ZIP code, "City, ST", or "City, Country" elsewhere` }]);
  }
  const filter: PostingFilter = {
    openOn: todayUtc(deps),
    ...(search.role === undefined ? {} : { role: search.role }),
    ...(search.modality === undefined ? {} : { modality: search.modality }),
    ...(search.employmentType === undefined ? {} : { employmentType: search.employmentType }),
    ...(search.organisationId === undefined ? {} : { organisationId: search.organisationId }),
    ...(search.minPay === undefined ? {} : { minAnnualPay: annualPay(search.minPay, search.payUnit) }),
    ...(centre === undefined ? {} : { box: boxAround(centre.lat, centre.lon, search.radiusKm) }),
    ...(posted === undefined ? {} : { posted }),
  };
  const rows = await deps.store.postings.search(filter, pageRequest(search));
  const page = rows.slice(0, search.limit);
  const within = centre === undefined ? page : page.filter((r) => distanceKm(centre.lat, centre.lon, r.place.lat, r.place.lon) <= search.radiusKm);
  const last = page.at(-1);
  return { items: await viewsOf(deps, within), nextCursor: rows.length > search.limit && last !== undefined ? encodeCursor(last.id) : null };
}

/** How many postings the organisation's own list shows, newest ids last. */
const OWN_LIST_LIMIT = 500;

/**
 * An organisation's postings in every state — drafts, open, filled, closed, expired — for its recruiters and
 * admins (and platform admins); to anyone else the organisation has none to show ("not found").
 */
export async function organisationPostings(deps: Pick<Deps, 'store' | 'clock'>, principal: Principal, organisationId: string): Promise<PostingView[]> {
  if (!writesPostingsFor(principal, organisationId)) throw new NotFoundError('organisation', organisationId);
  return viewsOf(deps, await deps.store.postings.search({ organisationId }, { limit: OWN_LIST_LIMIT }));
}
