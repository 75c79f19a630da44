import type { AlertFrequency, EmploymentType, ImagingModality, PayUnit } from '@modality/domain';

/** A job search as a candidate saved it: the job board's filters (every one optional but the radius and pay unit). */
export interface SavedSearchQuery {
  readonly role?: string | undefined;
  readonly modality?: ImagingModality | undefined;
  readonly employmentType?: EmploymentType | undefined;
  readonly near?: string | undefined;
  readonly radiusKm: number;
  readonly minPay?: number | undefined;
  readonly payUnit: PayUnit;
}

/** A saved search as stored. `alertedThrough` is its cursor: postings opened after it are new to it. */
export interface SavedSearchRow {
  readonly id: string;
  readonly userId: string;
  readonly query: SavedSearchQuery;
  readonly createdAt: string;
  readonly alertedThrough: string;
  /** How often its alerts are mailed: as jobs open (hourly), or a daily or weekly digest. */
  readonly alertFrequency: AlertFrequency;
}

/** A saved search with what the alert job needs about its owner: where to mail, and where they live. */
export interface AlertSubscription extends SavedSearchRow {
  readonly email: string;
  readonly name: string;
  /** The country of residence on the owner's record (ISO 3166-1 alpha-2), or null without a record. */
  readonly residence: string | null;
}

export interface SavedSearchRepository {
  insert(row: SavedSearchRow): Promise<void>;
  listForUser(userId: string): Promise<SavedSearchRow[]>;
  countForUser(userId: string): Promise<number>;
  /**
   * Replaces the filters and alert frequency of the user's saved search and moves its cursor to
   * `alertedThrough` (null leaves it where it is); false when they have none with that id.
   */
  replace(userId: string, id: string, query: SavedSearchQuery, alertFrequency: AlertFrequency, alertedThrough: string | null): Promise<boolean>;
  /** Removes the user's saved search; false when they have none with that id. */
  delete(userId: string, id: string): Promise<boolean>;
  /** Every saved search with its owner, ordered by id, a page at a time (`after` is the last id). */
  listSubscriptions(page: { readonly after?: string; readonly limit: number }): Promise<AlertSubscription[]>;
  /**
   * Moves the cursor from `from` to `to`, only if it is still at `from` (another node may have moved it):
   * true when this call moved it.
   */
  advance(id: string, from: string, to: string): Promise<boolean>;
}
