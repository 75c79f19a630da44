import { ConflictError, ValidationError } from '@modality/domain';
import type { Deps, MailDeps } from '../deps.js';
import type { Store } from '../ports/index.js';
import { enqueueEmailVerification } from './email-verification.js';
import { createSession, type ClientInfo, type NewSession } from './session.js';

export interface SignUpInput {
  readonly email: string;
  readonly password: string;
  readonly name: string;
  readonly invitationToken?: string;
}

/**
 * Registers a user (password hashed with the injected Argon2id hasher) and signs them in. With an invitation
 * token for the same e-mail address, the user joins that organisation in the invited role. A mail asking to
 * confirm the address goes into the outbox in the same transaction.
 */
export async function signUp(deps: MailDeps, input: SignUpInput, client: ClientInfo = {}): Promise<NewSession> {
  const passwordHash = await deps.hasher.hashPassword(input.password);
  const now = deps.clock.now().toISOString();
  const userId = deps.ids.newId('usr');
  await deps.store.transaction(async (tx) => {
    if (await tx.users.findByEmail(input.email)) {
      throw new ConflictError('An account with this e-mail address already exists');
    }
    await tx.users.insert({ id: userId, email: input.email, name: input.name, passwordHash, isAdmin: false, createdAt: now });
    await tx.audit.append({ at: now, actorUserId: userId, organisationId: null, action: 'user.signed-up', subjectPersonId: null, details: {} });
    await enqueueEmailVerification(deps, tx, { id: userId, email: input.email, name: input.name });
    if (input.invitationToken !== undefined) {
      await redeemInvitation(deps, tx, input.invitationToken, { id: userId, email: input.email }, now);
    }
  });
  return createSession(deps, userId, client);
}

/** Adds the membership an invitation grants, after checking it is live and addressed to this user. */
export async function redeemInvitation(
  deps: Deps,
  tx: Store,
  token: string,
  user: { readonly id: string; readonly email: string },
  now: string,
): Promise<{ organisationId: string }> {
  const invitation = await tx.invitations.findByTokenHash(deps.hasher.digest(token));
  const problem =
    invitation === undefined
      ? 'unknown invitation'
      : invitation.acceptedAt !== null
        ? 'this invitation was already used'
        : invitation.expiresAt < now
          ? 'this invitation has expired'
          : invitation.email !== user.email
            ? 'this invitation was sent to another e-mail address'
            : undefined;
  if (problem !== undefined || invitation === undefined) {
    throw new ValidationError([{ path: 'invitationToken', message: problem ?? 'unknown invitation' }]);
  }
  await tx.memberships.add(user.id, invitation.organisationId, invitation.role, now);
  await tx.invitations.markAccepted(invitation.id, user.id, now);
  await tx.audit.append({
    at: now,
    actorUserId: user.id,
    organisationId: invitation.organisationId,
    action: 'membership.joined',
    subjectPersonId: null,
    details: { role: invitation.role, invitationId: invitation.id },
  });
  return { organisationId: invitation.organisationId };
}
