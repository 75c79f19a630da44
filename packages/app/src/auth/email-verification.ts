import { ValidationError } from '@modality/domain';
import type { MailDeps } from '../deps.js';
import { emailVerificationMail } from '../mail/account-mails.js';
import { enqueueMail } from '../mail/deliver-mail.js';
import type { Store, UserRow } from '../ports/index.js';
import type { Principal } from './principal.js';
import { EMAIL_VERIFICATION_TTL_MS } from './session-policy.js';

/** Stores a verification link's digest and puts its mail into the outbox, both in `tx`. */
export async function enqueueEmailVerification(deps: MailDeps, tx: Store, user: Pick<UserRow, 'id' | 'email' | 'name'>): Promise<void> {
  const token = deps.ids.newToken();
  const now = deps.clock.now();
  await tx.accountTokens.insert({
    tokenHash: deps.hasher.digest(token),
    userId: user.id,
    purpose: 'verify-email',
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + EMAIL_VERIFICATION_TTL_MS).toISOString(),
  });
  await enqueueMail(deps, tx, emailVerificationMail(user.email, user.name, `${deps.publicUrl}/verify-email?token=${encodeURIComponent(token)}`));
}

/** Sends the signed-in person a new verification mail; nothing when the address is verified already. */
export async function resendEmailVerification(deps: MailDeps, principal: Principal): Promise<{ readonly sent: boolean }> {
  if (principal.user.emailVerified) return { sent: false };
  await deps.store.transaction((tx) => enqueueEmailVerification(deps, tx, principal.user));
  return { sent: true };
}

/** Marks the address verified with a link from a verification mail (once; the link then stops working). */
export async function verifyEmail(deps: MailDeps, token: string): Promise<void> {
  const now = deps.clock.now().toISOString();
  await deps.store.transaction(async (tx) => {
    const used = await tx.accountTokens.consume(deps.hasher.digest(token), 'verify-email', now);
    if (used === undefined) throw new ValidationError([{ path: 'token', message: 'this confirmation link is unknown, was used already, or has expired' }]);
    await tx.users.markEmailVerified(used.userId, now);
    await tx.audit.append({ at: now, actorUserId: used.userId, organisationId: null, action: 'email.verified', subjectPersonId: null, details: {} });
  });
}
