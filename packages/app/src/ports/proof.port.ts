import type { JsonObject } from '@modality/domain';

/** An Ed25519 key pair as Multikey multibase strings. */
export interface SigningKey {
  readonly publicKeyMultibase: string;
  readonly secretKeyMultibase: string;
}

/**
 * Finds a document by URL among those this install knows (its DID documents and status lists). The proof
 * adapter resolves every URL through it and never over the network; JSON-LD contexts are built in.
 */
export type DocumentLookup = (url: string) => Promise<JsonObject | undefined>;

/** What the cryptography says about a credential; validity dates and issuer trust are judged by the use case. */
export interface ProofCheck {
  /** `invalid`: the proof does not match the document. `unverifiable`: no proof, or its key cannot be found. */
  readonly signature: 'valid' | 'invalid' | 'unverifiable';
  /** Why, in the library's words, when not valid (for logs and the detailed report). */
  readonly signatureProblem: string | null;
  /** The verification method the proof names (`did:web:…#key-1`), if any. */
  readonly verificationMethod: string | null;
  /** The revocation bit, read from the status list credential (itself verified); `none` without a status entry. */
  readonly status: 'active' | 'revoked' | 'none' | 'unavailable';
  readonly statusProblem: string | null;
}

/**
 * W3C VC 2.0 Data Integrity proofs (`eddsa-rdfc-2022`) and Bitstring Status Lists. Adapter: the
 * digitalbazaar libraries with a static document loader.
 */
export interface CredentialProofs {
  generateKey(): Promise<SigningKey>;
  /** The credential with a `DataIntegrityProof` made with `key`, naming `verificationMethod`; `created` is `now`. */
  sign(credential: JsonObject, key: SigningKey & { readonly verificationMethod: string }, now: Date): Promise<JsonObject>;
  /** Checks the proof and, through the status list credential, the revocation bit. */
  verify(credential: JsonObject, lookup: DocumentLookup): Promise<ProofCheck>;
  /** The `encodedList` of a Bitstring Status List of `length` bits with `setIndexes` set. */
  encodeStatusList(length: number, setIndexes: readonly number[]): Promise<string>;
}

/** Encrypts issuer keys at rest with a key-encryption key the install gets from its environment. */
export interface SecretBox {
  seal(plaintext: string): string;
  /** Throws when the sealed text was not sealed with this key (or was changed). */
  open(sealed: string): string;
}
