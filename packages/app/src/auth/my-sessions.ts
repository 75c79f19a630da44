import { NotFoundError } from '@modality/domain';
import type { Deps } from '../deps.js';
import type { Principal } from './principal.js';

/** One of the person's sessions, as they see it: when it began and was last used, from what, and whether it is this one. */
export interface MySession {
  /** Names the session for ending it; derived from the token's digest, so it reveals nothing usable. */
  readonly id: string;
  readonly createdAt: string;
  readonly lastSeenAt: string | null;
  readonly userAgent: string | null;
  readonly current: boolean;
}

const sessionId = (deps: Pick<Deps, 'hasher'>, tokenHash: string): string => deps.hasher.digest(`session-id:${tokenHash}`).slice(0, 32);

/** The signed-in person's live sessions, most recently used first; `currentToken` is this request's. */
export async function listMySessions(deps: Deps, principal: Principal, currentToken: string): Promise<MySession[]> {
  const current = deps.hasher.digest(currentToken);
  const rows = await deps.store.sessions.listForUser(principal.user.id, deps.clock.now().toISOString());
  return rows.map((r) => ({ id: sessionId(deps, r.tokenHash), createdAt: r.createdAt, lastSeenAt: r.lastSeenAt, userAgent: r.userAgent, current: r.tokenHash === current }));
}

/** Ends one of the person's own sessions (another person's session id is "not found"). */
export async function endMySession(deps: Deps, principal: Principal, id: string): Promise<void> {
  const rows = await deps.store.sessions.listForUser(principal.user.id, deps.clock.now().toISOString());
  const found = rows.find((r) => sessionId(deps, r.tokenHash) === id);
  if (found === undefined) throw new NotFoundError('session', id);
  await deps.store.sessions.delete(found.tokenHash);
}

/** "Sign out everywhere": ends every session of the person, this one included; how many ended. */
export async function endAllMySessions(deps: Deps, principal: Principal): Promise<{ readonly ended: number }> {
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const ended = await tx.sessions.deleteForUser(principal.user.id);
    await tx.audit.append({ at: now, actorUserId: principal.user.id, organisationId: null, action: 'sessions.ended-all', subjectPersonId: null, details: { ended } });
    return { ended };
  });
}
