import type { BlobStore } from '@modality/app';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** The `record_file_blobs` table (migration 011-record-files). */
type BlobsTable = { record_file_blobs: { blob_key: string; bytes: Uint8Array } };

/**
 * The blob port over the database: bytes in `record_file_blobs`, so that every API process on one
 * PostgreSQL sees every file (files under one node's data directory would not be). Writes go straight to
 * the database, outside any record transaction: a file's bytes are stored before its row and removed after it.
 */
export class DatabaseBlobStore implements BlobStore {
  readonly #db: Kysely<BlobsTable>;
  constructor(db: Kysely<Database>) {
    this.#db = db.withTables<BlobsTable>() as unknown as Kysely<BlobsTable>;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    await this.#db.deleteFrom('record_file_blobs').where('blob_key', '=', key).execute();
    await this.#db.insertInto('record_file_blobs').values({ blob_key: key, bytes: Buffer.from(bytes) }).execute();
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    const row = await this.#db.selectFrom('record_file_blobs').select('bytes').where('blob_key', '=', key).executeTakeFirst();
    return row === undefined ? undefined : new Uint8Array(row.bytes);
  }

  async delete(key: string): Promise<void> {
    await this.#db.deleteFrom('record_file_blobs').where('blob_key', '=', key).execute();
  }
}
