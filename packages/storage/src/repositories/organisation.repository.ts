import type { OrganisationRepository, OrganisationRow } from '@modality/app';
import type { OrganisationKind } from '@modality/domain';
import type { Executor } from './executor.js';

const toRow = (r: { id: string; name: string; kind: string }): OrganisationRow => ({ id: r.id, name: r.name, kind: r.kind as OrganisationKind });

/** Organisations (hospitals, imaging centres, schools, staffing agencies). */
export class KyselyOrganisationRepository implements OrganisationRepository {
  private readonly db: Executor;
  constructor(db: Executor) {
    this.db = db;
  }

  async insert(o: OrganisationRow & { createdAt: string }): Promise<void> {
    await this.db.insertInto('organisations').values({ id: o.id, name: o.name, kind: o.kind, created_at: o.createdAt }).execute();
  }

  async findById(id: string): Promise<OrganisationRow | undefined> {
    const r = await this.db.selectFrom('organisations').select(['id', 'name', 'kind']).where('id', '=', id).executeTakeFirst();
    return r && toRow(r);
  }

  async listAll(): Promise<OrganisationRow[]> {
    return (await this.db.selectFrom('organisations').select(['id', 'name', 'kind']).orderBy('name').execute()).map(toRow);
  }

  async listByIds(ids: readonly string[]): Promise<OrganisationRow[]> {
    if (ids.length === 0) return [];
    return (await this.db.selectFrom('organisations').select(['id', 'name', 'kind']).where('id', 'in', ids).orderBy('name').execute()).map(toRow);
  }
}
