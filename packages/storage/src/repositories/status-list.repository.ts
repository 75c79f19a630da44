import type { StatusListRepository, StatusListRow } from '@modality/app';
import type { JsonObject } from '@modality/domain';
import type { Kysely, Transaction } from 'kysely';
import type { Executor } from './executor.js';

/** The `vc_status_lists` table (migration 008-credentials-proof). */
export type StatusListsTable = {
  vc_status_lists: {
    id: string;
    issuer_id: string;
    length: number;
    next_index: number;
    credential_json: string;
    created_at: string;
    updated_at: string;
  };
};
type Db = Kysely<StatusListsTable> | Transaction<StatusListsTable>;
type Stored = StatusListsTable['vc_status_lists'];

const toRow = (r: Stored): StatusListRow => ({
  id: r.id,
  issuerId: r.issuer_id,
  length: r.length,
  nextIndex: r.next_index,
  credential: JSON.parse(r.credential_json) as JsonObject,
  updatedAt: r.updated_at,
});

/** Bitstring Status Lists and their signed status list credentials. */
export class KyselyStatusListRepository implements StatusListRepository {
  private readonly db: Db;
  constructor(db: Executor) {
    this.db = db.withTables<StatusListsTable>() as unknown as Db;
  }

  async insert(l: StatusListRow): Promise<void> {
    await this.db
      .insertInto('vc_status_lists')
      .values({ id: l.id, issuer_id: l.issuerId, length: l.length, next_index: l.nextIndex, credential_json: JSON.stringify(l.credential), created_at: l.updatedAt, updated_at: l.updatedAt })
      .execute();
  }

  async findById(id: string): Promise<StatusListRow | undefined> {
    const r = await this.db.selectFrom('vc_status_lists').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toRow(r);
  }

  async findOpen(issuerId: string): Promise<StatusListRow | undefined> {
    const r = await this.db
      .selectFrom('vc_status_lists')
      .selectAll()
      .where('issuer_id', '=', issuerId)
      .whereRef('next_index', '<', 'length')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return r && toRow(r);
  }

  async claimIndex(id: string): Promise<number> {
    // One UPDATE ... RETURNING: two transactions issuing at once can never take the same index.
    const r = await this.db
      .updateTable('vc_status_lists')
      .set((eb) => ({ next_index: eb('next_index', '+', 1) }))
      .where('id', '=', id)
      .returning('next_index')
      .executeTakeFirstOrThrow();
    return r.next_index - 1;
  }

  async replaceCredential(id: string, credential: JsonObject, updatedAt: string): Promise<void> {
    await this.db.updateTable('vc_status_lists').set({ credential_json: JSON.stringify(credential), updated_at: updatedAt }).where('id', '=', id).execute();
  }
}
