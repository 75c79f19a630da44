import type { CalendarDate } from '@modality/domain';

/**
 * Bytes kept beside the database rows, by key: the certificates and licence cards on a person's record.
 * Adapters: files under the data directory (the embedded default, `packages/runtime`) and a database table
 * (PostgreSQL installs, so that every API node sees every file; `packages/storage`). An S3-compatible
 * object store would be a third adapter of this same port; none is built yet.
 */
export interface BlobStore {
  /** Stores the bytes under the key, replacing what was there. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes under the key, or undefined when there are none. */
  get(key: string): Promise<Uint8Array | undefined>;
  /** Forgets the key; deleting a key that is not there is not an error. */
  delete(key: string): Promise<void>;
}

/** What a record file may be, told from its first bytes (never from its name or declared type). */
export const RECORD_FILE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type RecordFileType = (typeof RECORD_FILE_TYPES)[number];

/** Which entry of the record a file belongs to: a CE activity (by title and day) or a credential held. */
export type RecordFileSubject =
  | { readonly section: 'ce'; readonly title: string; readonly completedOn: CalendarDate }
  | { readonly section: 'credentials'; readonly credential: string };

/** A file kept on a person's record: its bytes are in the {@link BlobStore} under `blobKey`. */
export interface RecordFileRow {
  readonly id: string;
  readonly personId: string;
  readonly subject: RecordFileSubject;
  /** The name it was uploaded with, cleaned of path parts; shown, never trusted for its type. */
  readonly fileName: string;
  readonly mediaType: RecordFileType;
  readonly size: number;
  readonly blobKey: string;
  readonly createdAt: string;
  readonly createdBy: string | null;
}

export interface RecordFileRepository {
  insert(file: RecordFileRow): Promise<void>;
  /** A person's files, oldest first. */
  listForPerson(personId: string): Promise<RecordFileRow[]>;
  find(personId: string, id: string): Promise<RecordFileRow | undefined>;
  delete(id: string): Promise<void>;
}
