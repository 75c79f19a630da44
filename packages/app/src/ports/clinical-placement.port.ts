/** A site's details beyond its name: where it is and what it offers. */
export interface SiteDetailsRow {
  readonly siteId: string;
  readonly address: string | null;
  readonly city: string | null;
  readonly modalities: readonly string[];
}

/** A technologist who supervises students at a site (a name and credentials; no account). */
export interface PreceptorRow {
  readonly id: string;
  readonly siteId: string;
  readonly name: string;
  readonly credentials: string;
}

/** A school's term: the dates rotations in it run. */
export interface ClinicalTermRow {
  readonly id: string;
  readonly schoolOrganisationId: string;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
}

/** One stored placement run: `result` is the use case's JSON (assignments, explanations, report). */
export interface PlacementRunRow {
  readonly id: string;
  readonly termId: string;
  readonly mode: 'stable' | 'optimal';
  readonly createdByUserId: string | null;
  readonly createdAt: string;
  readonly result: string;
  readonly publishedAt: string | null;
}

/** A published rotation: a student at a site between two dates. */
export interface ClinicalRotationRow {
  readonly id: string;
  readonly schoolOrganisationId: string;
  readonly personId: string;
  readonly siteId: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly createdAt: string;
}

/** Site details, preceptors, terms, capacities, rankings, placement runs and rotations. */
export interface ClinicalPlacementRepository {
  renameSite(siteId: string, name: string): Promise<void>;
  deleteSite(siteId: string): Promise<void>;
  /** Whether any log entry names the site (such a site is kept). */
  siteHasLogEntries(siteId: string): Promise<boolean>;
  upsertSiteDetails(details: SiteDetailsRow, at: string): Promise<void>;
  listSiteDetails(siteIds: readonly string[]): Promise<SiteDetailsRow[]>;
  insertPreceptor(preceptor: PreceptorRow, at: string): Promise<void>;
  deletePreceptor(id: string): Promise<void>;
  findPreceptor(id: string): Promise<PreceptorRow | undefined>;
  listPreceptors(siteIds: readonly string[]): Promise<PreceptorRow[]>;
  insertTerm(term: ClinicalTermRow, at: string): Promise<void>;
  findTerm(id: string): Promise<ClinicalTermRow | undefined>;
  /** The school's terms, earliest first. */
  listTerms(schoolOrganisationId: string): Promise<ClinicalTermRow[]>;
  deleteTerm(id: string): Promise<void>;
  setCapacity(termId: string, siteId: string, capacity: number): Promise<void>;
  /** Capacities of a term's sites (a site without a row has none). */
  listCapacities(termId: string): Promise<Array<{ readonly siteId: string; readonly capacity: number }>>;
  /** Replaces the student's ranking for the term: `siteIds[0]` is their first choice. */
  replaceRanking(termId: string, personId: string, siteIds: readonly string[], at: string): Promise<void>;
  /** Every ranking of the term: person → sites, first choice first. */
  listRankings(termId: string): Promise<Map<string, string[]>>;
  insertRun(run: PlacementRunRow): Promise<void>;
  findRun(id: string): Promise<PlacementRunRow | undefined>;
  /** The term's runs, newest first. */
  listRuns(termId: string): Promise<PlacementRunRow[]>;
  markPublished(runId: string, at: string): Promise<void>;
  /** Deletes the school's rotations starting within [startsOn, endsOn] and inserts `rows` (the caller holds a transaction). */
  replaceRotations(schoolOrganisationId: string, startsOn: string, endsOn: string, rows: readonly ClinicalRotationRow[]): Promise<void>;
  listRotationsForPerson(personId: string): Promise<ClinicalRotationRow[]>;
  /** The school's rotations starting within [startsOn, endsOn] (a term's schedule). */
  listRotationsForSchool(schoolOrganisationId: string, startsOn: string, endsOn: string): Promise<ClinicalRotationRow[]>;
}
