import { UnauthenticatedError } from '@modality/domain';
import type { Deps } from '../deps.js';
import { createSession, type ClientInfo, type NewSession } from './session.js';

/**
 * Checks e-mail and password and opens a session. A wrong e-mail and a wrong password give the same error,
 * and both run one password verification, so neither the answer nor its timing tells which accounts exist.
 */
export async function signIn(deps: Deps, input: { readonly email: string; readonly password: string }, client: ClientInfo = {}): Promise<NewSession> {
  const user = await deps.store.users.findByEmail(input.email);
  const hash = user?.passwordHash ?? (await dummyHash(deps));
  const ok = await deps.hasher.verifyPassword(hash, input.password);
  if (user === undefined || !ok) throw new UnauthenticatedError('Wrong e-mail address or password');
  return createSession(deps, user.id, client);
}

let cachedDummy: Promise<string> | undefined;
function dummyHash(deps: Deps): Promise<string> {
  cachedDummy ??= deps.hasher.hashPassword('not-a-real-password-for-timing');
  return cachedDummy;
}
