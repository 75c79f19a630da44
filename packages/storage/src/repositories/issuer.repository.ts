import type { IssuerRepository, IssuerRow } from '@modality/app';
import type { Kysely, Transaction } from 'kysely';
import type { Executor } from './executor.js';

/** The `vc_issuers` table (migration 008-credentials-proof). */
export type IssuersTable = {
  vc_issuers: {
    id: string;
    organisation_id: string | null;
    did: string;
    key_id: string;
    public_key_multibase: string;
    secret_key_sealed: string;
    name: string;
    created_at: string;
  };
};
type Db = Kysely<IssuersTable> | Transaction<IssuersTable>;
type Stored = IssuersTable['vc_issuers'];

const toRow = (r: Stored): IssuerRow => ({
  id: r.id,
  organisationId: r.organisation_id,
  did: r.did,
  keyId: r.key_id,
  publicKeyMultibase: r.public_key_multibase,
  secretKeySealed: r.secret_key_sealed,
  name: r.name,
  createdAt: r.created_at,
});

/** Credential issuers with their sealed Ed25519 keys. */
export class KyselyIssuerRepository implements IssuerRepository {
  private readonly db: Db;
  constructor(db: Executor) {
    this.db = db.withTables<IssuersTable>() as unknown as Db;
  }

  async insert(i: IssuerRow): Promise<void> {
    await this.db
      .insertInto('vc_issuers')
      .values({
        id: i.id,
        organisation_id: i.organisationId,
        did: i.did,
        key_id: i.keyId,
        public_key_multibase: i.publicKeyMultibase,
        secret_key_sealed: i.secretKeySealed,
        name: i.name,
        created_at: i.createdAt,
      })
      .execute();
  }

  async findById(id: string): Promise<IssuerRow | undefined> {
    const r = await this.db.selectFrom('vc_issuers').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toRow(r);
  }

  async findByDid(did: string): Promise<IssuerRow | undefined> {
    const r = await this.db.selectFrom('vc_issuers').selectAll().where('did', '=', did).executeTakeFirst();
    return r && toRow(r);
  }
}
