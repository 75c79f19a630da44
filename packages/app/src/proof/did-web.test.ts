import { describe, expect, it } from 'vitest';
import { didDocumentPath, didWeb } from './did-web.js';

describe('did:web', () => {
  it('names issuers under the install host, a port percent-encoded, a path prefix kept', () => {
    expect(didWeb('https://modality.example.org', ['issuers', 'org_1'])).toBe('did:web:modality.example.org:issuers:org_1');
    expect(didWeb('http://localhost:4321', [])).toBe('did:web:localhost%3A4321');
    expect(didWeb('https://x.example/modality', ['issuers', 'org_1'])).toBe('did:web:x.example:modality:issuers:org_1');
  });

  it('serves each DID document where the DID Web method looks for it', () => {
    expect(didDocumentPath('did:web:localhost%3A4321')).toBe('/.well-known/did.json');
    expect(didDocumentPath('did:web:modality.example.org:issuers:org_1')).toBe('/issuers/org_1/did.json');
  });
});
