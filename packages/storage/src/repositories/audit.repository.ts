import type { AuditEntry, AuditLog } from '@modality/app';
import type { AuditGroupCommit } from './audit-group-commit.js';
import type { Executor } from './executor.js';

/**
 * The append-only audit log (the database rejects updates and deletes, see migration 001). Outside a
 * transaction, rows go through `groupCommit` (one commit for the rows of one event-loop turn); inside one,
 * they are part of it.
 */
export class KyselyAuditLog implements AuditLog {
  private readonly db: Executor;
  private readonly groupCommit: AuditGroupCommit | undefined;
  constructor(db: Executor, groupCommit?: AuditGroupCommit) {
    this.db = db;
    this.groupCommit = groupCommit;
  }

  async append(e: AuditEntry): Promise<void> {
    const row = {
      at: e.at,
      actor_user_id: e.actorUserId,
      organisation_id: e.organisationId,
      action: e.action,
      subject_person_id: e.subjectPersonId,
      details: JSON.stringify(e.details),
    };
    if (this.groupCommit !== undefined) await this.groupCommit.append(row);
    else await this.db.insertInto('audit_log').values(row).execute();
  }

  async listForPerson(personId: string, limit: number): Promise<AuditEntry[]> {
    const rows = await this.db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject_person_id', '=', personId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      at: r.at,
      actorUserId: r.actor_user_id,
      organisationId: r.organisation_id,
      action: r.action,
      subjectPersonId: r.subject_person_id,
      details: JSON.parse(r.details) as Record<string, unknown>,
    }));
  }
}
