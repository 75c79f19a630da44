import type { IssuedCredentialKind, IssuedCredentialRepository, IssuedCredentialRow } from '@modality/app';
import type { Kysely, Transaction } from 'kysely';
import type { Executor } from './executor.js';

/** The `vc_issued` table (migration 008-credentials-proof). */
export type IssuedTable = {
  vc_issued: {
    id: string;
    issuer_id: string;
    person_id: string | null;
    kind: string;
    name: string;
    status_list_id: string;
    status_index: number;
    issued_at: string;
    issued_by: string | null;
    revoked_at: string | null;
  };
};
type Db = Kysely<IssuedTable> | Transaction<IssuedTable>;
type Stored = IssuedTable['vc_issued'];

const toRow = (r: Stored): IssuedCredentialRow => ({
  id: r.id,
  issuerId: r.issuer_id,
  personId: r.person_id,
  kind: r.kind as IssuedCredentialKind,
  name: r.name,
  statusListId: r.status_list_id,
  statusIndex: r.status_index,
  issuedAt: r.issued_at,
  issuedBy: r.issued_by,
  revokedAt: r.revoked_at,
});

/** The issuers' register of what they issued: what revocation needs, not the documents themselves. */
export class KyselyIssuedCredentialRepository implements IssuedCredentialRepository {
  private readonly db: Db;
  constructor(db: Executor) {
    this.db = db.withTables<IssuedTable>() as unknown as Db;
  }

  async insert(c: IssuedCredentialRow): Promise<void> {
    await this.db
      .insertInto('vc_issued')
      .values({
        id: c.id,
        issuer_id: c.issuerId,
        person_id: c.personId,
        kind: c.kind,
        name: c.name,
        status_list_id: c.statusListId,
        status_index: c.statusIndex,
        issued_at: c.issuedAt,
        issued_by: c.issuedBy,
        revoked_at: c.revokedAt,
      })
      .execute();
  }

  async findById(id: string): Promise<IssuedCredentialRow | undefined> {
    const r = await this.db.selectFrom('vc_issued').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toRow(r);
  }

  async listByIssuer(issuerId: string, limit: number): Promise<IssuedCredentialRow[]> {
    const rows = await this.db.selectFrom('vc_issued').selectAll().where('issuer_id', '=', issuerId).orderBy('issued_at', 'desc').orderBy('id').limit(limit).execute();
    return rows.map(toRow);
  }

  async listForPerson(personId: string): Promise<IssuedCredentialRow[]> {
    const rows = await this.db.selectFrom('vc_issued').selectAll().where('person_id', '=', personId).orderBy('issued_at').orderBy('id').execute();
    return rows.map(toRow);
  }

  async markRevoked(id: string, at: string): Promise<void> {
    await this.db.updateTable('vc_issued').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  }

  async revokedIndexes(statusListId: string): Promise<number[]> {
    const rows = await this.db.selectFrom('vc_issued').select('status_index').where('status_list_id', '=', statusListId).where('revoked_at', 'is not', null).orderBy('status_index').execute();
    return rows.map((r) => r.status_index);
  }
}
