import { ValidationError } from '@modality/domain';
import type { MailDeps } from '../deps.js';
import { passwordResetMail } from '../mail/account-mails.js';
import { enqueueMail } from '../mail/deliver-mail.js';
import { PASSWORD_RESET_TTL_MS } from './session-policy.js';

/**
 * Mails a single-use reset link (30 minutes) to the account with this address, in the same transaction
 * that stores the link's digest. The answer is the same whether or not the account exists, so that the
 * form tells no one which addresses have accounts.
 *
 * @example
 * await requestPasswordReset(deps, 'ana@example.org') // a mail in the outbox, if the account exists
 */
export async function requestPasswordReset(deps: MailDeps, email: string): Promise<void> {
  const user = await deps.store.users.findByEmail(email);
  if (user === undefined) return;
  const token = deps.ids.newToken();
  const now = deps.clock.now();
  await deps.store.transaction(async (tx) => {
    await tx.accountTokens.insert({
      tokenHash: deps.hasher.digest(token),
      userId: user.id,
      purpose: 'password-reset',
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS).toISOString(),
    });
    await enqueueMail(deps, tx, passwordResetMail(user.email, user.name, `${deps.publicUrl}/reset-password?token=${encodeURIComponent(token)}`));
    await tx.audit.append({ at: now.toISOString(), actorUserId: null, organisationId: null, action: 'password.reset-requested', subjectPersonId: null, details: { userId: user.id } });
  });
}

/**
 * Sets a new password with a reset link: the link works once and only until it expires; every session of
 * the account ends (a thief signed in elsewhere is out), the other reset links stop working, and the
 * address counts as verified (the person read mail sent to it).
 */
export async function resetPassword(deps: MailDeps, input: { readonly token: string; readonly password: string }): Promise<{ readonly sessionsEnded: number }> {
  const passwordHash = await deps.hasher.hashPassword(input.password);
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const used = await tx.accountTokens.consume(deps.hasher.digest(input.token), 'password-reset', now);
    if (used === undefined) throw new ValidationError([{ path: 'token', message: 'this reset link is unknown, was used already, or has expired: ask for a new one' }]);
    await tx.users.setPasswordHash(used.userId, passwordHash);
    await tx.accountTokens.useAllFor(used.userId, 'password-reset', now);
    await tx.users.markEmailVerified(used.userId, now);
    const sessionsEnded = await tx.sessions.deleteForUser(used.userId);
    await tx.audit.append({ at: now, actorUserId: used.userId, organisationId: null, action: 'password.reset', subjectPersonId: null, details: { sessionsEnded } });
    return { sessionsEnded };
  });
}
