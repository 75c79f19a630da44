import { UnauthenticatedError, ValidationError } from '@modality/domain';
import type { Deps } from '../deps.js';
import type { Principal } from './principal.js';

/**
 * Deletes the signed-in person's account, after they confirm with their password: their person record
 * (every entry, calendar addresses, wallet), memberships, sessions, tokens, reminder settings, the
 * invitations they sent and every mail to their address — in one transaction.
 *
 * The audit log is append-only and keeps its rows (who read or changed which record, when: the record of
 * access the law asks organisations to keep). Those rows hold ids only; once the account and the person are
 * gone the ids point at nothing, so what remains is pseudonymous. One row, `account.deleted`, records the
 * deletion itself — without the address or the name.
 */
export async function deleteMyAccount(deps: Deps, principal: Principal, input: { readonly password: string }): Promise<void> {
  const user = await deps.store.users.findById(principal.user.id);
  if (user === undefined) throw new UnauthenticatedError();
  if (!(await deps.hasher.verifyPassword(user.passwordHash, input.password))) {
    throw new ValidationError([{ path: 'password', message: 'not the password of this account; nothing was deleted' }]);
  }
  const now = deps.clock.now().toISOString();
  await deps.store.transaction(async (tx) => {
    const person = await tx.people.findByOwner(user.id);
    if (person !== undefined) await tx.people.delete(person.id);
    await tx.invitations.forgetUser(user.id);
    await tx.mailOutbox.deleteTo(user.email);
    await tx.users.delete(user.id);
    await tx.audit.append({ at: now, actorUserId: user.id, organisationId: null, action: 'account.deleted', subjectPersonId: person?.id ?? null, details: {} });
  });
}
