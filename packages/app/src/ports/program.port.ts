/** A program of the directory (imported from CSV; demo rows say so). */
export interface ProgramRow {
  /** `accreditor:accreditorProgramId`, the natural key. */
  readonly id: string;
  readonly accreditor: string;
  readonly accreditorProgramId: string;
  readonly name: string;
  readonly institution: string;
  readonly discipline: string;
  readonly award: string;
  readonly jurisdiction: string;
  readonly city: string | null;
  readonly lengthMonths: number | null;
  readonly url: string | null;
  readonly demo: boolean;
  readonly comment: string | null;
  /** Awards reported for one academic year (programs loaded from IPEDS); null when the source has none. */
  readonly outcome: ProgramOutcome | null;
}

/** The awards (graduates) a program reported for one academic year: a signal of size, not of quality. */
export interface ProgramOutcome {
  readonly awards: number;
  /** The academic year, e.g. `2023-24`. */
  readonly academicYear: string;
}

/** A data file loaded into the directory, identified by the digest of its content. */
export interface ProgramDataset {
  readonly name: string;
  readonly digest: string;
  readonly rows: number;
}

export interface ProgramFilter {
  readonly discipline?: string;
  readonly award?: string;
  readonly jurisdiction?: string;
  readonly accreditor?: string;
}

/** What an upsert did to one program. */
export type ProgramUpsert = 'inserted' | 'updated' | 'unchanged';

export interface ProgramRepository {
  /** Inserts or updates by id; a row equal to the stored one writes nothing. */
  upsert(program: ProgramRow, at: string): Promise<ProgramUpsert>;
  /** Programs matching every given filter, ordered by id; `after` is the last id of the previous page. */
  search(filter: ProgramFilter, page: { readonly after?: string; readonly limit: number }): Promise<ProgramRow[]>;
  count(): Promise<number>;
  /** The digest of the named dataset as last loaded, or undefined when it never was. */
  datasetDigest(name: string): Promise<string | undefined>;
  /** Records that a dataset was loaded (replacing an earlier record of the same name). */
  recordDataset(dataset: ProgramDataset, at: string): Promise<void>;
}
