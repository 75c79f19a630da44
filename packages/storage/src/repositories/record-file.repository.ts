import { RECORD_FILE_TYPES, type RecordFileRepository, type RecordFileRow, type RecordFileSubject, type RecordFileType } from '@modality/app';
import type { Kysely, Transaction } from 'kysely';
import type { Executor } from './executor.js';

/** The `record_files` table (migration 011-record-files). */
export type RecordFilesTable = {
  record_files: {
    id: string;
    person_id: string;
    subject_json: string;
    file_name: string;
    media_type: string;
    size: number;
    blob_key: string;
    created_at: string;
    created_by: string | null;
  };
};
type Db = Kysely<RecordFilesTable> | Transaction<RecordFilesTable>;
type Stored = RecordFilesTable['record_files'];

function mediaType(text: string): RecordFileType {
  const found = RECORD_FILE_TYPES.find((t) => t === text);
  if (found === undefined) throw new Error(`record_files holds an unknown media type ${JSON.stringify(text)}`);
  return found;
}

const toRow = (r: Stored): RecordFileRow => ({
  id: r.id,
  personId: r.person_id,
  // Written by insert() below from a RecordFileSubject.
  subject: JSON.parse(r.subject_json) as RecordFileSubject,
  fileName: r.file_name,
  mediaType: mediaType(r.media_type),
  size: r.size,
  blobKey: r.blob_key,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

/** What is known of each file on a person's record; the bytes are in the blob store. */
export class KyselyRecordFileRepository implements RecordFileRepository {
  private readonly db: Db;
  constructor(db: Executor) {
    this.db = db.withTables<RecordFilesTable>() as unknown as Db;
  }

  async insert(f: RecordFileRow): Promise<void> {
    await this.db
      .insertInto('record_files')
      .values({ id: f.id, person_id: f.personId, subject_json: JSON.stringify(f.subject), file_name: f.fileName, media_type: f.mediaType, size: f.size, blob_key: f.blobKey, created_at: f.createdAt, created_by: f.createdBy })
      .execute();
  }

  async listForPerson(personId: string): Promise<RecordFileRow[]> {
    const rows = await this.db.selectFrom('record_files').selectAll().where('person_id', '=', personId).orderBy('created_at').orderBy('id').execute();
    return rows.map(toRow);
  }

  async find(personId: string, id: string): Promise<RecordFileRow | undefined> {
    const r = await this.db.selectFrom('record_files').selectAll().where('person_id', '=', personId).where('id', '=', id).executeTakeFirst();
    return r && toRow(r);
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('record_files').where('id', '=', id).execute();
  }
}
