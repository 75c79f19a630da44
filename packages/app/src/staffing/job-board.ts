import { GoneError, NotFoundError } from '@modality/domain';
import { jobPostingJsonLd } from '@modality/interop';
import { findJobRole, findJurisdiction, JOB_ROLES } from '@modality/knowledge';
import { credentialNames } from '../catalogue/credential-names.js';
import type { ProofDeps } from '../deps.js';
import { todayUtc } from '../verdicts/as-of.js';
import { searchPostings, viewsOf, type PostingSearch } from './posting-read.js';
import type { PostingView } from './posting-view.js';

/** A posting's public page: the posting, the names of the credentials it asks for, and its JobPosting data. */
export interface JobPage {
  readonly posting: PostingView;
  /** Display name of every credential code the posting names. */
  readonly credentialNames: Readonly<Record<string, string>>;
  /** Display name of every licence jurisdiction the posting accepts. */
  readonly jurisdictionNames: Readonly<Record<string, string>>;
  /** The page's absolute address. */
  readonly url: string;
  /** schema.org JobPosting, for the page's `application/ld+json` script. */
  readonly jsonLd: Record<string, unknown>;
}

/** Candidates apply from the posting's own page (its "apply" link), with no third party in between. */
const DIRECT_APPLY = true;

/** The street part of an address written "street, city, ST ZIP", when it has one. */
function streetOf(address: string): string | null {
  const [first, ...rest] = address.split(',');
  return rest.length >= 2 && first !== undefined && /\d/.test(first) ? first.trim() : null;
}

/** The page address of a posting. */
export const jobUrl = (publicUrl: string, id: string) => `${publicUrl}/jobs/${encodeURIComponent(id)}`;

/**
 * The public page of a posting, with its schema.org JobPosting. A draft does not exist for the public
 * ("not found"); a posting that expired, was filled or was closed is gone (410), so search engines drop it.
 */
export async function publicJobPage(deps: Pick<ProofDeps, 'store' | 'clock' | 'publicUrl'>, id: string): Promise<JobPage> {
  const row = await deps.store.postings.findById(id);
  if (row === undefined || row.status === 'draft') throw new NotFoundError('posting', id);
  const [posting] = await viewsOf(deps, [row]);
  if (posting === undefined) throw new NotFoundError('posting', id);
  if (posting.status !== 'open') throw new GoneError(`This posting has ${posting.status === 'expired' ? 'expired' : `been ${posting.status}`}: it is no longer open`);
  const { credentials } = posting.requirements;
  const codes = [...credentials.allOf, ...credentials.anyOf.flat()];
  const names = credentialNames(codes);
  const url = jobUrl(deps.publicUrl, posting.id);
  const jsonLd = jobPostingJsonLd({
    url,
    identifier: posting.reference ?? posting.id,
    title: posting.title,
    description: posting.description,
    datePosted: posting.datePosted ?? posting.updatedAt,
    validThrough: posting.validThrough,
    organisationName: posting.organisation.name,
    employmentType: posting.employmentType,
    place: { ...posting.place, streetAddress: streetOf(posting.place.address) },
    pay: posting.pay,
    sponsorship: posting.requirements.sponsorship,
    minYears: posting.requirements.minYears,
    qualifications: [
      ...credentials.allOf.map((c) => names[c] ?? c),
      ...credentials.anyOf.map((g) => g.map((c) => names[c] ?? c).join(' or ')),
    ],
    occupationalCategory: findJobRole(posting.role)?.soc ?? null,
    directApply: DIRECT_APPLY,
  });
  const jurisdictionNames = Object.fromEntries(posting.requirements.licenceJurisdictions.map((j) => [j, findJurisdiction(j)?.name ?? j]));
  return { posting, credentialNames: names, jurisdictionNames, url, jsonLd };
}

/** The public board's search: the page of postings, and the roles to choose from by name. */
export interface JobBoard {
  readonly items: readonly PostingView[];
  readonly nextCursor: string | null;
  readonly roles: ReadonlyArray<{ readonly code: string; readonly name: string }>;
}

/** The public job board: open postings matching the search (see {@link searchPostings}) and the roles by name. */
export async function searchJobBoard(deps: Pick<ProofDeps, 'store' | 'clock' | 'places'>, search: PostingSearch): Promise<JobBoard> {
  const page = await searchPostings(deps, search);
  return { ...page, roles: JOB_ROLES.map((r) => ({ code: r.code, name: r.title })) };
}

/** One entry of the job sitemap. */
export interface SitemapEntry {
  readonly url: string;
  /** `YYYY-MM-DD` of the last change. */
  readonly lastmod: string;
}

/** A sitemap holds at most 50,000 addresses. */
const SITEMAP_LIMIT = 50_000;

/** Every open posting's page (not past its last day), for `/jobs/sitemap.xml`; expired ones drop out by themselves. */
export async function jobSitemap(deps: Pick<ProofDeps, 'store' | 'clock' | 'publicUrl'>): Promise<SitemapEntry[]> {
  const out: SitemapEntry[] = [];
  const openOn = todayUtc(deps);
  let after: string | undefined;
  for (;;) {
    const rows = await deps.store.postings.search({ openOn }, { limit: 1000, ...(after === undefined ? {} : { after }) });
    for (const r of rows) out.push({ url: jobUrl(deps.publicUrl, r.id), lastmod: r.updatedAt.slice(0, 10) });
    const last = rows.at(-1);
    if (rows.length < 1000 || last === undefined || out.length >= SITEMAP_LIMIT) return out.slice(0, SITEMAP_LIMIT);
    after = last.id;
  }
}
