import { PERSON_RECORD_FORMAT, ValidationError, type JsonObject, type VerifyReason } from '@modality/domain';
import { summarizeCredential, VC_V2_CONTEXT, type CredentialSummary } from '@modality/interop';
import type { ProofDeps } from '../deps.js';
import type { DocumentLookup } from '../ports/index.js';
import { didDocument } from './did-web.js';
import { statusListIdOf } from './status-lists.js';

export interface CheckOutcome {
  readonly ok: boolean;
  readonly reason: VerifyReason | null;
  /** One sentence a person reads. */
  readonly detail: string;
}

/** Signature, issuer, status and validity window, each judged on its own. */
export interface VerificationReport {
  /** True only when every check passed. */
  readonly verified: boolean;
  /** The failed checks' reasons, in check order. */
  readonly reasons: readonly VerifyReason[];
  readonly signature: CheckOutcome;
  readonly issuer: CheckOutcome & { readonly did: string | null; readonly name: string | null };
  readonly status: CheckOutcome & { readonly state: 'active' | 'revoked' | 'none' | 'unavailable' };
  readonly validity: CheckOutcome & { readonly validFrom: string | null; readonly validUntil: string | null };
  readonly credential: CredentialSummary | null;
  readonly checkedAt: string;
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const ok = (detail: string): CheckOutcome => ({ ok: true, reason: null, detail });
const fail = (reason: VerifyReason, detail: string): CheckOutcome => ({ ok: false, reason, detail });

/**
 * Documents a verifier may resolve: the DID documents of this install's issuers and its status list
 * credentials (found by id whatever address the install had when it issued). Nothing else: no network.
 */
export function installLookup(deps: ProofDeps): DocumentLookup {
  return async (url) => {
    if (url.startsWith('did:web:')) {
      const issuer = await deps.store.issuers.findByDid(url);
      return issuer === undefined ? undefined : didDocument(issuer);
    }
    const id = statusListIdOf(url);
    const list = id === undefined ? undefined : await deps.store.statusLists.findById(id);
    return list !== undefined && list.credential.id === url ? list.credential : undefined;
  };
}

function validity(summary: CredentialSummary, now: Date): CheckOutcome & { validFrom: string | null; validUntil: string | null } {
  const from = summary.validFrom === null ? undefined : new Date(summary.validFrom);
  const until = summary.validUntil === null ? undefined : new Date(summary.validUntil);
  const window = { validFrom: summary.validFrom, validUntil: summary.validUntil };
  if (from !== undefined && !Number.isNaN(from.getTime()) && now < from) return { ...fail('not yet valid', `Valid only from ${summary.validFrom ?? ''}.`), ...window };
  if (until !== undefined && !Number.isNaN(until.getTime()) && now > until) return { ...fail('expired', `Expired on ${summary.validUntil ?? ''}.`), ...window };
  return { ...ok(until === undefined ? 'Valid, with no end date.' : `Valid until ${summary.validUntil ?? ''}.`), ...window };
}

/**
 * Verifies a credential someone hands in (parsed JSON, untrusted): the Data Integrity signature, whether
 * the issuer is one this install knows (its `did:web`), the revocation bit on the issuer's status list,
 * and the validity window — each reported separately, with a reason when it fails. Credentials of other
 * issuers cannot be resolved without the network and are reported as "unknown issuer". Public: no
 * sign-in, nothing stored.
 */
export async function verifyCredential(deps: ProofDeps, input: unknown): Promise<VerificationReport> {
  const now = deps.clock.now();
  const checkedAt = now.toISOString();
  const context = isObject(input) ? input['@context'] : undefined;
  if (!isObject(input) || !Array.isArray(context) || context[0] !== VC_V2_CONTEXT) {
    const nope = fail('not a credential', 'This is not a W3C Verifiable Credential 2.0 (its @context must start with the VC 2.0 context).');
    return {
      verified: false,
      reasons: ['not a credential'],
      signature: nope,
      issuer: { ...nope, did: null, name: null },
      status: { ...nope, state: 'unavailable' },
      validity: { ...nope, validFrom: null, validUntil: null },
      credential: null,
      checkedAt,
    };
  }
  const summary = summarizeCredential(input);
  const known = summary.issuerId === null ? undefined : await deps.store.issuers.findByDid(summary.issuerId);
  const proof = await deps.proofs.verify(input, installLookup(deps));

  const signedByIssuer = proof.verificationMethod !== null && summary.issuerId !== null && proof.verificationMethod.startsWith(`${summary.issuerId}#`);
  const issuer =
    known === undefined
      ? { ...fail('unknown issuer', `${summary.issuerName ?? 'The issuer'} (${summary.issuerId ?? 'no id'}) is not an issuer this Modality install knows.`), did: summary.issuerId, name: summary.issuerName }
      : proof.verificationMethod !== null && !signedByIssuer
        ? { ...fail('signed by someone other than the issuer', `The proof was made with ${proof.verificationMethod}, not a key of ${known.did}.`), did: known.did, name: known.name }
        : { ...ok(`Issued by ${known.name}.`), did: known.did, name: known.name };

  const signature =
    proof.signature === 'valid'
      ? ok('The signature matches every byte of meaning in the credential.')
      : proof.signatureProblem === 'the credential has no proof'
        ? fail('not signed', 'The credential carries no proof.')
        : proof.signature === 'unverifiable'
          ? fail('unknown issuer', 'The signing key could not be found, so the signature cannot be checked.')
          : fail('bad signature', 'The signature does not match: the credential was changed after it was signed, or signed with another key.');

  const status =
    proof.status === 'active'
      ? { ...ok('Not revoked.'), state: proof.status }
      : proof.status === 'none'
        ? { ...ok('The credential has no revocation list entry.'), state: proof.status }
        : proof.status === 'revoked'
          ? { ...fail('revoked', 'The issuer has revoked this credential.'), state: proof.status }
          : { ...fail('status unavailable', 'The issuer’s revocation list could not be read, so revocation cannot be ruled out.'), state: proof.status };

  const window = validity(summary, now);
  const reasons = [signature, issuer, status, window].flatMap((c) => (c.reason === null ? [] : [c.reason]));
  return { verified: reasons.length === 0, reasons: [...new Set(reasons)], signature, issuer, status, validity: window, credential: summary, checkedAt };
}

/**
 * Verifies what a file holds: one credential, or every credential in a person record's wallet (so a
 * record export can be checked in one go). A record with no credentials is bad input.
 */
export async function verifyCredentialFile(deps: ProofDeps, json: unknown): Promise<{ readonly record: boolean; readonly reports: VerificationReport[] }> {
  const record = isObject(json) && json.format === PERSON_RECORD_FORMAT;
  const credentials = record ? (Array.isArray(json.verifiableCredentials) ? (json.verifiableCredentials as readonly unknown[]) : []) : [json];
  if (credentials.length === 0) throw new ValidationError([{ path: 'verifiableCredentials', message: 'the person record holds no verifiable credentials' }], 'Nothing to verify');
  const reports: VerificationReport[] = [];
  for (const c of credentials) reports.push(await verifyCredential(deps, c));
  return { record, reports };
}
