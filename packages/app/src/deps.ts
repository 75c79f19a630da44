import type { CandidateRanking } from './staffing/candidate-ranking.js';
import type { BlobStore, Clock, CredentialProofs, Gazetteer, Hasher, IdGenerator, PdfRenderer, SecretBox, Store } from './ports/index.js';

/** What every use case may touch; composition roots (api, cli) build it once. */
export interface Deps {
  readonly store: Store;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly hasher: Hasher;
}

/** What use cases that send mail need besides {@link Deps}: the install's public address, for links. */
export interface MailDeps extends Deps {
  /** e.g. `https://modality.example.org` (no trailing slash). */
  readonly publicUrl: string;
}

/**
 * What the staffing use cases need besides {@link Deps}: the gazetteer that places addresses, and this
 * node's in-memory ranking index of candidates.
 */
export interface StaffingDeps extends Deps {
  readonly places: Gazetteer;
  readonly ranking: CandidateRanking;
}

/**
 * What the server and the commands are built with: the staffing deps, and what the portable-proof use cases need besides {@link Deps}: credential proofs, the key-encryption box
 * (null when the install has no key-encryption key: it can verify but not issue), the PDF renderer, and the
 * install's public address (its `did:web` host, status-list and calendar URLs), and the blob store of record
 * files (the API and CLI build one set of dependencies for everything).
 */
export interface ProofDeps extends StaffingDeps {
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
