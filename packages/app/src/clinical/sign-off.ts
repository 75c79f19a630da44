import { ConflictError, DomainError, NotFoundError } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { ClinicalEntryRow } from '../ports/index.js';
import { enqueueMail } from '../mail/deliver-mail.js';
import { entryView, getClinicalEntry, type ClinicalEntryView } from './clinical-log.js';
import { gradeForSignature, gradeFormFor, gradeFormView, type GradeFormView, type GradeInput } from './competency-grade.js';
import { signRequestMail } from './sign-request-mail.js';

/** How long a sign-request link works. */
export const SIGN_REQUEST_HOURS = 72;

/** Deps of sign-off: the install's public address builds the link. */
export type SignOffDeps = Deps & { readonly publicUrl: string };

/** A link that worked once, or whose time ran out: it is gone, not unknown. */
export class LinkGoneError extends DomainError {
  constructor(message: string) {
    super('gone', message);
  }
}

/** The public page of a sign-request link; the token is its last path segment and the only secret. */
export const signPageUrl = (publicUrl: string, token: string): string => `${publicUrl}/sign/${token}`;

/** A sign-request link, and the address it was mailed to (null: only shown to the student). */
export interface SignRequestLink {
  readonly url: string;
  readonly expiresAt: string;
  readonly mailedTo: string | null;
}

/**
 * Makes a one-time link a technologist without an account opens to sign the entry. The token is random
 * (unguessable) and stored only as its digest; it works once, within 72 hours. Only the entry's student
 * asks for one, and only while the entry is unsigned. With an e-mail address, the link is also mailed
 * there: the mail is an outbox row written in the same transaction as the request.
 */
export async function createSignRequest(deps: SignOffDeps, principal: Principal, entryId: string, options: { readonly email?: string | undefined } = {}): Promise<SignRequestLink> {
  const entry = await getClinicalEntry(deps, principal, entryId);
  if (entry.signedBy !== null) throw new ConflictError('This entry is already signed; a signed entry cannot be signed again');
  const token = deps.ids.newToken();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + SIGN_REQUEST_HOURS * 3_600_000).toISOString();
  const url = signPageUrl(deps.publicUrl, token);
  const mailedTo = options.email ?? null;
  const student = mailedTo === null || principal.personId === null ? undefined : await deps.store.people.findById(principal.personId);
  await deps.store.transaction(async (tx) => {
    await tx.clinical.insertSignRequest({ tokenHash: deps.hasher.digest(token), entryId, createdAt: now.toISOString(), expiresAt, usedAt: null, withdrawnAt: null });
    if (mailedTo !== null) await enqueueMail(deps, tx, signRequestMail(mailedTo, student?.name ?? principal.user.name, entry, url, SIGN_REQUEST_HOURS));
    await tx.audit.append({ at: now.toISOString(), actorUserId: principal.user.id, organisationId: null, action: 'clinical.sign-request.created', subjectPersonId: principal.personId, details: { entryId, mailed: mailedTo !== null } });
  });
  return { url, expiresAt, mailedTo };
}

/** What the public page shows: the entry, whose log it is, and the grade form when it is a competency attempt. */
export interface SignRequestView {
  readonly studentName: string;
  readonly entry: ClinicalEntryView;
  readonly expiresAt: string;
  readonly gradeForm: GradeFormView | null;
}

async function liveRequest(deps: Deps, token: string): Promise<{ entry: ClinicalEntryRow; expiresAt: string; tokenHash: string }> {
  const tokenHash = deps.hasher.digest(token);
  const request = await deps.store.clinical.findSignRequest(tokenHash);
  const entry = request === undefined ? undefined : await deps.store.clinical.findEntry(request.entryId);
  if (request === undefined || entry === undefined) throw new NotFoundError('sign request', 'this link');
  if (request.usedAt !== null) throw new LinkGoneError('This link has been used already; each link signs once');
  if (request.withdrawnAt !== null) throw new LinkGoneError('This link no longer works: the student changed the entry after the link was made; ask them for a new link');
  if (request.expiresAt <= deps.clock.now().toISOString()) throw new LinkGoneError('This link has expired; ask the student for a new one');
  if (entry.signature !== null) throw new LinkGoneError('This entry is already signed');
  return { entry, expiresAt: request.expiresAt, tokenHash };
}

/** The entry behind a link, for the public page (no session). */
export async function viewSignRequest(deps: Deps, token: string): Promise<SignRequestView> {
  const { entry, expiresAt } = await liveRequest(deps, token);
  const person = await deps.store.people.findById(entry.personId);
  return { studentName: person?.name ?? 'A student', entry: await entryView(deps, entry), expiresAt, gradeForm: gradeFormView(await gradeFormFor(deps.store, entry)) };
}

/** The signer's statement: name, ARRT number and that they were physically present; the grade of a competency attempt. */
export interface Signature {
  readonly name: string;
  readonly arrtNumber: string;
  readonly present: true;
  readonly grade?: GradeInput | undefined;
}

/**
 * Signs the entry behind a link, without a session. The link is spent and the entry signed (with the grade
 * of a competency attempt) in one transaction; a second use is "gone", an unknown (e.g. altered) token "not
 * found". A link withdrawn by an edit of the entry is "gone" too.
 */
export async function signWithLink(deps: Deps, token: string, signature: Signature): Promise<ClinicalEntryView> {
  const { entry, tokenHash } = await liveRequest(deps, token);
  const grade = gradeForSignature(await gradeFormFor(deps.store, entry), signature.grade);
  const at = deps.clock.now().toISOString();
  const signed = { signedAt: at, name: signature.name, arrtNumber: signature.arrtNumber, signerUserId: null };
  await deps.store.transaction(async (tx) => {
    // Both guards are conditional updates, so two signers racing on one link cannot both win.
    if (!(await tx.clinical.useSignRequest(tokenHash, at))) throw new LinkGoneError('This link has been used already or withdrawn; each link signs once');
    if (!(await tx.clinical.signEntry(entry.id, signed, grade))) throw new LinkGoneError('This entry is already signed');
    await tx.audit.append({
      at,
      actorUserId: null,
      organisationId: null,
      action: 'clinical.entry.signed',
      subjectPersonId: entry.personId,
      details: { entryId: entry.id, signer: signature.name, arrtNumber: signature.arrtNumber, present: true, ...(grade === null ? {} : { passed: grade.passed }) },
    });
  });
  return entryView(deps, { ...entry, signature: signed, grade });
}
