import type { MembershipRepository, MembershipRow } from '@modality/app';
import type { MembershipRole, OrganisationKind } from '@modality/domain';
import type { Executor } from './executor.js';
import { reusableQuery } from './reusable-query.js';

/** Who holds which role in which organisation. */
export class KyselyMembershipRepository implements MembershipRepository {
  private readonly db: Executor;
  /** Every authenticated request runs this one: compiled once (see reusableQuery). */
  private readonly forUser;
  /** Every audited staff read runs this one (the record's owner's roles): compiled once as well. */
  private readonly rolesFor;
  constructor(db: Executor) {
    this.db = db;
    this.forUser = reusableQuery(db, (userId) => this.withUsers().where('m.user_id', '=', userId).orderBy('o.name').orderBy('m.role'));
    this.rolesFor = reusableQuery(db, (userId) => db.selectFrom('memberships').select(['organisation_id', 'role']).where('user_id', '=', userId).orderBy('organisation_id').orderBy('role'));
  }

  async add(userId: string, organisationId: string, role: MembershipRole, createdAt: string): Promise<void> {
    await this.db
      .insertInto('memberships')
      .values({ user_id: userId, organisation_id: organisationId, role, created_at: createdAt })
      .onConflict((oc) => oc.columns(['user_id', 'organisation_id', 'role']).doNothing())
      .execute();
  }

  async listForUser(userId: string): Promise<MembershipRow[]> {
    const rows = await this.forUser(userId);
    return rows.map(toRow);
  }

  async listForOrganisation(organisationId: string) {
    const rows = await this.withUsers().where('m.organisation_id', '=', organisationId).orderBy('u.name').orderBy('m.role').execute();
    return rows.map((r) => ({ ...toRow(r), userName: r.user_name, email: r.email }));
  }

  async rolesOfUser(userId: string): Promise<Array<{ organisationId: string; role: MembershipRole }>> {
    const rows = await this.rolesFor(userId);
    return rows.map((r) => ({ organisationId: r.organisation_id, role: r.role as MembershipRole }));
  }

  async holdersOf(organisationIds: readonly string[], roles: readonly MembershipRole[]): Promise<Array<{ userId: string; organisationId: string }>> {
    if (organisationIds.length === 0 || roles.length === 0) return [];
    const rows = await this.db
      .selectFrom('memberships')
      .select(['user_id', 'organisation_id'])
      .where('organisation_id', 'in', [...organisationIds])
      .where('role', 'in', [...roles])
      .orderBy('user_id')
      .orderBy('organisation_id')
      .execute();
    return rows.map((r) => ({ userId: r.user_id, organisationId: r.organisation_id }));
  }

  /** Memberships with their organisation and user, the one shape both lists read. */
  private withUsers() {
    return this.db
      .selectFrom('memberships as m')
      .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['m.user_id', 'm.organisation_id', 'm.role', 'o.name', 'o.kind', 'u.name as user_name', 'u.email']);
  }
}

function toRow(r: { user_id: string; organisation_id: string; role: string; name: string; kind: string }): MembershipRow {
  return {
    userId: r.user_id,
    organisationId: r.organisation_id,
    organisationName: r.name,
    organisationKind: r.kind as OrganisationKind,
    role: r.role as MembershipRole,
  };
}
