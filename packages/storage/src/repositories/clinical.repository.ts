import type { ClinicalEntryChange, ClinicalEntryEditRow, ClinicalEntryRow, ClinicalRepository, ClinicalRole, ClinicalSignature, ClinicalSiteRow, CompetencyGrade, SignRequestRow, SupervisionLevel } from '@modality/app';
import type { Kysely, Transaction } from 'kysely';
import type { Executor } from './executor.js';

/** The tables of migrations 014-clinical, 015-clinical-signoff, 021-clinical-grades and 027-clinical-simulated. */
export type ClinicalTables = {
  clinical_sites: { id: string; school_organisation_id: string; name: string; created_at: string };
  clinical_log_entries: {
    id: string;
    person_id: string;
    procedure: string;
    performed_on: string;
    site_id: string;
    role: string;
    supervision: string;
    is_repeat: number;
    created_at: string;
    signed_at: string | null;
    signer_name: string | null;
    signer_arrt_number: string | null;
    signer_user_id: string | null;
    is_competency_attempt: number;
    is_simulated: number;
    grade_form: string | null;
    grade_criteria: string | null;
    grade_passed: number | null;
    grade_comments: string | null;
    edited_at: string | null;
  };
  clinical_sign_requests: { token_hash: string; entry_id: string; created_at: string; expires_at: string; used_at: string | null; withdrawn_at: string | null };
  clinical_entry_edits: { id: string; entry_id: string; edited_at: string; changes: string };
};
type Db = Kysely<ClinicalTables> | Transaction<ClinicalTables>;
type StoredEntry = ClinicalTables['clinical_log_entries'];

const toEntry = (r: StoredEntry): ClinicalEntryRow => ({
  id: r.id,
  personId: r.person_id,
  procedure: r.procedure,
  performedOn: r.performed_on,
  siteId: r.site_id,
  // Only the use case writes these columns, from the contract's closed lists.
  role: r.role as ClinicalRole,
  supervision: r.supervision as SupervisionLevel,
  repeat: r.is_repeat === 1,
  competencyAttempt: r.is_competency_attempt === 1,
  simulated: r.is_simulated === 1,
  createdAt: r.created_at,
  editedAt: r.edited_at,
  signature: r.signed_at === null ? null : { signedAt: r.signed_at, name: r.signer_name ?? '', arrtNumber: r.signer_arrt_number, signerUserId: r.signer_user_id },
  grade:
    r.grade_form === null
      ? null
      : // Only signEntry writes these columns, from a grade the use case checked against its form.
        { formId: r.grade_form, criteria: JSON.parse(r.grade_criteria ?? '[]') as CompetencyGrade['criteria'], passed: r.grade_passed === 1, comments: r.grade_comments },
});

const toSignRequest = (r: ClinicalTables['clinical_sign_requests']): SignRequestRow => ({
  tokenHash: r.token_hash,
  entryId: r.entry_id,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  usedAt: r.used_at,
  withdrawnAt: r.withdrawn_at,
});

const gradeColumns = (g: CompetencyGrade | null) => ({
  grade_form: g?.formId ?? null,
  grade_criteria: g === null ? null : JSON.stringify(g.criteria),
  grade_passed: g === null ? null : g.passed ? 1 : 0,
  grade_comments: g?.comments ?? null,
});

/** Clinical sites, the students' logs and one-time sign requests. */
export class KyselyClinicalRepository implements ClinicalRepository {
  private readonly db: Db;
  constructor(db: Executor) {
    this.db = db.withTables<ClinicalTables>() as unknown as Db;
  }

  async insertSite(s: ClinicalSiteRow & { readonly createdAt: string }): Promise<void> {
    await this.db.insertInto('clinical_sites').values({ id: s.id, school_organisation_id: s.schoolOrganisationId, name: s.name, created_at: s.createdAt }).execute();
  }

  async listSitesForSchools(ids: readonly string[]): Promise<ClinicalSiteRow[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('clinical_sites').selectAll().where('school_organisation_id', 'in', [...ids]).orderBy('name').orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, schoolOrganisationId: r.school_organisation_id, name: r.name }));
  }

  async findSite(id: string): Promise<ClinicalSiteRow | undefined> {
    const r = await this.db.selectFrom('clinical_sites').selectAll().where('id', '=', id).executeTakeFirst();
    return r && { id: r.id, schoolOrganisationId: r.school_organisation_id, name: r.name };
  }

  async insertEntry(e: ClinicalEntryRow): Promise<void> {
    await this.db
      .insertInto('clinical_log_entries')
      .values({
        id: e.id,
        person_id: e.personId,
        procedure: e.procedure,
        performed_on: e.performedOn,
        site_id: e.siteId,
        role: e.role,
        supervision: e.supervision,
        is_repeat: e.repeat ? 1 : 0,
        is_competency_attempt: e.competencyAttempt ? 1 : 0,
        is_simulated: e.simulated ? 1 : 0,
        created_at: e.createdAt,
        edited_at: e.editedAt,
        ...gradeColumns(e.grade),
        signed_at: e.signature?.signedAt ?? null,
        signer_name: e.signature?.name ?? null,
        signer_arrt_number: e.signature?.arrtNumber ?? null,
        signer_user_id: e.signature?.signerUserId ?? null,
      })
      .execute();
  }

  async findEntry(id: string): Promise<ClinicalEntryRow | undefined> {
    const r = await this.db.selectFrom('clinical_log_entries').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toEntry(r);
  }

  async listEntriesForPerson(personId: string): Promise<ClinicalEntryRow[]> {
    const rows = await this.db.selectFrom('clinical_log_entries').selectAll().where('person_id', '=', personId).orderBy('performed_on').orderBy('id').execute();
    return rows.map(toEntry);
  }

  async listUnsignedEntriesForSchools(ids: readonly string[]): Promise<ClinicalEntryRow[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('clinical_log_entries')
      .innerJoin('clinical_sites', 'clinical_sites.id', 'clinical_log_entries.site_id')
      .selectAll('clinical_log_entries')
      .where('clinical_sites.school_organisation_id', 'in', [...ids])
      .where('clinical_log_entries.signed_at', 'is', null)
      .orderBy('clinical_log_entries.performed_on')
      .orderBy('clinical_log_entries.id')
      .execute();
    return rows.map(toEntry);
  }

  async signEntry(id: string, s: ClinicalSignature, grade: CompetencyGrade | null = null): Promise<boolean> {
    const r = await this.db
      .updateTable('clinical_log_entries')
      .set({ signed_at: s.signedAt, signer_name: s.name, signer_arrt_number: s.arrtNumber, signer_user_id: s.signerUserId, ...gradeColumns(grade) })
      .where('id', '=', id)
      .where('signed_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async editEntry(id: string, c: ClinicalEntryChange, edit: ClinicalEntryEditRow): Promise<boolean> {
    const r = await this.db
      .updateTable('clinical_log_entries')
      .set({
        procedure: c.procedure,
        performed_on: c.performedOn,
        site_id: c.siteId,
        role: c.role,
        supervision: c.supervision,
        is_repeat: c.repeat ? 1 : 0,
        is_competency_attempt: c.competencyAttempt ? 1 : 0,
        is_simulated: c.simulated ? 1 : 0,
        edited_at: edit.editedAt,
      })
      .where('id', '=', id)
      .where('signed_at', 'is', null)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
    await this.db.insertInto('clinical_entry_edits').values({ id: edit.id, entry_id: id, edited_at: edit.editedAt, changes: JSON.stringify(edit.changes) }).execute();
    return true;
  }

  async deleteUnsignedEntry(id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('clinical_log_entries').where('id', '=', id).where('signed_at', 'is', null).executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  }

  async listEntryEdits(entryId: string): Promise<ClinicalEntryEditRow[]> {
    const rows = await this.db.selectFrom('clinical_entry_edits').selectAll().where('entry_id', '=', entryId).orderBy('edited_at').orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, entryId: r.entry_id, editedAt: r.edited_at, changes: JSON.parse(r.changes) as ClinicalEntryEditRow['changes'] }));
  }

  async insertSignRequest(q: SignRequestRow): Promise<void> {
    await this.db
      .insertInto('clinical_sign_requests')
      .values({ token_hash: q.tokenHash, entry_id: q.entryId, created_at: q.createdAt, expires_at: q.expiresAt, used_at: q.usedAt, withdrawn_at: q.withdrawnAt })
      .execute();
  }

  async findSignRequest(tokenHash: string): Promise<SignRequestRow | undefined> {
    const r = await this.db.selectFrom('clinical_sign_requests').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return r && toSignRequest(r);
  }

  async listSignRequestsForEntry(entryId: string): Promise<SignRequestRow[]> {
    const rows = await this.db.selectFrom('clinical_sign_requests').selectAll().where('entry_id', '=', entryId).orderBy('created_at').orderBy('token_hash').execute();
    return rows.map(toSignRequest);
  }

  async withdrawSignRequests(entryId: string, at: string): Promise<number> {
    const r = await this.db
      .updateTable('clinical_sign_requests')
      .set({ withdrawn_at: at })
      .where('entry_id', '=', entryId)
      .where('used_at', 'is', null)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  async useSignRequest(tokenHash: string, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('clinical_sign_requests')
      .set({ used_at: at })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
