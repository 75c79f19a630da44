import type { PageRequest, PersonRepository, PersonRow } from '@modality/app';
import { PERSON_RECORD_FORMAT, type CalendarDate, type PersonRecord } from '@modality/domain';
import type { Database } from '../database.js';
import type { Executor } from './executor.js';
import { reusableQuery } from './reusable-query.js';
import {
  ceToRow,
  clinicalToRow,
  credentialToRow,
  educationToRow,
  examToRow,
  rowToCe,
  rowToClinical,
  rowToCredential,
  rowToEducation,
  rowToExam,
  rowToVerifiableCredential,
  sectionsOf,
  verifiableCredentialToRow,
  type Section,
} from './person-record.mapping.js';

type ChildTable = 'education' | 'credentials' | 'ce_activities' | 'clinical_entries' | 'exams' | 'verifiable_credentials';
const CHILD_TABLES: readonly ChildTable[] = ['education', 'credentials', 'ce_activities', 'clinical_entries', 'exams', 'verifiable_credentials'];
/** Rows per INSERT: well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 400;

type PeopleRaw = Database['people'];

/** The columns a {@link PersonRow} is made of: a list never reads the stored record document (`record_json`). */
const PERSON_ROW_COLUMNS = ['id', 'owner_user_id', 'external_id', 'name', 'country', 'region', 'record_hash', 'updated_at'] as const;
type PersonRowRaw = Pick<PeopleRaw, (typeof PERSON_ROW_COLUMNS)[number]>;

/** People and their records, stored in one row per list entry, ordered by `position`. */
export class KyselyPersonRepository implements PersonRepository {
  private readonly db: Executor;
  /** Every authenticated request runs this one: compiled once (see reusableQuery). */
  private readonly ownedBy;
  constructor(db: Executor) {
    this.db = db;
    this.ownedBy = reusableQuery(db, (userId) => db.selectFrom('people').select('id').where('owner_user_id', '=', userId));
  }

  async findById(id: string): Promise<PersonRow | undefined> {
    const r = await this.db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
    return r && (await this.toRows([r]))[0];
  }

  async findByOwner(userId: string): Promise<PersonRow | undefined> {
    const r = await this.db.selectFrom('people').selectAll().where('owner_user_id', '=', userId).executeTakeFirst();
    return r && (await this.toRows([r]))[0];
  }

  async idByOwner(userId: string): Promise<string | undefined> {
    const [r] = await this.ownedBy(userId);
    return r?.id;
  }

  async findUnownedByRecordId(recordId: string): Promise<PersonRow | undefined> {
    const r = await this.db
      .selectFrom('people')
      .selectAll()
      .where('owner_user_id', 'is', null)
      .where('external_id', '=', recordId)
      .orderBy('id')
      .executeTakeFirst();
    return r && (await this.toRows([r]))[0];
  }

  async listByOwners(ownerUserIds: readonly string[], page: PageRequest): Promise<PersonRow[]> {
    if (ownerUserIds.length === 0) return [];
    let q = this.db.selectFrom('people').select(PERSON_ROW_COLUMNS).where('owner_user_id', 'in', ownerUserIds);
    if (page.after !== undefined) q = q.where('id', '>', page.after);
    return this.toRows(await q.orderBy('id').limit(page.limit).execute());
  }

  async create(p: { id: string; ownerUserId: string | null; createdAt: string }): Promise<void> {
    await this.db
      .insertInto('people')
      .values({
        id: p.id,
        owner_user_id: p.ownerUserId,
        external_id: null,
        name: '',
        birth_date: null,
        country: '',
        region: null,
        record_sections: '',
        record_hash: '',
        record_json: null,
        created_at: p.createdAt,
        updated_at: p.createdAt,
      })
      .execute();
  }

  async replaceRecord(id: string, record: PersonRecord, recordHash: string, updatedAt: string): Promise<void> {
    await this.db
      .updateTable('people')
      .set({
        external_id: record.person.id ?? null,
        name: record.person.name,
        birth_date: record.person.birthDate,
        country: record.person.country,
        region: record.person.region ?? null,
        record_sections: sectionsOf(record),
        record_hash: recordHash,
        record_json: JSON.stringify(record),
        updated_at: updatedAt,
      })
      .where('id', '=', id)
      .execute();
    for (const table of CHILD_TABLES) await this.db.deleteFrom(table).where('person_id', '=', id).execute();
    await this.insertChildren('education', id, (record.education ?? []).map(educationToRow));
    await this.insertChildren('credentials', id, (record.credentials ?? []).map(credentialToRow));
    await this.insertChildren('ce_activities', id, (record.ce ?? []).map(ceToRow));
    await this.insertChildren('clinical_entries', id, (record.clinical ?? []).map(clinicalToRow));
    await this.insertChildren('exams', id, (record.exams ?? []).map(examToRow));
    await this.insertChildren('verifiable_credentials', id, (record.verifiableCredentials ?? []).map(verifiableCredentialToRow));
  }

  async delete(id: string): Promise<void> {
    // Children first: SQLite enforces the foreign keys only when the pragma is on, PostgreSQL always.
    for (const table of CHILD_TABLES) await this.db.deleteFrom(table).where('person_id', '=', id).execute();
    await this.db.deleteFrom('people').where('id', '=', id).execute();
  }

  async getRecord(id: string): Promise<PersonRecord | undefined> {
    return (await this.findRecord(id))?.record;
  }

  async getRecords(ids: readonly string[]): Promise<Map<string, PersonRecord>> {
    const out = new Map<string, PersonRecord>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await this.db.selectFrom('people').selectAll().where('id', 'in', ids.slice(i, i + CHUNK)).execute();
      for (const p of rows) {
        const record = await this.recordOf(p);
        if (record !== undefined) out.set(p.id, record);
      }
    }
    return out;
  }

  async findRecord(id: string): Promise<{ ownerUserId: string | null; record: PersonRecord | undefined; recordHash: string } | undefined> {
    const p = await this.db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
    if (!p) return undefined;
    return { ownerUserId: p.owner_user_id, record: await this.recordOf(p), recordHash: p.record_hash };
  }

  private async recordOf(p: PeopleRaw): Promise<PersonRecord | undefined> {
    const id = p.id;
    if (p.birth_date === null) return undefined;
    if (p.record_json !== null) {
      const stored = JSON.parse(p.record_json) as PersonRecord;
      const { id: _stored, ...person } = stored.person;
      return { ...stored, person: { id: p.external_id ?? p.id, ...person } };
    }
    const sections = new Set(p.record_sections.split(',').filter((s) => s !== '') as Section[]);
    const db = this.db;
    const [education, credentials, ce, clinical, exams, wallet] = await Promise.all([
      db.selectFrom('education').selectAll().where('person_id', '=', id).orderBy('position').execute(),
      db.selectFrom('credentials').selectAll().where('person_id', '=', id).orderBy('position').execute(),
      db.selectFrom('ce_activities').selectAll().where('person_id', '=', id).orderBy('position').execute(),
      db.selectFrom('clinical_entries').selectAll().where('person_id', '=', id).orderBy('position').execute(),
      db.selectFrom('exams').selectAll().where('person_id', '=', id).orderBy('position').execute(),
      db.selectFrom('verifiable_credentials').selectAll().where('person_id', '=', id).orderBy('position').execute(),
    ]);
    const record: {
      -readonly [K in keyof PersonRecord]: PersonRecord[K];
    } = {
      format: PERSON_RECORD_FORMAT,
      person: {
        id: p.external_id ?? p.id,
        name: p.name,
        birthDate: p.birth_date as CalendarDate,
        country: p.country,
        ...(p.region === null ? {} : { region: p.region }),
      },
    };
    if (sections.has('education')) record.education = education.map(rowToEducation);
    if (sections.has('credentials')) record.credentials = credentials.map(rowToCredential);
    if (sections.has('ce')) record.ce = ce.map(rowToCe);
    if (sections.has('clinical')) record.clinical = clinical.map(rowToClinical);
    if (sections.has('exams')) record.exams = exams.map(rowToExam);
    if (sections.has('verifiableCredentials')) record.verifiableCredentials = wallet.map(rowToVerifiableCredential);
    return record;
  }

  private async insertChildren(table: ChildTable, personId: string, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const values = rows.slice(i, i + CHUNK).map((r, j) => ({ ...r, person_id: personId, position: i + j }));
      await this.db.insertInto(table).values(values).execute();
    }
  }

  private async toRows(rows: readonly PersonRowRaw[]): Promise<PersonRow[]> {
    if (rows.length === 0) return [];
    const creds = await this.db
      .selectFrom('credentials')
      .select(['person_id', 'credential'])
      .where('person_id', 'in', rows.map((r) => r.id))
      .orderBy('person_id')
      .orderBy('position')
      .execute();
    const byPerson = new Map<string, string[]>();
    for (const c of creds) {
      const list = byPerson.get(c.person_id) ?? [];
      list.push(c.credential);
      byPerson.set(c.person_id, list);
    }
    return rows.map((r) => ({
      id: r.id,
      ownerUserId: r.owner_user_id,
      externalId: r.external_id,
      name: r.name,
      country: r.country,
      region: r.region,
      recordHash: r.record_hash,
      credentials: byPerson.get(r.id) ?? [],
      updatedAt: r.updated_at,
    }));
  }
}
