import type { ClinicalPlacementRepository, ClinicalRotationRow, ClinicalTermRow, PlacementRunRow, PreceptorRow, SiteDetailsRow } from '@modality/app';
import type { Kysely, Transaction } from 'kysely';
import type { Executor } from './executor.js';
import type { ClinicalTables } from './clinical.repository.js';

/** The tables of migration 017-clinical-placement (and `clinical_sites` / `clinical_log_entries` of 014). */
export type ClinicalPlacementTables = Pick<ClinicalTables, 'clinical_sites' | 'clinical_log_entries'> & {
  clinical_site_details: { site_id: string; address: string | null; city: string | null; modalities: string; updated_at: string };
  clinical_site_preceptors: { id: string; site_id: string; name: string; credentials: string; created_at: string };
  clinical_terms: { id: string; school_organisation_id: string; name: string; starts_on: string; ends_on: string; created_at: string };
  clinical_site_capacities: { term_id: string; site_id: string; capacity: number };
  clinical_site_rankings: { term_id: string; person_id: string; site_id: string; rank: number; updated_at: string };
  clinical_placement_runs: { id: string; term_id: string; mode: string; created_by_user_id: string | null; created_at: string; result: string; published_at: string | null };
  clinical_rotations: { id: string; school_organisation_id: string; person_id: string; site_id: string; starts_on: string; ends_on: string; created_at: string };
};
type Db = Kysely<ClinicalPlacementTables> | Transaction<ClinicalPlacementTables>;

const modalitiesOf = (json: string): string[] => {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((m): m is string => typeof m === 'string') : [];
};
const toTerm = (r: ClinicalPlacementTables['clinical_terms']): ClinicalTermRow => ({ id: r.id, schoolOrganisationId: r.school_organisation_id, name: r.name, startsOn: r.starts_on, endsOn: r.ends_on });
const toRun = (r: ClinicalPlacementTables['clinical_placement_runs']): PlacementRunRow => ({
  id: r.id,
  termId: r.term_id,
  // Only the use case writes this column, from the closed list of modes.
  mode: r.mode === 'optimal' ? 'optimal' : 'stable',
  createdByUserId: r.created_by_user_id,
  createdAt: r.created_at,
  result: r.result,
  publishedAt: r.published_at,
});
const toRotation = (r: ClinicalPlacementTables['clinical_rotations']): ClinicalRotationRow => ({
  id: r.id,
  schoolOrganisationId: r.school_organisation_id,
  personId: r.person_id,
  siteId: r.site_id,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  createdAt: r.created_at,
});

/** Site details, preceptors, terms, capacities, rankings, placement runs and rotations. */
export class KyselyClinicalPlacementRepository implements ClinicalPlacementRepository {
  private readonly db: Db;
  constructor(db: Executor) {
    this.db = db.withTables<ClinicalPlacementTables>() as unknown as Db;
  }

  async renameSite(siteId: string, name: string): Promise<void> {
    await this.db.updateTable('clinical_sites').set({ name }).where('id', '=', siteId).execute();
  }

  async deleteSite(siteId: string): Promise<void> {
    await this.db.deleteFrom('clinical_sites').where('id', '=', siteId).execute();
  }

  async siteHasLogEntries(siteId: string): Promise<boolean> {
    const r = await this.db.selectFrom('clinical_log_entries').select('id').where('site_id', '=', siteId).limit(1).executeTakeFirst();
    return r !== undefined;
  }

  async upsertSiteDetails(d: SiteDetailsRow, at: string): Promise<void> {
    const values = { address: d.address, city: d.city, modalities: JSON.stringify(d.modalities), updated_at: at };
    await this.db
      .insertInto('clinical_site_details')
      .values({ site_id: d.siteId, ...values })
      .onConflict((oc) => oc.column('site_id').doUpdateSet(values))
      .execute();
  }

  async listSiteDetails(siteIds: readonly string[]): Promise<SiteDetailsRow[]> {
    if (siteIds.length === 0) return [];
    const rows = await this.db.selectFrom('clinical_site_details').selectAll().where('site_id', 'in', [...siteIds]).execute();
    return rows.map((r) => ({ siteId: r.site_id, address: r.address, city: r.city, modalities: modalitiesOf(r.modalities) }));
  }

  async insertPreceptor(p: PreceptorRow, at: string): Promise<void> {
    await this.db.insertInto('clinical_site_preceptors').values({ id: p.id, site_id: p.siteId, name: p.name, credentials: p.credentials, created_at: at }).execute();
  }

  async deletePreceptor(id: string): Promise<void> {
    await this.db.deleteFrom('clinical_site_preceptors').where('id', '=', id).execute();
  }

  async findPreceptor(id: string): Promise<PreceptorRow | undefined> {
    const r = await this.db.selectFrom('clinical_site_preceptors').selectAll().where('id', '=', id).executeTakeFirst();
    return r && { id: r.id, siteId: r.site_id, name: r.name, credentials: r.credentials };
  }

  async listPreceptors(siteIds: readonly string[]): Promise<PreceptorRow[]> {
    if (siteIds.length === 0) return [];
    const rows = await this.db.selectFrom('clinical_site_preceptors').selectAll().where('site_id', 'in', [...siteIds]).orderBy('name').orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, siteId: r.site_id, name: r.name, credentials: r.credentials }));
  }

  async insertTerm(t: ClinicalTermRow, at: string): Promise<void> {
    await this.db.insertInto('clinical_terms').values({ id: t.id, school_organisation_id: t.schoolOrganisationId, name: t.name, starts_on: t.startsOn, ends_on: t.endsOn, created_at: at }).execute();
  }

  async findTerm(id: string): Promise<ClinicalTermRow | undefined> {
    const r = await this.db.selectFrom('clinical_terms').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toTerm(r);
  }

  async listTerms(schoolOrganisationId: string): Promise<ClinicalTermRow[]> {
    const rows = await this.db.selectFrom('clinical_terms').selectAll().where('school_organisation_id', '=', schoolOrganisationId).orderBy('starts_on').orderBy('id').execute();
    return rows.map(toTerm);
  }

  async deleteTerm(id: string): Promise<void> {
    await this.db.deleteFrom('clinical_terms').where('id', '=', id).execute();
  }

  async setCapacity(termId: string, siteId: string, capacity: number): Promise<void> {
    await this.db
      .insertInto('clinical_site_capacities')
      .values({ term_id: termId, site_id: siteId, capacity })
      .onConflict((oc) => oc.columns(['term_id', 'site_id']).doUpdateSet({ capacity }))
      .execute();
  }

  async listCapacities(termId: string): Promise<Array<{ siteId: string; capacity: number }>> {
    const rows = await this.db.selectFrom('clinical_site_capacities').select(['site_id', 'capacity']).where('term_id', '=', termId).execute();
    return rows.map((r) => ({ siteId: r.site_id, capacity: r.capacity }));
  }

  async replaceRanking(termId: string, personId: string, siteIds: readonly string[], at: string): Promise<void> {
    await this.db.deleteFrom('clinical_site_rankings').where('term_id', '=', termId).where('person_id', '=', personId).execute();
    if (siteIds.length === 0) return;
    await this.db
      .insertInto('clinical_site_rankings')
      .values(siteIds.map((siteId, i) => ({ term_id: termId, person_id: personId, site_id: siteId, rank: i + 1, updated_at: at })))
      .execute();
  }

  async listRankings(termId: string): Promise<Map<string, string[]>> {
    const rows = await this.db.selectFrom('clinical_site_rankings').select(['person_id', 'site_id', 'rank']).where('term_id', '=', termId).orderBy('person_id').orderBy('rank').execute();
    const out = new Map<string, string[]>();
    for (const r of rows) out.set(r.person_id, [...(out.get(r.person_id) ?? []), r.site_id]);
    return out;
  }

  async insertRun(r: PlacementRunRow): Promise<void> {
    await this.db
      .insertInto('clinical_placement_runs')
      .values({ id: r.id, term_id: r.termId, mode: r.mode, created_by_user_id: r.createdByUserId, created_at: r.createdAt, result: r.result, published_at: r.publishedAt })
      .execute();
  }

  async findRun(id: string): Promise<PlacementRunRow | undefined> {
    const r = await this.db.selectFrom('clinical_placement_runs').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toRun(r);
  }

  async listRuns(termId: string): Promise<PlacementRunRow[]> {
    const rows = await this.db.selectFrom('clinical_placement_runs').selectAll().where('term_id', '=', termId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
    return rows.map(toRun);
  }

  async markPublished(runId: string, at: string): Promise<void> {
    await this.db.updateTable('clinical_placement_runs').set({ published_at: at }).where('id', '=', runId).execute();
  }

  async replaceRotations(schoolOrganisationId: string, startsOn: string, endsOn: string, rows: readonly ClinicalRotationRow[]): Promise<void> {
    await this.db
      .deleteFrom('clinical_rotations')
      .where('school_organisation_id', '=', schoolOrganisationId)
      // Rotations that start within the term: a rotation begun before it (another term's, or one kept by
      // hand) is left alone even if it runs into the term.
      .where('starts_on', '>=', startsOn)
      .where('starts_on', '<=', endsOn)
      .execute();
    if (rows.length === 0) return;
    await this.db
      .insertInto('clinical_rotations')
      .values(rows.map((r) => ({ id: r.id, school_organisation_id: r.schoolOrganisationId, person_id: r.personId, site_id: r.siteId, starts_on: r.startsOn, ends_on: r.endsOn, created_at: r.createdAt })))
      .execute();
  }

  async listRotationsForPerson(personId: string): Promise<ClinicalRotationRow[]> {
    const rows = await this.db.selectFrom('clinical_rotations').selectAll().where('person_id', '=', personId).orderBy('starts_on').orderBy('id').execute();
    return rows.map(toRotation);
  }

  async listRotationsForSchool(schoolOrganisationId: string, startsOn: string, endsOn: string): Promise<ClinicalRotationRow[]> {
    const rows = await this.db
      .selectFrom('clinical_rotations')
      .selectAll()
      .where('school_organisation_id', '=', schoolOrganisationId)
      // The term's rotations: those starting within it, the same ones publishing replaces.
      .where('starts_on', '>=', startsOn)
      .where('starts_on', '<=', endsOn)
      .orderBy('starts_on')
      .orderBy('person_id')
      .execute();
    return rows.map(toRotation);
  }
}
