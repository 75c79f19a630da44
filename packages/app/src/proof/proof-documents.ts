import { NotFoundError, type JsonObject } from '@modality/domain';
import type { ProofDeps } from '../deps.js';
import { didDocument, INSTALL_ISSUER_ID } from './did-web.js';

/** The DID document of an issuer of this install (`install`, or an organisation id), for `did:web` resolution. */
export async function issuerDidDocument(deps: ProofDeps, issuerId: string): Promise<JsonObject> {
  const issuer = await deps.store.issuers.findById(issuerId);
  if (issuer === undefined) throw new NotFoundError('issuer', issuerId);
  return didDocument(issuer);
}

/** The install's own DID document (`/.well-known/did.json`). */
export const installDidDocument = (deps: ProofDeps): Promise<JsonObject> => issuerDidDocument(deps, INSTALL_ISSUER_ID);

/** A signed Bitstring Status List credential, as verifiers fetch it. */
export async function statusListCredential(deps: ProofDeps, id: string): Promise<JsonObject> {
  const list = await deps.store.statusLists.findById(id);
  if (list === undefined) throw new NotFoundError('status list', id);
  return list.credential;
}
