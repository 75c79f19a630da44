import { NotFoundError } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { PostprimaryStep } from '../ports/index.js';
import { liveLinkRow, reviewLive, verifyLive, type LiveLink, type SupervisorStatement, type VerifierStatement } from './postprimary-links.js';
import { postprimaryEntryView, type PostprimaryEntryView } from './postprimary-log.js';

/** One entry waiting for the signed-in user: which signature is asked, the entry and whose log it is. */
export interface PostprimaryQueueItem {
  readonly step: PostprimaryStep;
  readonly technologistName: string;
  readonly entry: PostprimaryEntryView;
  readonly expiresAt: string;
}

/** The signed-in user's postprimary queue; `addressConfirmed: false` means their address is not confirmed yet. */
export interface PostprimaryQueue {
  readonly addressConfirmed: boolean;
  readonly items: readonly PostprimaryQueueItem[];
}

/**
 * The open links of the signed-in user: facilities are typed names, not organisations, so the app cannot
 * tell who works where; it goes by whom the technologist asked. A link mailed to the account's address, unused
 * and not expired, whose entry still waits for that step, is in the queue (one item per entry and step; never
 * one's own entry, nor the review of an entry one verified). Only
 * a confirmed address counts: anyone can type an address when signing up. Oldest request first.
 */
export async function postprimaryQueue(deps: Deps, principal: Principal): Promise<PostprimaryQueue> {
  if (!principal.user.emailVerified) return { addressConfirmed: false, items: [] };
  const live = await openLinksFor(deps, principal);
  return {
    addressConfirmed: true,
    items: live.map((l) => ({ step: l.step, technologistName: l.technologistName, entry: postprimaryEntryView(l.entry), expiresAt: l.expiresAt })),
  };
}

async function openLinksFor(deps: Deps, principal: Principal): Promise<LiveLink[]> {
  const links = await deps.store.postprimary.listOpenLinksSentTo(principal.user.email.trim().toLowerCase(), deps.clock.now().toISOString());
  const seen = new Set<string>();
  const out: LiveLink[] = [];
  for (const link of links) {
    const key = `${link.entryId}\u0000${link.step}`;
    if (seen.has(key)) continue;
    // A link whose step is done already (another link answered it) is not waiting any more.
    const live = await liveLinkRow(deps, link).catch(() => undefined);
    if (live === undefined || live.entry.personId === principal.personId) continue;
    // The verifier does not review: a review link mailed to them is not theirs to answer.
    if (live.step === 'review' && live.entry.verification?.userId === principal.user.id) continue;
    seen.add(key);
    out.push(live);
  }
  return out;
}

async function queued(deps: Deps, principal: Principal, entryId: string, step: PostprimaryStep): Promise<LiveLink> {
  const live = principal.user.emailVerified ? (await openLinksFor(deps, principal)).find((l) => l.entry.id === entryId && l.step === step) : undefined;
  // Not asked of this user (or no longer waiting): not found, so entries of others cannot be probed.
  if (live === undefined) throw new NotFoundError('postprimary entry waiting for you', entryId);
  return live;
}

/**
 * The signed-in verifier confirms an entry from their queue: the same rules as from the link (their account
 * and its name are recorded), and the link asked of them is spent.
 */
export async function verifyFromQueue(deps: Deps, principal: Principal, entryId: string, statement: VerifierStatement): Promise<PostprimaryEntryView> {
  return verifyLive(deps, await queued(deps, principal, entryId, 'verify'), statement, principal);
}

/** The signed-in clinical supervisor reviews an entry from their queue: the same rules as from the link. */
export async function reviewFromQueue(deps: Deps, principal: Principal, entryId: string, statement: SupervisorStatement): Promise<PostprimaryEntryView> {
  return reviewLive(deps, await queued(deps, principal, entryId, 'review'), statement, principal);
}
