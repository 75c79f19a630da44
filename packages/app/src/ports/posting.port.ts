import type { CalendarDate, EmploymentType, ImagingModality, PayUnit, WorkShift } from '@modality/domain';

/** The hard requirements of a posting: a candidate must meet every one. */
export interface PostingRequirements {
  /** Every credential of `allOf`, and at least one of each `anyOf` group. */
  readonly credentials: { readonly allOf: string[]; readonly anyOf: string[][] };
  /** A licence in any one of these jurisdictions; empty = no licence asked. */
  readonly licenceJurisdictions: string[];
  /** Whole years in the posting's modality. */
  readonly minYears: number;
  /** Shifts the job includes; the candidate must accept each. */
  readonly shifts: WorkShift[];
  /** The start window: the candidate must be able to start by `to`. */
  readonly startWindow: { readonly from: CalendarDate; readonly to: CalendarDate };
  /** Whether the employer sponsors a work visa; without it the candidate must be authorised to work in the country. */
  readonly sponsorship: boolean;
}

/** Soft preferences: each weight 0–10 says how much the criterion counts in the ranking. */
export interface PostingPreferences {
  readonly experience: number;
  readonly distance: number;
  readonly pay: number;
  readonly procedures: number;
  readonly language: number;
}

/** Where the job is: the address as written, and where the gazetteer put it. */
export interface PostingPlace {
  readonly address: string;
  readonly city: string;
  readonly region: string;
  readonly postalCode: string | null;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  /** Commuting radius, km, for candidates who will not relocate. */
  readonly radiusKm: number;
}

/** The pay offered (required: no posting without pay). */
export interface PayRange {
  readonly min: number;
  readonly max: number;
  readonly unit: PayUnit;
  readonly currency: string;
}

/** A posting as stored. `status` is the stored one; `expired` is worked out from `validThrough` on read. */
export interface PostingRow {
  readonly id: string;
  readonly organisationId: string;
  /** The organisation's own reference for the posting (an import's key: importing it again updates it). */
  readonly reference: string | null;
  readonly status: 'draft' | 'open' | 'filled' | 'closed';
  readonly title: string;
  readonly description: string;
  readonly role: string;
  readonly modality: ImagingModality;
  readonly employmentType: EmploymentType;
  readonly requirements: PostingRequirements;
  readonly preferences: PostingPreferences;
  readonly place: PostingPlace;
  readonly pay: PayRange;
  /** Last day the posting is open (inclusive), `YYYY-MM-DD`. */
  readonly validThrough: string;
  /** When it was first opened; null while a draft. */
  readonly datePosted: string | null;
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Filters of the public search; every given one must match. */
export interface PostingFilter {
  readonly role?: string;
  readonly modality?: string;
  readonly employmentType?: string;
  /** Only postings whose top pay, as a yearly figure, reaches this. */
  readonly minAnnualPay?: number;
  /** A box around a point (the use case refines it to a circle). */
  readonly box?: { readonly minLat: number; readonly maxLat: number; readonly minLon: number; readonly maxLon: number };
  readonly organisationId?: string;
  /** First opened after this instant (exclusive) and by this one (inclusive): a saved search's new postings. */
  readonly posted?: { readonly after: string; readonly through: string };
  /** Open and not past `validThrough` on this date; absent = every status. */
  readonly openOn?: string;
}

export interface PostingRepository {
  insert(posting: PostingRow): Promise<void>;
  update(posting: PostingRow): Promise<void>;
  findById(id: string): Promise<PostingRow | undefined>;
  findByReference(organisationId: string, reference: string): Promise<PostingRow | undefined>;
  /** Postings matching every filter, ordered by id; `after` is the last id of the previous page. */
  search(filter: PostingFilter, page: { readonly after?: string; readonly limit: number }): Promise<PostingRow[]>;
}
