import { ForbiddenError, NotFoundError, type MembershipRole } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { OrganisationRow } from '../ports/index.js';

/** Roles that run an organisation's people (see members, invite). */
export const ORGANISATION_STAFF_ROLES: readonly MembershipRole[] = ['org_admin', 'program_director', 'instructor', 'recruiter'];

/** Roles that invite people into an organisation (platform admins always may). */
export const ORGANISATION_INVITER_ROLES: readonly MembershipRole[] = ['org_admin'];

/**
 * Loads an organisation the principal may act on with one of `roles` (platform admins always may).
 * Someone with no role there learns nothing: they get "not found", not "forbidden".
 */
export async function requireOrganisationRole(
  deps: Deps,
  principal: Principal,
  organisationId: string,
  roles: readonly MembershipRole[],
): Promise<OrganisationRow> {
  const org = await deps.store.organisations.findById(organisationId);
  const mine = principal.memberships.filter((m) => m.organisationId === organisationId);
  if (org === undefined || (!principal.user.isAdmin && mine.length === 0)) {
    throw new NotFoundError('organisation', organisationId);
  }
  if (!principal.user.isAdmin && !mine.some((m) => roles.includes(m.role))) {
    throw new ForbiddenError(`This needs one of the roles ${roles.join(', ')} in ${org.name}`);
  }
  return org;
}
