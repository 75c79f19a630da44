import { ConflictError, NotFoundError, ValidationError } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import { LinkGoneError, SIGN_REQUEST_HOURS, type SignOffDeps } from '../clinical/sign-off.js';
import type { Deps } from '../deps.js';
import { enqueueMail } from '../mail/deliver-mail.js';
import type { PostprimaryEntryRow, PostprimaryLinkRow, PostprimaryStep } from '../ports/index.js';
import { findOwnPostprimaryEntry, postprimaryEntryView, sameWords, type PostprimaryEntryView } from './postprimary-log.js';
import { postprimaryLinkMail } from './postprimary-mail.js';

/** The public page of a postprimary link; the token is its last path segment and the only secret. */
export const postprimaryLinkUrl = (publicUrl: string, token: string): string => `${publicUrl}/postprimary/confirm/${token}`;

/** A one-time link for the entry's next signature, and the address it was mailed to (if any). */
export interface PostprimaryLink {
  readonly url: string;
  readonly step: PostprimaryStep;
  readonly expiresAt: string;
  readonly mailedTo: string | null;
}

/**
 * Makes a one-time link for the entry's next signature: the verifier's while it is unverified, then the
 * clinical supervisor's review. Same machinery as the student sign-off link: a random token stored only as its
 * digest, 72 hours, once; with an address the mail is an outbox row in the same transaction. An entry verified
 * and reviewed already is a conflict.
 */
export async function createPostprimaryLink(deps: SignOffDeps, principal: Principal, entryId: string, options: { readonly email?: string | undefined } = {}): Promise<PostprimaryLink> {
  const entry = await findOwnPostprimaryEntry(deps, principal, entryId);
  if (entry.review !== null) throw new ConflictError('This entry is verified and reviewed already; it needs no more signatures');
  const step: PostprimaryStep = entry.verification === null ? 'verify' : 'review';
  const token = deps.ids.newToken();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + SIGN_REQUEST_HOURS * 3_600_000).toISOString();
  const url = postprimaryLinkUrl(deps.publicUrl, token);
  const mailedTo = options.email ?? null;
  const person = principal.personId === null ? undefined : await deps.store.people.findById(principal.personId);
  await deps.store.transaction(async (tx) => {
    await tx.postprimary.insertLink({ tokenHash: deps.hasher.digest(token), entryId, step, createdAt: now.toISOString(), expiresAt, usedAt: null, sentTo: mailedTo?.trim().toLowerCase() ?? null });
    if (mailedTo !== null) await enqueueMail(deps, tx, postprimaryLinkMail(mailedTo, person?.name ?? principal.user.name, step, postprimaryEntryView(entry), url, SIGN_REQUEST_HOURS));
    await tx.audit.append({ at: now.toISOString(), actorUserId: principal.user.id, organisationId: null, action: `postprimary.${step}-request.created`, subjectPersonId: principal.personId, details: { entryId, mailed: mailedTo !== null } });
  });
  return { url, step, expiresAt, mailedTo };
}

/** What the public page shows: which signature is asked, the entry and whose log it is. */
export interface PostprimaryLinkView {
  readonly step: PostprimaryStep;
  readonly technologistName: string;
  readonly entry: PostprimaryEntryView;
  readonly expiresAt: string;
}

/** An open link: the entry it asks about, its step and the technologist's name. */
export interface LiveLink {
  readonly entry: PostprimaryEntryRow;
  readonly step: PostprimaryStep;
  readonly expiresAt: string;
  readonly tokenHash: string;
  readonly technologistName: string;
}

async function liveLink(deps: Deps, token: string): Promise<LiveLink> {
  return liveLinkRow(deps, await deps.store.postprimary.findLink(deps.hasher.digest(token)));
}

/** A stored link still open for its step, with its entry and whose log it is; otherwise why not. */
export async function liveLinkRow(deps: Deps, link: PostprimaryLinkRow | undefined): Promise<LiveLink> {
  const entry = link === undefined ? undefined : await deps.store.postprimary.findEntry(link.entryId);
  if (link === undefined || entry === undefined) throw new NotFoundError('postprimary link', 'this link');
  const tokenHash = link.tokenHash;
  if (link.usedAt !== null) throw new LinkGoneError('This link has been used already; each link works once');
  if (link.expiresAt <= deps.clock.now().toISOString()) throw new LinkGoneError('This link has expired; ask the technologist for a new one');
  if (link.step === 'verify' && entry.verification !== null) throw new LinkGoneError('This procedure is verified already');
  if (link.step === 'review' && entry.review !== null) throw new LinkGoneError('This procedure is reviewed already');
  const person = await deps.store.people.findById(entry.personId);
  return { entry, step: link.step, expiresAt: link.expiresAt, tokenHash, technologistName: person?.name ?? 'A technologist' };
}

/** The entry behind a link, for the public page (no session). */
export async function viewPostprimaryLink(deps: Deps, token: string): Promise<PostprimaryLinkView> {
  const { entry, step, expiresAt, technologistName } = await liveLink(deps, token);
  return { step, technologistName, entry: postprimaryEntryView(entry), expiresAt };
}

/** The verifier's statement: name, ARRT number, and that the technologist did the procedure in person. */
export interface VerifierStatement {
  readonly name: string;
  readonly arrtNumber: string;
  readonly registered: true;
  readonly inPerson: true;
}

/** The clinical supervisor's statement: name, their facility, and what they checked. */
export interface SupervisorStatement {
  readonly name: string;
  readonly facility: string;
  readonly checked: true;
}

function wrongStep(expected: PostprimaryStep): ValidationError {
  return new ValidationError([{ path: 'token', message: expected === 'verify' ? 'This link asks for a review, not a verification' : 'This link asks for a verification, not a review' }]);
}

/**
 * The verifier confirms the entry from a link, without a session or signed in (`signer`: their account and
 * its name are recorded). The technologist cannot verify their own entry. The link is spent and the entry verified in one transaction; from then on the entry never changes.
 */
export async function verifyWithLink(deps: Deps, token: string, statement: VerifierStatement, signer: Principal | null = null): Promise<PostprimaryEntryView> {
  return verifyLive(deps, await liveLink(deps, token), statement, signer);
}

/** Records the verifier's statement on an open link (from the link itself or from the signed-in queue). */
export async function verifyLive(deps: Deps, live: LiveLink, statement: VerifierStatement, signer: Principal | null): Promise<PostprimaryEntryView> {
  if (live.step !== 'verify') throw wrongStep('verify');
  const name = signer?.user.name ?? statement.name.trim();
  if (sameWords(name, live.technologistName) || (signer !== null && signer.personId === live.entry.personId))
    throw new ValidationError([{ path: 'name', message: `"${name}" is the technologist whose log this is; another technologist verifies it` }]);
  const at = deps.clock.now().toISOString();
  const verification = { at, name, arrtNumber: statement.arrtNumber.trim(), userId: signer?.user.id ?? null };
  await deps.store.transaction(async (tx) => {
    // Both guards are conditional updates, so two people racing on one link cannot both win.
    if (!(await tx.postprimary.useLink(live.tokenHash, at))) throw new LinkGoneError('This link has been used already; each link works once');
    if (!(await tx.postprimary.verifyEntry(live.entry.id, verification))) throw new LinkGoneError('This procedure is verified already');
    await tx.audit.append({ at, actorUserId: signer?.user.id ?? null, organisationId: null, action: 'postprimary.entry.verified', subjectPersonId: live.entry.personId, details: { entryId: live.entry.id, verifier: verification.name, arrtNumber: verification.arrtNumber, how: signer === null ? 'link' : 'in-app', inPerson: true } });
  });
  return postprimaryEntryView({ ...live.entry, verification });
}

/**
 * The clinical supervisor reviews a verified entry from a link, without a session or signed in (`signer`): a
 * second, separate signature. Their facility must be the entry's facility, and they must be neither the
 * verifier nor the technologist (by name, and by account when signed in); otherwise 400
 * naming the field and quoting the value, and nothing is written.
 */
export async function reviewWithLink(deps: Deps, token: string, statement: SupervisorStatement, signer: Principal | null = null): Promise<PostprimaryEntryView> {
  return reviewLive(deps, await liveLink(deps, token), statement, signer);
}

/** Records the supervisor's review on an open link (from the link itself or from the signed-in queue). */
export async function reviewLive(deps: Deps, live: LiveLink, statement: SupervisorStatement, signer: Principal | null): Promise<PostprimaryEntryView> {
  if (live.step !== 'review') throw wrongStep('review');
  const verifier = live.entry.verification;
  if (verifier === null) throw new ConflictError('This procedure is not verified yet');
  const name = signer?.user.name ?? statement.name.trim();
  const issues: { path: string; message: string }[] = [];
  if (!sameWords(statement.facility, live.entry.facility))
    issues.push({ path: 'facility', message: `"${statement.facility}" is not ${live.entry.facility}, where the procedure was done; the supervisor reviews at the same facility` });
  if (sameWords(name, verifier.name) || (signer !== null && signer.user.id === verifier.userId))
    issues.push({ path: 'name', message: `"${name}" verified this procedure; the review is by a different person` });
  else if (sameWords(name, live.technologistName) || (signer !== null && signer.personId === live.entry.personId))
    issues.push({ path: 'name', message: `"${name}" is the technologist whose log this is; a clinical supervisor reviews it` });
  if (issues.length > 0) throw new ValidationError(issues, 'The review was not recorded');
  const at = deps.clock.now().toISOString();
  const review = { at, name, facility: live.entry.facility, userId: signer?.user.id ?? null };
  await deps.store.transaction(async (tx) => {
    if (!(await tx.postprimary.useLink(live.tokenHash, at))) throw new LinkGoneError('This link has been used already; each link works once');
    if (!(await tx.postprimary.reviewEntry(live.entry.id, review))) throw new LinkGoneError('This procedure is reviewed already');
    await tx.audit.append({ at, actorUserId: signer?.user.id ?? null, organisationId: null, action: 'postprimary.entry.reviewed', subjectPersonId: live.entry.personId, details: { entryId: live.entry.id, supervisor: review.name, facility: review.facility } });
  });
  return postprimaryEntryView({ ...live.entry, review });
}
