import type { BlobStore, Clock, CredentialProofs, Hasher, IdGenerator, PdfRenderer, SecretBox, Store } from './ports/index.js';

/** What every use case may touch; composition roots (api, cli) build it once. */
export interface Deps {
  readonly store: Store;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly hasher: Hasher;
}

/**
 * What the portable-proof use cases need besides {@link Deps}: credential proofs, the key-encryption box
 * (null when the install has no key-encryption key: it can verify but not issue), the PDF renderer, and the
 * install's public address (its `did:web` host, status-list and calendar URLs), and the blob store of record
 * files (the API and CLI build one set of dependencies for everything).
 */
export interface ProofDeps extends Deps {
  readonly proofs: CredentialProofs;
  readonly secrets: SecretBox | null;
  readonly pdf: PdfRenderer;
  /** e.g. `https://modality.example.org` (no trailing slash). */
  readonly publicUrl: string;
  /** Where the files kept on records (certificates, licence cards) are stored. */
  readonly blobs: BlobStore;
}

/** What the record-file use cases need besides {@link Deps}: the blob store. */
export type FileDeps = Deps & Pick<ProofDeps, 'blobs'>;
