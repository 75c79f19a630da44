import { ForbiddenError, NotFoundError, ValidationError, postingSideOf, type MembershipRole, type PostingSide } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { OrganisationRow } from '../ports/index.js';

/** Roles that write an organisation's postings and see its drafts. */
export const POSTING_WRITER_ROLES: readonly MembershipRole[] = ['recruiter', 'org_admin'];

/** An organisation that posts, with the side it posts as. */
export interface PostingOrganisation extends OrganisationRow {
  readonly side: PostingSide;
}

/** The organisation's side, or a validation error naming `field` when it does not post (a school). */
function withSide(org: OrganisationRow, field: string): PostingOrganisation {
  const side = postingSideOf(org.kind);
  if (side === null) throw new ValidationError([{ path: field, message: `${org.name} is not an employer or a staffing agency, so it does not post jobs` }]);
  return { ...org, side };
}

/** Whether the principal writes postings for `organisationId` (platform admins for every organisation). */
export function writesPostingsFor(principal: Principal, organisationId: string): boolean {
  return principal.user.isAdmin || principal.memberships.some((m) => m.organisationId === organisationId && POSTING_WRITER_ROLES.includes(m.role));
}

/**
 * The organisation a new posting goes to: the one named, which the principal must post for, or — when
 * none is named — the only one they post for. Someone with no role there learns nothing ("not found").
 */
export async function postingOrganisationFor(deps: Pick<Deps, 'store'>, principal: Principal, organisationId: string | undefined): Promise<PostingOrganisation> {
  if (organisationId === undefined) {
    const mine = [...new Set(principal.memberships.filter((m) => POSTING_WRITER_ROLES.includes(m.role)).map((m) => m.organisationId))];
    if (mine.length === 0) throw new ForbiddenError('Only recruiters and organisation admins post jobs');
    const [only] = mine;
    if (mine.length > 1 || only === undefined) throw new ValidationError([{ path: 'organisationId', message: 'you post for several organisations: name one' }]);
    organisationId = only;
  }
  const org = await deps.store.organisations.findById(organisationId);
  if (org === undefined || (!principal.user.isAdmin && !principal.memberships.some((m) => m.organisationId === organisationId))) {
    throw new NotFoundError('organisation', organisationId);
  }
  if (!writesPostingsFor(principal, organisationId)) throw new ForbiddenError(`Only recruiters and organisation admins post jobs for ${org.name}`);
  return withSide(org, 'organisationId');
}

/** An organisation named by its id or its exact name, for operators (imports) who act without a principal. */
export async function postingOrganisationNamed(deps: Pick<Deps, 'store'>, idOrName: string, field = 'organisation'): Promise<PostingOrganisation> {
  const org = (await deps.store.organisations.findById(idOrName)) ?? (await deps.store.organisations.listAll()).find((o) => o.name === idOrName);
  if (org === undefined) throw new ValidationError([{ path: field, message: `no organisation has the id or name ${JSON.stringify(idOrName)}` }]);
  return withSide(org, field);
}

/**
 * The organisation on whose behalf the principal acts on `posting`: the posting's own organisation for
 * its recruiters and admins; otherwise a staffing agency the principal recruits for, since agencies put
 * candidates forward for other organisations' postings. Undefined for anyone else.
 */
export async function actingOrganisationFor(deps: Pick<Deps, 'store'>, principal: Principal, postingOrganisationId: string): Promise<PostingOrganisation | undefined> {
  if (writesPostingsFor(principal, postingOrganisationId)) return postingOrganisationNamed(deps, postingOrganisationId);
  const agency = principal.memberships.find((m) => m.organisationKind === 'staffing-agency' && POSTING_WRITER_ROLES.includes(m.role));
  return agency === undefined ? undefined : postingOrganisationNamed(deps, agency.organisationId);
}

/**
 * The side on which the principal acts on a posting of `postingOrganisationId` (as `actingOrganisationFor`
 * decides it): from the memberships read with this request's session where they say it, so a search reads
 * no organisation; read from the store only for a platform admin without a role there.
 */
export async function actingSideFor(deps: Pick<Deps, 'store'>, principal: Principal, postingOrganisationId: string): Promise<PostingSide | undefined> {
  const writer = (organisationId: string) => principal.memberships.find((m) => m.organisationId === organisationId && POSTING_WRITER_ROLES.includes(m.role));
  const member = writesPostingsFor(principal, postingOrganisationId)
    ? writer(postingOrganisationId)
    : principal.memberships.find((m) => m.organisationKind === 'staffing-agency' && POSTING_WRITER_ROLES.includes(m.role));
  if (member === undefined) return (await actingOrganisationFor(deps, principal, postingOrganisationId))?.side;
  return withSide({ id: member.organisationId, name: member.organisationName, kind: member.organisationKind }, 'organisationId').side;
}
