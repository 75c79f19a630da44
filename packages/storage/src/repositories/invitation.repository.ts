import type { InvitationRepository, InvitationRow } from '@modality/app';
import type { MembershipRole } from '@modality/domain';
import type { Executor } from './executor.js';

/** Invitations into organisations, keyed by the digest of their token. */
export class KyselyInvitationRepository implements InvitationRepository {
  private readonly db: Executor;
  constructor(db: Executor) {
    this.db = db;
  }

  async insert(i: InvitationRow & { createdAt: string }): Promise<void> {
    await this.db
      .insertInto('invitations')
      .values({
        id: i.id,
        organisation_id: i.organisationId,
        email: i.email,
        role: i.role,
        token_hash: i.tokenHash,
        invited_by: i.invitedBy,
        created_at: i.createdAt,
        expires_at: i.expiresAt,
        accepted_at: i.acceptedAt,
        accepted_by: null,
      })
      .execute();
  }

  async findByTokenHash(tokenHash: string): Promise<InvitationRow | undefined> {
    const r = await this.db.selectFrom('invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return (
      r && {
        id: r.id,
        organisationId: r.organisation_id,
        email: r.email,
        role: r.role as MembershipRole,
        tokenHash: r.token_hash,
        invitedBy: r.invited_by,
        expiresAt: r.expires_at,
        acceptedAt: r.accepted_at,
      }
    );
  }

  async markAccepted(id: string, userId: string, at: string): Promise<void> {
    await this.db.updateTable('invitations').set({ accepted_at: at, accepted_by: userId }).where('id', '=', id).execute();
  }

  async forgetUser(userId: string): Promise<void> {
    // `invited_by` may not point at nothing: the invitations the person sent go (memberships they led to stay).
    await this.db.deleteFrom('invitations').where('invited_by', '=', userId).execute();
    await this.db.updateTable('invitations').set({ accepted_by: null }).where('accepted_by', '=', userId).execute();
  }
}
