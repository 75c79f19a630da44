import type { RequestStatus, StaffingRequestRepository, StaffingRequestRow, SubmissionKind } from '@modality/app';
import type { Kysely, Transaction } from 'kysely';
import type { Executor } from './executor.js';

/** The `staffing_requests` table (migration 013-staffing). */
export type StaffingRequestsTable = {
  staffing_requests: {
    id: string;
    posting_id: string;
    person_id: string;
    organisation_id: string;
    kind: string;
    status: string;
    active_slot: string;
    requested_by: string | null;
    created_at: string;
    decided_at: string | null;
  };
};
type Db = Kysely<StaffingRequestsTable> | Transaction<StaffingRequestsTable>;
type Stored = StaffingRequestsTable['staffing_requests'];

const LIVE: readonly RequestStatus[] = ['pending', 'accepted'];
const slotOf = (id: string, status: RequestStatus) => (LIVE.includes(status) ? 'active' : id);

const toRow = (r: Stored): StaffingRequestRow => ({
  id: r.id,
  postingId: r.posting_id,
  personId: r.person_id,
  organisationId: r.organisation_id,
  kind: r.kind as SubmissionKind,
  status: r.status as RequestStatus,
  requestedBy: r.requested_by,
  createdAt: r.created_at,
  decidedAt: r.decided_at,
});

/** Requests to represent candidates, and applications: one live submission per candidate and posting. */
export class KyselyStaffingRequestRepository implements StaffingRequestRepository {
  private readonly db: Db;
  constructor(db: Executor) {
    this.db = db.withTables<StaffingRequestsTable>() as unknown as Db;
  }

  async insert(row: StaffingRequestRow): Promise<boolean> {
    // The unique index decides between two organisations asking at the same moment; the conflict clause
    // turns the loser into "nothing written" instead of an aborted transaction.
    const result = await this.db
      .insertInto('staffing_requests')
      .values({
        id: row.id,
        posting_id: row.postingId,
        person_id: row.personId,
        organisation_id: row.organisationId,
        kind: row.kind,
        status: row.status,
        active_slot: slotOf(row.id, row.status),
        requested_by: row.requestedBy,
        created_at: row.createdAt,
        decided_at: row.decidedAt,
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
  }

  async findById(id: string): Promise<StaffingRequestRow | undefined> {
    const r = await this.db.selectFrom('staffing_requests').selectAll().where('id', '=', id).executeTakeFirst();
    return r === undefined ? undefined : toRow(r);
  }

  async setStatus(id: string, status: RequestStatus, at: string): Promise<void> {
    await this.db.updateTable('staffing_requests').set({ status, active_slot: slotOf(id, status), decided_at: at }).where('id', '=', id).execute();
  }

  async findActive(postingId: string, personId: string): Promise<StaffingRequestRow | undefined> {
    const r = await this.db.selectFrom('staffing_requests').selectAll().where('posting_id', '=', postingId).where('person_id', '=', personId).where('active_slot', '=', 'active').executeTakeFirst();
    return r === undefined ? undefined : toRow(r);
  }

  async listForPerson(personId: string): Promise<StaffingRequestRow[]> {
    return (await this.db.selectFrom('staffing_requests').selectAll().where('person_id', '=', personId).orderBy('created_at', 'desc').orderBy('id').execute()).map(toRow);
  }

  async listForPosting(postingId: string): Promise<StaffingRequestRow[]> {
    return (await this.db.selectFrom('staffing_requests').selectAll().where('posting_id', '=', postingId).orderBy('created_at', 'desc').orderBy('id').execute()).map(toRow);
  }

  async countByRecruiterSince(userId: string, since: string): Promise<number> {
    const r = await this.db
      .selectFrom('staffing_requests')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('requested_by', '=', userId)
      .where('created_at', '>=', since)
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  }
}
