import type { Deps } from '../deps.js';
import type { MembershipRow, UserRow } from '../ports/index.js';
import type { Principal } from './principal.js';
import { SESSION_TOUCH_MS, SESSION_TTL_MS } from './session-policy.js';

/** A session just opened: the raw token goes to the client once (cookie); only its digest is stored. */
export interface NewSession {
  readonly token: string;
  readonly expiresAt: Date;
  readonly principal: Principal;
}

/** How the client introduced itself (the `User-Agent` header), shown in the person's list of sessions. */
export interface ClientInfo {
  readonly userAgent?: string | null;
}

/** Opens a session for a user whose identity was already established. */
export async function createSession(
  deps: Deps,
  userId: string,
  client: ClientInfo = {},
): Promise<NewSession> {
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
    userAgent: clientAgent(client),
  });
  const user = await deps.store.users.findById(userId);
  if (user === undefined) throw new Error(`user ${userId} vanished while signing in`);
  return { token, expiresAt, principal: await loadPrincipal(deps, user, csrfToken) };
}

/**
 * The principal behind a session token, or `undefined` if the token is unknown or expired. Records when the
 * session was last used, at most once every {@link SESSION_TOUCH_MS}, so that reads stay reads.
 */
export async function authenticate(
  deps: Deps,
  token: string,
  client: ClientInfo = {},
): Promise<Principal | undefined> {
  const found = await deps.store.sessions.findWithUser(deps.hasher.digest(token));
  if (found === undefined) return undefined;
  const now = deps.clock.now();
  if (found.session.expiresAt <= now.toISOString()) {
    await deps.store.sessions.delete(found.session.tokenHash);
    return undefined;
  }
  const lastSeen = found.session.lastSeenAt;
  if (
    lastSeen === undefined ||
    lastSeen === null ||
    Date.parse(lastSeen) + SESSION_TOUCH_MS <= now.getTime()
  ) {
    await deps.store.sessions.touch(found.session.tokenHash, now.toISOString(), clientAgent(client));
  }
  return principalOf(found.user, found.session.csrfToken, found.memberships, found.personId);
}

/** The user agent as stored: trimmed and cut short (it is only shown to the person, never parsed). */
function clientAgent(client: ClientInfo): string | null {
  const agent = client.userAgent?.trim() ?? '';
  return agent === '' ? null : agent.slice(0, 300);
}

/** Ends a session; ending an unknown one is harmless. */
export async function signOut(deps: Deps, token: string): Promise<void> {
  await deps.store.sessions.delete(deps.hasher.digest(token));
}

/** The principal of a user just signed in: their memberships and own person record read now. */
async function loadPrincipal(deps: Deps, user: UserRow, csrfToken: string): Promise<Principal> {
  const [memberships, personId] = await Promise.all([deps.store.memberships.listForUser(user.id), deps.store.people.idByOwner(user.id)]);
  return principalOf(user, csrfToken, memberships, personId ?? null);
}

/** The principal of a user with their memberships and own person record's id, all read for this request. */
function principalOf(user: UserRow, csrfToken: string, memberships: readonly MembershipRow[], personId: string | null): Principal {
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      isAdmin: user.isAdmin,
      emailVerified: (user.emailVerifiedAt ?? null) !== null,
    },
    memberships,
    csrfToken,
    personId,
  };
}
