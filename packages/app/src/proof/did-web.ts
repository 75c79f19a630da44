import type { JsonObject } from '@modality/domain';
import type { IssuerRow } from '../ports/index.js';

/** The issuer id of the install itself (record snapshots are its finding, not an organisation's). */
export const INSTALL_ISSUER_ID = 'install';

/**
 * The `did:web` of an issuer under the install's public address (DID Web method §3.1: the host, a port
 * percent-encoded, path segments after colons).
 *
 * @example
 * didWeb('https://modality.example.org', ['issuers', 'org_1']) // 'did:web:modality.example.org:issuers:org_1'
 * didWeb('http://localhost:4321', []) // 'did:web:localhost%3A4321'
 */
export function didWeb(publicUrl: string, path: readonly string[]): string {
  const url = new URL(publicUrl);
  const prefix = url.pathname.split('/').filter((s) => s !== '');
  return ['did:web', encodeURIComponent(url.host), ...[...prefix, ...path].map(encodeURIComponent)].join(':');
}

/** Where a `did:web` DID document is served: `/.well-known/did.json` for a bare host, else `/<path>/did.json`. */
export function didDocumentPath(did: string): string {
  const parts = did.split(':').slice(3).map(decodeURIComponent);
  return parts.length === 0 ? '/.well-known/did.json' : `/${parts.join('/')}/did.json`;
}

/** The DID document of an issuer: its one Ed25519 Multikey, for assertions (signing credentials). */
export function didDocument(issuer: IssuerRow): JsonObject {
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: issuer.did,
    verificationMethod: [{ id: issuer.keyId, type: 'Multikey', controller: issuer.did, publicKeyMultibase: issuer.publicKeyMultibase }],
    assertionMethod: [issuer.keyId],
  };
}
