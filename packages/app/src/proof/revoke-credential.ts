import { ForbiddenError, NotFoundError, type MembershipRole } from '@modality/domain';
import { organisationsWithRole, type Principal } from '../auth/principal.js';
import type { ProofDeps } from '../deps.js';
import type { IssuedCredentialRow, Store } from '../ports/index.js';
import { refreshStatusList } from './status-lists.js';

/** Who may revoke what their organisation issued. */
export const REVOKER_ROLES: readonly MembershipRole[] = ['program_director', 'org_admin'];

/** What a revocation did: `changed: false` when the credential was already revoked. */
export interface RevokeOutcome {
  readonly id: string;
  readonly revokedAt: string;
  readonly changed: boolean;
}

/**
 * Revokes a credential an organisation issued: its bit is set on the issuer's status list, which is signed
 * again, so every verifier that reads the list from now on says "revoked". Program directors and org
 * admins of the issuing organisation may revoke (a record snapshot, issued by the install, only the
 * operator). Revoking twice changes nothing. Audited.
 */
export async function revokeCredential(deps: ProofDeps, principal: Principal, credentialId: string): Promise<RevokeOutcome> {
  return deps.store.transaction(async (tx) => {
    const issued = await tx.issuedCredentials.findById(credentialId);
    const issuer = issued === undefined ? undefined : await tx.issuers.findById(issued.issuerId);
    if (issued === undefined || issuer?.organisationId == null) throw new NotFoundError('credential', credentialId);
    // Revoking speaks for the issuing organisation: it takes a staff role there, and others learn nothing.
    if (!principal.memberships.some((m) => m.organisationId === issuer.organisationId)) throw new NotFoundError('credential', credentialId);
    if (!organisationsWithRole(principal, REVOKER_ROLES).has(issuer.organisationId)) throw new ForbiddenError(`Revoking needs one of the roles ${REVOKER_ROLES.join(', ')} in the issuing organisation`);
    return revokeIn({ ...deps, store: tx }, tx, issued, principal.user.id, issuer.organisationId);
  });
}

/** The operator's revocation (CLI): any credential this install issued. */
export async function revokeCredentialAsOperator(deps: ProofDeps, credentialId: string): Promise<RevokeOutcome> {
  return deps.store.transaction(async (tx) => {
    const issued = await tx.issuedCredentials.findById(credentialId);
    if (issued === undefined) throw new NotFoundError('credential', credentialId);
    return revokeIn({ ...deps, store: tx }, tx, issued, null, null);
  });
}

async function revokeIn(deps: ProofDeps, tx: Store, issued: IssuedCredentialRow, actorUserId: string | null, organisationId: string | null): Promise<RevokeOutcome> {
  if (issued.revokedAt !== null) return { id: issued.id, revokedAt: issued.revokedAt, changed: false };
  const issuer = await tx.issuers.findById(issued.issuerId);
  if (issuer === undefined) throw new NotFoundError('credential', issued.id);
  const at = deps.clock.now().toISOString();
  await tx.issuedCredentials.markRevoked(issued.id, at);
  await refreshStatusList(deps, tx, issuer, issued.statusListId);
  await tx.audit.append({ at, actorUserId, organisationId, action: 'vc.revoked', subjectPersonId: issued.personId, details: { credentialId: issued.id } });
  return { id: issued.id, revokedAt: at, changed: true };
}
