import { ConflictError } from '@modality/domain';
import type { Deps, MailDeps } from '../deps.js';
import { ADMIN_LINK_TTL_MS } from './session-policy.js';

export interface PlatformAdminInput {
  readonly email: string;
  readonly name: string;
  readonly password: string;
}

/**
 * Creates a platform admin (an operator's act, from the command line: there is no principal). This is how
 * a real install gets its first admin; the demo's admin comes only with the demo data.
 *
 * @example
 * await createPlatformAdmin(deps, { email: 'ops@example.org', name: 'Operations', password }) // { userId }
 */
export async function createPlatformAdmin(deps: Deps, input: PlatformAdminInput): Promise<{ readonly userId: string }> {
  const passwordHash = await deps.hasher.hashPassword(input.password);
  const now = deps.clock.now().toISOString();
  const userId = deps.ids.newId('usr');
  await deps.store.transaction(async (tx) => {
    if (await tx.users.findByEmail(input.email)) throw new ConflictError(`An account with the e-mail address ${input.email} already exists`);
    await tx.users.insert({ id: userId, email: input.email, name: input.name, passwordHash, isAdmin: true, createdAt: now });
    await tx.audit.append({ at: now, actorUserId: null, organisationId: null, action: 'admin.created', subjectPersonId: null, details: { userId } });
  });
  return { userId };
}

/**
 * Creates a platform admin without a password, and returns a one-time link (24 hours) on which they choose
 * one — for an operator who would rather not handle the admin's password. The link is shown once and stored
 * only as a digest; it is a password-reset link, so it also ends when used.
 */
export async function createPlatformAdminWithLink(deps: MailDeps, input: Omit<PlatformAdminInput, 'password'>): Promise<{ readonly userId: string; readonly link: string; readonly expiresAt: string }> {
  // A password nobody knows: the account cannot be signed in to until the link is used.
  const { userId } = await createPlatformAdmin(deps, { ...input, password: deps.ids.newToken() });
  const token = deps.ids.newToken();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + ADMIN_LINK_TTL_MS).toISOString();
  await deps.store.accountTokens.insert({ tokenHash: deps.hasher.digest(token), userId, purpose: 'password-reset', createdAt: now.toISOString(), expiresAt });
  return { userId, link: `${deps.publicUrl}/reset-password?token=${encodeURIComponent(token)}`, expiresAt };
}
