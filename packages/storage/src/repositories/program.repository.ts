import type { ProgramDataset, ProgramFilter, ProgramRepository, ProgramRow, ProgramUpsert } from '@modality/app';
import type { Kysely, Transaction } from 'kysely';
import type { Executor } from './executor.js';

/** The `programs` table (migration 002-programs). */
export type ProgramsTable = {
  programs: {
    id: string;
    accreditor: string;
    accreditor_program_id: string;
    name: string;
    institution: string;
    discipline: string;
    award: string;
    jurisdiction: string;
    city: string | null;
    length_months: number | null;
    url: string | null;
    demo: number;
    comment: string | null;
    /** Migration 012-program-outcomes. */
    awards: number | null;
    awards_year: string | null;
    created_at: string;
    updated_at: string;
  };
  /** Migration 012-program-outcomes. */
  program_datasets: {
    name: string;
    digest: string;
    rows: number;
    loaded_at: string;
  };
};
type Db = Kysely<ProgramsTable> | Transaction<ProgramsTable>;

const COLUMNS = ['id', 'accreditor', 'accreditor_program_id', 'name', 'institution', 'discipline', 'award', 'jurisdiction', 'city', 'length_months', 'url', 'demo', 'comment', 'awards', 'awards_year'] as const;
type Stored = Pick<ProgramsTable['programs'], (typeof COLUMNS)[number]>;

const toRow = (r: Stored): ProgramRow => ({
  id: r.id,
  accreditor: r.accreditor,
  accreditorProgramId: r.accreditor_program_id,
  name: r.name,
  institution: r.institution,
  discipline: r.discipline,
  award: r.award,
  jurisdiction: r.jurisdiction,
  city: r.city,
  lengthMonths: r.length_months,
  url: r.url,
  demo: r.demo === 1,
  comment: r.comment,
  outcome: r.awards === null || r.awards_year === null ? null : { awards: r.awards, academicYear: r.awards_year },
});

const toStored = (p: ProgramRow): Stored => ({
  id: p.id,
  accreditor: p.accreditor,
  accreditor_program_id: p.accreditorProgramId,
  name: p.name,
  institution: p.institution,
  discipline: p.discipline,
  award: p.award,
  jurisdiction: p.jurisdiction,
  city: p.city,
  length_months: p.lengthMonths,
  url: p.url,
  demo: p.demo ? 1 : 0,
  comment: p.comment,
  awards: p.outcome?.awards ?? null,
  awards_year: p.outcome?.academicYear ?? null,
});

/** The program directory: upsert by natural key, search by discipline, award, jurisdiction and accreditor. */
export class KyselyProgramRepository implements ProgramRepository {
  private readonly db: Db;
  constructor(db: Executor) {
    // The programs table is typed here, beside its migration, rather than in the shared Database interface.
    this.db = db.withTables<ProgramsTable>() as unknown as Db;
  }

  async upsert(program: ProgramRow, at: string): Promise<ProgramUpsert> {
    const existing = await this.db.selectFrom('programs').select(COLUMNS).where('id', '=', program.id).executeTakeFirst();
    const stored = toStored(program);
    if (existing === undefined) {
      await this.db.insertInto('programs').values({ ...stored, created_at: at, updated_at: at }).execute();
      return 'inserted';
    }
    const same = COLUMNS.every((c) => String(existing[c]) === String(stored[c]));
    if (same) return 'unchanged';
    await this.db.updateTable('programs').set({ ...stored, updated_at: at }).where('id', '=', program.id).execute();
    return 'updated';
  }

  async search(filter: ProgramFilter, page: { readonly after?: string; readonly limit: number }): Promise<ProgramRow[]> {
    let q = this.db.selectFrom('programs').select(COLUMNS);
    if (filter.discipline !== undefined) q = q.where('discipline', '=', filter.discipline);
    if (filter.award !== undefined) q = q.where('award', '=', filter.award);
    if (filter.jurisdiction !== undefined) q = q.where('jurisdiction', '=', filter.jurisdiction);
    if (filter.accreditor !== undefined) q = q.where('accreditor', '=', filter.accreditor);
    if (page.after !== undefined) q = q.where('id', '>', page.after);
    return (await q.orderBy('id').limit(page.limit).execute()).map(toRow);
  }

  async count(): Promise<number> {
    const r = await this.db.selectFrom('programs').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  async datasetDigest(name: string): Promise<string | undefined> {
    const r = await this.db.selectFrom('program_datasets').select('digest').where('name', '=', name).executeTakeFirst();
    return r?.digest;
  }

  async recordDataset(dataset: ProgramDataset, at: string): Promise<void> {
    await this.db.deleteFrom('program_datasets').where('name', '=', dataset.name).execute();
    await this.db.insertInto('program_datasets').values({ name: dataset.name, digest: dataset.digest, rows: dataset.rows, loaded_at: at }).execute();
  }
}
