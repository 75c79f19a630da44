import type { CalendarDate, WorkShift } from '@modality/domain';

/** Who may find a candidate: every recruiter, employers' recruiters only (no agencies), or nobody. */
export const PROFILE_VISIBILITIES = ['all-recruiters', 'employers-only', 'hidden'] as const;
export type ProfileVisibility = (typeof PROFILE_VISIBILITIES)[number];

/** A place a candidate would work, at city level (never a street address). */
export interface PreferredPlace {
  /** "Houston, TX": what the candidate asked for, as the gazetteer named it. */
  readonly label: string;
  readonly region: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly radiusKm: number;
}

/** What a candidate is looking for. */
export interface CandidatePreferences {
  readonly places: PreferredPlace[];
  readonly relocate: boolean;
  readonly travel: boolean;
  readonly shifts: WorkShift[];
  /** Lowest pay they would take, and its period; null: not said. */
  readonly payFloor: { readonly amount: number; readonly unit: 'hour' | 'week' | 'month' | 'year' } | null;
  readonly startDate: CalendarDate | null;
  /** Countries (ISO 3166-1 alpha-2) where they may work without a visa sponsor. */
  readonly workAuthorisation: string[];
}

/** A candidate's opt-in profile, one per person. */
export interface CandidateProfileRow {
  readonly personId: string;
  /** The pseudonymous name recruiters see until the candidate accepts a request. */
  readonly handle: string;
  /** Off until the candidate turns it on. */
  readonly enabled: boolean;
  readonly visibility: ProfileVisibility;
  readonly preferences: CandidatePreferences;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A candidate's facts as stored (migration 026): the record's stamp and the day they were worked out for, and the facts as JSON. */
export interface StoredCandidateFacts {
  readonly personId: string;
  readonly stamp: string;
  readonly asOf: string;
  readonly factsJson: string;
}

/** A findable profile as the index build reads it: with its record's stamp now and its stored facts, in the same read. */
export interface FindableCandidate {
  readonly profile: CandidateProfileRow;
  /** The stamp of the person's record now (its hash and last change); undefined when there is no person row. */
  readonly recordStamp: string | undefined;
  readonly stored: StoredCandidateFacts | undefined;
}

export interface CandidateProfileRepository {
  findByPerson(personId: string): Promise<CandidateProfileRow | undefined>;
  findByHandle(handle: string): Promise<CandidateProfileRow | undefined>;
  /** Inserts or replaces the profile of `row.personId`. */
  save(row: CandidateProfileRow): Promise<void>;
  /** Every enabled, findable profile (for building the ranking index at start), in person id order. */
  listFindable(page: { readonly after?: string; readonly limit: number }): Promise<CandidateProfileRow[]>;
  /**
   * The same page as `listFindable`, each profile with its record's stamp and its stored facts, in one
   * statement (the build reads a million candidates; a statement per page, not three).
   */
  listFindableWithFacts(page: { readonly after?: string; readonly limit: number }): Promise<FindableCandidate[]>;
  /**
   * Where the change feed ends now: a cursor to read from, taken before reading anything it should cover
   * (a node takes one, builds its index, then reads the changes after it). Opaque.
   */
  feedCursor(): Promise<string>;
  /**
   * The people whose profile or record changed after `cursor` (each once, possibly again in a later read
   * if its transaction was still committing), and the cursor to read from next. Reads by an index, never
   * the whole table; no committed change is ever skipped, whatever order transactions commit in.
   */
  changesAfter(cursor: string): Promise<{ readonly personIds: string[]; readonly cursor: string }>;
  /**
   * Puts these people in the change feed as if their profile had changed (and, on PostgreSQL, notifies the
   * listening nodes): for a change the feed's triggers cannot see, such as facts that moved with the day.
   */
  announceChanges(personIds: readonly string[]): Promise<void>;
  /**
   * For each of `personIds` that has a person row: the stamp of their record as it is now (its hash and
   * last change), and their stored facts if any. Read the stamp before the record it stamps.
   */
  storedFacts(personIds: readonly string[]): Promise<Map<string, { readonly recordStamp: string; readonly stored: StoredCandidateFacts | undefined }>>;
  /** Inserts or replaces stored facts. */
  saveFacts(rows: readonly StoredCandidateFacts[]): Promise<void>;
  /** Up to `limit` people whose stored facts were worked out before `asOf` (for the daily refresh), in person id order after `after`. */
  factsBefore(asOf: string, page: { readonly after?: string; readonly limit: number }): Promise<string[]>;
}
