import { ForbiddenError, type MembershipRole, type OrganisationKind } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import { INVITATION_TTL_MS } from '../auth/session-policy.js';
import { redeemInvitation } from '../auth/sign-up.js';
import type { Deps } from '../deps.js';
import type { OrganisationRow } from '../ports/index.js';
import { ORGANISATION_INVITER_ROLES, ORGANISATION_STAFF_ROLES, requireOrganisationRole } from './organisation-access.js';

/** Platform admins create organisations. */
export async function createOrganisation(
  deps: Deps,
  principal: Principal,
  input: { readonly name: string; readonly kind: OrganisationKind },
): Promise<OrganisationRow> {
  if (!principal.user.isAdmin) throw new ForbiddenError('Only an administrator creates organisations');
  const org: OrganisationRow = { id: deps.ids.newId('org'), name: input.name, kind: input.kind };
  const now = deps.clock.now().toISOString();
  await deps.store.transaction(async (tx) => {
    await tx.organisations.insert({ ...org, createdAt: now });
    await tx.audit.append({ at: now, actorUserId: principal.user.id, organisationId: org.id, action: 'organisation.created', subjectPersonId: null, details: { name: org.name, kind: org.kind } });
  });
  return org;
}

/** Admins see every organisation; everyone else the ones they belong to. */
export async function listOrganisations(deps: Deps, principal: Principal): Promise<OrganisationRow[]> {
  if (principal.user.isAdmin) return deps.store.organisations.listAll();
  const ids = [...new Set(principal.memberships.map((m) => m.organisationId))];
  return deps.store.organisations.listByIds(ids);
}

/** Members of an organisation, for its staff. */
export async function listMembers(deps: Deps, principal: Principal, organisationId: string) {
  await requireOrganisationRole(deps, principal, organisationId, ORGANISATION_STAFF_ROLES);
  const members = await deps.store.memberships.listForOrganisation(organisationId);
  return Promise.all(
    members.map(async (m) => ({
      userId: m.userId,
      name: m.userName,
      email: m.email,
      role: m.role,
      personId: (await deps.store.people.findByOwner(m.userId))?.id ?? null,
    })),
  );
}

/**
 * Invites someone into an organisation in a role (admins, and the organisation's org_admins). The token
 * is returned once, to pass on; only its digest is kept.
 */
export async function inviteMember(
  deps: Deps,
  principal: Principal,
  organisationId: string,
  input: { readonly email: string; readonly role: MembershipRole },
) {
  await requireOrganisationRole(deps, principal, organisationId, ORGANISATION_INVITER_ROLES);
  const token = deps.ids.newToken();
  const now = deps.clock.now();
  const invitation = {
    id: deps.ids.newId('inv'),
    organisationId,
    email: input.email,
    role: input.role,
    tokenHash: deps.hasher.digest(token),
    invitedBy: principal.user.id,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + INVITATION_TTL_MS).toISOString(),
    acceptedAt: null,
  };
  await deps.store.transaction(async (tx) => {
    await tx.invitations.insert(invitation);
    await tx.audit.append({ at: invitation.createdAt, actorUserId: principal.user.id, organisationId, action: 'membership.invited', subjectPersonId: null, details: { email: input.email, role: input.role } });
  });
  return { id: invitation.id, organisationId, email: input.email, role: input.role, token, expiresAt: invitation.expiresAt };
}

/** A signed-in user accepts an invitation sent to their own address. */
export async function acceptInvitation(deps: Deps, principal: Principal, token: string) {
  const now = deps.clock.now().toISOString();
  return deps.store.transaction((tx) => redeemInvitation(deps, tx, token, principal.user, now));
}
