import type { PostprimaryDiscipline, PostprimaryEntryRow, PostprimaryLinkRow, PostprimaryRepository, PostprimaryReview, PostprimaryStep, PostprimaryVerification } from '@modality/app';
import type { Kysely, Transaction } from 'kysely';
import type { Executor } from './executor.js';

/** The tables of migration 022-postprimary (and 030's link recipient). */
export type PostprimaryTables = {
  postprimary_entries: {
    id: string;
    person_id: string;
    discipline: string;
    procedure: string;
    performed_on: string;
    facility: string;
    created_at: string;
    verified_at: string | null;
    verifier_name: string | null;
    verifier_arrt_number: string | null;
    verifier_user_id: string | null;
    reviewed_at: string | null;
    reviewer_name: string | null;
    reviewer_facility: string | null;
    reviewer_user_id: string | null;
  };
  postprimary_links: { token_hash: string; entry_id: string; step: string; created_at: string; expires_at: string; used_at: string | null; sent_to: string | null };
};
type Db = Kysely<PostprimaryTables> | Transaction<PostprimaryTables>;
type StoredEntry = PostprimaryTables['postprimary_entries'];
type StoredLink = PostprimaryTables['postprimary_links'];

const toLink = (r: StoredLink): PostprimaryLinkRow => ({
  tokenHash: r.token_hash,
  entryId: r.entry_id,
  // Only the use case writes the step, from its two values.
  step: r.step as PostprimaryStep,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  usedAt: r.used_at,
  sentTo: r.sent_to,
});

const toEntry = (r: StoredEntry): PostprimaryEntryRow => ({
  id: r.id,
  personId: r.person_id,
  // Only the use case writes these columns, from the contract's closed lists.
  discipline: r.discipline as PostprimaryDiscipline,
  procedure: r.procedure,
  performedOn: r.performed_on,
  facility: r.facility,
  createdAt: r.created_at,
  verification: r.verified_at === null ? null : { at: r.verified_at, name: r.verifier_name ?? '', arrtNumber: r.verifier_arrt_number ?? '', userId: r.verifier_user_id },
  review: r.reviewed_at === null ? null : { at: r.reviewed_at, name: r.reviewer_name ?? '', facility: r.reviewer_facility ?? '', userId: r.reviewer_user_id },
});

/** The postprimary clinical experience log and its one-time verify and review links. */
export class KyselyPostprimaryRepository implements PostprimaryRepository {
  private readonly db: Db;
  constructor(db: Executor) {
    this.db = db.withTables<PostprimaryTables>() as unknown as Db;
  }

  async insertEntry(e: PostprimaryEntryRow): Promise<void> {
    await this.db
      .insertInto('postprimary_entries')
      .values({
        id: e.id,
        person_id: e.personId,
        discipline: e.discipline,
        procedure: e.procedure,
        performed_on: e.performedOn,
        facility: e.facility,
        created_at: e.createdAt,
        verified_at: e.verification?.at ?? null,
        verifier_name: e.verification?.name ?? null,
        verifier_arrt_number: e.verification?.arrtNumber ?? null,
        verifier_user_id: e.verification?.userId ?? null,
        reviewed_at: e.review?.at ?? null,
        reviewer_name: e.review?.name ?? null,
        reviewer_facility: e.review?.facility ?? null,
        reviewer_user_id: e.review?.userId ?? null,
      })
      .execute();
  }

  async findEntry(id: string): Promise<PostprimaryEntryRow | undefined> {
    const r = await this.db.selectFrom('postprimary_entries').selectAll().where('id', '=', id).executeTakeFirst();
    return r === undefined ? undefined : toEntry(r);
  }

  async listEntriesForPerson(personId: string, discipline?: PostprimaryDiscipline): Promise<PostprimaryEntryRow[]> {
    let q = this.db.selectFrom('postprimary_entries').selectAll().where('person_id', '=', personId);
    if (discipline !== undefined) q = q.where('discipline', '=', discipline);
    const rows = await q.orderBy('performed_on').orderBy('created_at').orderBy('id').execute();
    return rows.map(toEntry);
  }

  async verifyEntry(id: string, v: PostprimaryVerification): Promise<boolean> {
    const r = await this.db
      .updateTable('postprimary_entries')
      .set({ verified_at: v.at, verifier_name: v.name, verifier_arrt_number: v.arrtNumber, verifier_user_id: v.userId })
      .where('id', '=', id)
      .where('verified_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async reviewEntry(id: string, v: PostprimaryReview): Promise<boolean> {
    const r = await this.db
      .updateTable('postprimary_entries')
      .set({ reviewed_at: v.at, reviewer_name: v.name, reviewer_facility: v.facility, reviewer_user_id: v.userId })
      .where('id', '=', id)
      .where('verified_at', 'is not', null)
      .where('reviewed_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async insertLink(l: PostprimaryLinkRow): Promise<void> {
    await this.db
      .insertInto('postprimary_links')
      .values({ token_hash: l.tokenHash, entry_id: l.entryId, step: l.step, created_at: l.createdAt, expires_at: l.expiresAt, used_at: l.usedAt, sent_to: l.sentTo })
      .execute();
  }

  async findLink(tokenHash: string): Promise<PostprimaryLinkRow | undefined> {
    const r = await this.db.selectFrom('postprimary_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return r === undefined ? undefined : toLink(r);
  }

  async listOpenLinksSentTo(address: string, now: string): Promise<PostprimaryLinkRow[]> {
    const rows = await this.db
      .selectFrom('postprimary_links')
      .selectAll()
      .where('sent_to', '=', address)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .orderBy('created_at')
      .orderBy('token_hash')
      .execute();
    return rows.map(toLink);
  }

  async useLink(tokenHash: string, at: string): Promise<boolean> {
    const r = await this.db.updateTable('postprimary_links').set({ used_at: at }).where('token_hash', '=', tokenHash).where('used_at', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }
}
