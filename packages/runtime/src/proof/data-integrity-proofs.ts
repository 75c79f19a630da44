import type { CredentialProofs, DocumentLookup, ProofCheck, SigningKey } from '@modality/app';
import type { JsonObject } from '@modality/domain';
import type * as vcTypes from '@digitalbazaar/vc';

/**
 * The libraries, loaded on first use: JSON-LD processing is a large graph of modules, and most commands and
 * most requests never sign or verify anything.
 */
const libraries = (() => {
  let loaded: Promise<{
    DataIntegrityProof: typeof import('@digitalbazaar/data-integrity').DataIntegrityProof;
    Ed25519Multikey: typeof import('@digitalbazaar/ed25519-multikey');
    cryptosuite: object;
    vc: typeof import('@digitalbazaar/vc');
    checkStatus: typeof import('@digitalbazaar/vc-bitstring-status-list').checkStatus;
    createList: typeof import('@digitalbazaar/vc-bitstring-status-list').createList;
    offlineDocumentLoader: typeof import('./document-loader.js').offlineDocumentLoader;
  }> | undefined;
  return () =>
    (loaded ??= Promise.all([
      import('@digitalbazaar/data-integrity'),
      import('@digitalbazaar/ed25519-multikey'),
      import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'),
      import('@digitalbazaar/vc'),
      import('@digitalbazaar/vc-bitstring-status-list'),
      import('./document-loader.js'),
    ]).then(([di, multikey, suite, vc, bsl, loader]) => ({
      DataIntegrityProof: di.DataIntegrityProof,
      Ed25519Multikey: multikey,
      cryptosuite: suite.cryptosuite,
      vc,
      checkStatus: bsl.checkStatus,
      createList: bsl.createList,
      offlineDocumentLoader: loader.offlineDocumentLoader,
    })));
})();

const NO_LOOKUP: DocumentLookup = () => Promise.resolve(undefined);

const proofOf = (credential: JsonObject): JsonObject | undefined => {
  const p = credential.proof;
  return typeof p === 'object' && p !== null && !Array.isArray(p) ? (p as JsonObject) : undefined;
};

/** A moment inside the credential's validity window, so that the library judges the proof, not the dates. */
function momentInside(credential: JsonObject): Date | undefined {
  const from = typeof credential.validFrom === 'string' ? new Date(credential.validFrom) : undefined;
  return from !== undefined && !Number.isNaN(from.getTime()) ? from : undefined;
}

/** Library messages that mean "the key could not be found", not "the signature is wrong". */
const UNRESOLVABLE = /not found|could not be dereferenced|Driver for DID|is not a verification method/i;

function errorsOf(e: (Error & { errors?: Error[] }) | undefined): string[] {
  if (e === undefined) return [];
  return e.errors !== undefined && e.errors.length > 0 ? e.errors.map((x) => x.message) : [e.message];
}

/**
 * {@link CredentialProofs} on the digitalbazaar stack: `@digitalbazaar/vc` 7 (VC 2.0), Data Integrity with
 * the `eddsa-rdfc-2022` cryptosuite, Ed25519 Multikey keys, and `@digitalbazaar/vc-bitstring-status-list`.
 * Every context is static and every other document comes from the lookup: no network, ever.
 */
export const dataIntegrityProofs: CredentialProofs = {
  async generateKey(): Promise<SigningKey> {
    const { Ed25519Multikey } = await libraries();
    const pair = await Ed25519Multikey.generate();
    const exported = await pair.export({ publicKey: true, secretKey: true });
    if (exported.secretKeyMultibase === undefined) throw new Error('the key library exported no secret key');
    return { publicKeyMultibase: exported.publicKeyMultibase, secretKeyMultibase: exported.secretKeyMultibase };
  },

  async sign(credential, key, now) {
    const { DataIntegrityProof, Ed25519Multikey, cryptosuite, vc, offlineDocumentLoader } = await libraries();
    const controller = key.verificationMethod.slice(0, key.verificationMethod.indexOf('#'));
    const pair = await Ed25519Multikey.from({ type: 'Multikey', id: key.verificationMethod, controller, publicKeyMultibase: key.publicKeyMultibase, secretKeyMultibase: key.secretKeyMultibase });
    const suite = new DataIntegrityProof({ signer: pair.signer(), cryptosuite, date: now });
    return (await vc.issue({ credential, suite, documentLoader: offlineDocumentLoader(NO_LOOKUP), now })) as JsonObject;
  },

  async verify(credential, lookup): Promise<ProofCheck> {
    const { DataIntegrityProof, cryptosuite, vc, checkStatus, offlineDocumentLoader } = await libraries();
    const proof = proofOf(credential);
    const verificationMethod = typeof proof?.verificationMethod === 'string' ? proof.verificationMethod : null;
    if (proof === undefined) return { signature: 'unverifiable', signatureProblem: 'the credential has no proof', verificationMethod, status: 'none', statusProblem: null };
    const hasStatus = credential.credentialStatus !== undefined;
    const now = momentInside(credential);
    let result: vcTypes.VerifyResult;
    try {
      result = await vc.verifyCredential({
        credential,
        suite: new DataIntegrityProof({ cryptosuite }),
        documentLoader: offlineDocumentLoader(lookup),
        ...(hasStatus ? { checkStatus } : {}),
        ...(now === undefined ? {} : { now }),
      });
    } catch (e) {
      return { signature: 'invalid', signatureProblem: (e as Error).message, verificationMethod, status: hasStatus ? 'unavailable' : 'none', statusProblem: null };
    }
    const proofResult = result.results?.[0];
    const proofOk = proofResult?.verified === true;
    const problems = proofOk ? [] : [...errorsOf(proofResult?.error), ...(proofResult === undefined ? errorsOf(result.error) : [])];
    const signature = proofOk ? 'valid' : problems.some((m) => UNRESOLVABLE.test(m)) ? 'unverifiable' : 'invalid';
    if (!hasStatus) return { signature, signatureProblem: problems.join('; ') || null, verificationMethod, status: 'none', statusProblem: null };
    // The library skips the status check once the proof fails; revocation is a separate question, so ask it.
    const s = result.statusResult ?? ((await checkStatus({ credential, documentLoader: offlineDocumentLoader(lookup), suite: new DataIntegrityProof({ cryptosuite }) })) as vcTypes.VerifyResult['statusResult']);
    const bit = s?.results?.[0]?.status;
    const status = s?.verified === true && bit !== undefined ? (bit ? 'revoked' : 'active') : 'unavailable';
    return { signature, signatureProblem: problems.join('; ') || null, verificationMethod, status, statusProblem: status === 'unavailable' ? (s?.error?.message ?? 'the status list could not be read') : null };
  },

  async encodeStatusList(length, setIndexes) {
    const { createList } = await libraries();
    const list = await createList({ length });
    for (const i of setIndexes) list.setStatus(i, true);
    return list.encode();
  },
};
