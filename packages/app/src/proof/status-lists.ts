import type { JsonObject } from '@modality/domain';
import type { ProofDeps } from '../deps.js';
import type { IssuerRow, StatusListRow, Store } from '../ports/index.js';
import { signingKey } from './issuers.js';

/**
 * Bits per list: the Bitstring Status List minimum (131,072, 16 KB), so that one credential's bit hides
 * among many (Bitstring Status List v1.0 §6.1). Indexes are given out in order.
 */
export const STATUS_LIST_LENGTH = 131_072;

/** Where a status list is served: `<publicUrl>/api/v1/status-lists/<id>`. */
export const statusListUrl = (publicUrl: string, id: string): string => `${publicUrl}/api/v1/status-lists/${id}`;

/** The id in a status list URL of any install address (the install may have moved since it issued). */
export function statusListIdOf(url: string): string | undefined {
  return /\/api\/v1\/status-lists\/([A-Za-z0-9_-]+)$/.exec(url)?.[1];
}

async function signedList(deps: ProofDeps, issuer: IssuerRow, url: string, revoked: readonly number[]): Promise<JsonObject> {
  const now = deps.clock.now();
  const unsigned: JsonObject = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuer.did,
    validFrom: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: await deps.proofs.encodeStatusList(STATUS_LIST_LENGTH, revoked) },
  };
  return deps.proofs.sign(unsigned, signingKey(deps, issuer), now);
}

const urlOf = (list: StatusListRow): string => (typeof list.credential.id === 'string' ? list.credential.id : statusListUrl('', list.id));

/** A free slot on the issuer's open status list, opening a new (signed, all clear) list when there is none. */
export async function claimStatusSlot(deps: ProofDeps, tx: Store, issuer: IssuerRow): Promise<{ list: StatusListRow; index: number; url: string }> {
  let list = await tx.statusLists.findOpen(issuer.id);
  if (list === undefined) {
    const id = deps.ids.newId('sl');
    const url = statusListUrl(deps.publicUrl, id);
    list = { id, issuerId: issuer.id, length: STATUS_LIST_LENGTH, nextIndex: 0, credential: await signedList(deps, issuer, url, []), updatedAt: deps.clock.now().toISOString() };
    await tx.statusLists.insert(list);
  }
  const index = await tx.statusLists.claimIndex(list.id);
  return { list, index, url: urlOf(list) };
}

/** Re-signs a status list with the bits of every revoked credential on it. */
export async function refreshStatusList(deps: ProofDeps, tx: Store, issuer: IssuerRow, listId: string): Promise<void> {
  const list = await tx.statusLists.findById(listId);
  if (list === undefined) return;
  const credential = await signedList(deps, issuer, urlOf(list), await tx.issuedCredentials.revokedIndexes(listId));
  await tx.statusLists.replaceCredential(listId, credential, deps.clock.now().toISOString());
}
