import type { ProofDeps } from '../deps.js';
import type { IssuerRow, Store } from '../ports/index.js';
import { didWeb, INSTALL_ISSUER_ID } from './did-web.js';
import { IssuingUnavailableError } from './proof-errors.js';

/** Who an issuer is: an organisation of this install, or the install itself. */
export type IssuerSubject = { readonly kind: 'organisation'; readonly id: string; readonly name: string } | { readonly kind: 'install' };

/**
 * The issuer for `who`, made on first use: a fresh Ed25519 key, sealed with the install's key-encryption
 * key, under a `did:web` of the install's host. The caller holds the transaction.
 */
export async function ensureIssuer(deps: ProofDeps, tx: Store, who: IssuerSubject): Promise<IssuerRow> {
  const id = who.kind === 'install' ? INSTALL_ISSUER_ID : who.id;
  const existing = await tx.issuers.findById(id);
  if (existing !== undefined) return existing;
  if (deps.secrets === null) throw new IssuingUnavailableError();
  const did = who.kind === 'install' ? didWeb(deps.publicUrl, []) : didWeb(deps.publicUrl, ['issuers', who.id]);
  const key = await deps.proofs.generateKey();
  const row: IssuerRow = {
    id,
    organisationId: who.kind === 'install' ? null : who.id,
    did,
    keyId: `${did}#key-1`,
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeySealed: deps.secrets.seal(key.secretKeyMultibase),
    name: who.kind === 'install' ? `Modality at ${new URL(deps.publicUrl).host}` : who.name,
    createdAt: deps.clock.now().toISOString(),
  };
  await tx.issuers.insert(row);
  return row;
}

/** The issuer's signing key, unsealed. */
export function signingKey(deps: ProofDeps, issuer: IssuerRow): { publicKeyMultibase: string; secretKeyMultibase: string; verificationMethod: string } {
  if (deps.secrets === null) throw new IssuingUnavailableError();
  return { publicKeyMultibase: issuer.publicKeyMultibase, secretKeyMultibase: deps.secrets.open(issuer.secretKeySealed), verificationMethod: issuer.keyId };
}
