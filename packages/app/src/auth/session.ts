import type { Deps } from '../deps.js';
import type { UserRow } from '../ports/index.js';
import type { Principal } from './principal.js';
import { SESSION_TTL_MS } from './session-policy.js';

/** A session just opened: the raw token goes to the client once (cookie); only its digest is stored. */
export interface NewSession {
  readonly token: string;
  readonly expiresAt: Date;
  readonly principal: Principal;
}

/** Opens a session for a user whose identity was already established. */
export async function createSession(deps: Deps, userId: string): Promise<NewSession> {
  const token = deps.ids.newToken();
  const csrfToken = deps.ids.newToken();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await deps.store.sessions.insert({
    tokenHash: deps.hasher.digest(token),
    userId,
    csrfToken,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  const user = await deps.store.users.findById(userId);
  if (user === undefined) throw new Error(`user ${userId} vanished while signing in`);
  return { token, expiresAt, principal: await loadPrincipal(deps, user, csrfToken) };
}

/** The principal behind a session token, or `undefined` if the token is unknown or expired. */
export async function authenticate(deps: Deps, token: string): Promise<Principal | undefined> {
  const found = await deps.store.sessions.findWithUser(deps.hasher.digest(token));
  if (found === undefined) return undefined;
  if (found.session.expiresAt <= deps.clock.now().toISOString()) {
    await deps.store.sessions.delete(found.session.tokenHash);
    return undefined;
  }
  return loadPrincipal(deps, found.user, found.session.csrfToken);
}

/** Ends a session; ending an unknown one is harmless. */
export async function signOut(deps: Deps, token: string): Promise<void> {
  await deps.store.sessions.delete(deps.hasher.digest(token));
}

async function loadPrincipal(deps: Deps, user: UserRow, csrfToken: string): Promise<Principal> {
  const [memberships, personId] = await Promise.all([deps.store.memberships.listForUser(user.id), deps.store.people.idByOwner(user.id)]);
  return {
    user: { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin },
    memberships,
    csrfToken,
    personId: personId ?? null,
  };
}
