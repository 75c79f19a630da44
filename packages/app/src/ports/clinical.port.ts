/** A clinical site a school's students train at. */
export interface ClinicalSiteRow {
  readonly id: string;
  readonly schoolOrganisationId: string;
  readonly name: string;
}

/** What the student did in a logged procedure. */
export const CLINICAL_ROLES = ['observed', 'assisted', 'performed'] as const;
export type ClinicalRole = (typeof CLINICAL_ROLES)[number];

/** How the student was supervised. */
export const SUPERVISION_LEVELS = ['direct', 'indirect'] as const;
export type SupervisionLevel = (typeof SUPERVISION_LEVELS)[number];

/**
 * Who signed an entry and when: a technologist from a one-time link (name and ARRT number, no account), or a
 * clinical instructor or program director in the app (their account; the ARRT number only if they gave one).
 */
export interface ClinicalSignature {
  readonly signedAt: string;
  readonly name: string;
  readonly arrtNumber: string | null;
  /** The signer's account when signed in the app; null when signed from a link. */
  readonly signerUserId: string | null;
}

/** One procedure in a student's log; `signature` is null until a technologist signs it. */
export interface ClinicalEntryRow {
  readonly id: string;
  readonly personId: string;
  readonly procedure: string;
  readonly performedOn: string;
  readonly siteId: string;
  readonly role: ClinicalRole;
  readonly supervision: SupervisionLevel;
  /** A repeat of a competency; always under direct supervision. */
  readonly repeat: boolean;
  readonly createdAt: string;
  readonly signature: ClinicalSignature | null;
}

/** A one-time sign-request link, kept as the digest of its token. */
export interface SignRequestRow {
  readonly tokenHash: string;
  readonly entryId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly usedAt: string | null;
}

/** Sites, log entries and sign requests of clinical education. */
export interface ClinicalRepository {
  insertSite(site: ClinicalSiteRow & { readonly createdAt: string }): Promise<void>;
  /** Sites of the given schools, by name. */
  listSitesForSchools(schoolOrganisationIds: readonly string[]): Promise<ClinicalSiteRow[]>;
  findSite(id: string): Promise<ClinicalSiteRow | undefined>;
  insertEntry(entry: ClinicalEntryRow): Promise<void>;
  findEntry(id: string): Promise<ClinicalEntryRow | undefined>;
  listEntriesForPerson(personId: string): Promise<ClinicalEntryRow[]>;
  /** Unsigned entries logged at the sites of the given schools, oldest first. */
  listUnsignedEntriesForSchools(schoolOrganisationIds: readonly string[]): Promise<ClinicalEntryRow[]>;
  /** Signs an unsigned entry; false when it was already signed (nothing written). */
  signEntry(id: string, signature: ClinicalSignature): Promise<boolean>;
  insertSignRequest(request: SignRequestRow): Promise<void>;
  findSignRequest(tokenHash: string): Promise<SignRequestRow | undefined>;
  /** Marks an unused request used; false when it had been used already. */
  useSignRequest(tokenHash: string, at: string): Promise<boolean>;
}
