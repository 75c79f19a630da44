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

/** The grade of a competency attempt, written with the signature and frozen with it. */
export interface CompetencyGrade {
  /** The form it was graded on (`MODALITY_DEFAULT_GRADE_FORM` unless a program has its own). */
  readonly formId: string;
  readonly criteria: readonly { readonly code: string; readonly met: boolean }[];
  /** False when a required criterion was not met. */
  readonly passed: boolean;
  readonly comments: string | null;
}

/** One edit of an unsigned entry: each field changed, from what to what. */
export interface ClinicalEntryEditRow {
  readonly id: string;
  readonly entryId: string;
  readonly editedAt: string;
  readonly changes: readonly { readonly field: string; readonly from: string; readonly to: string }[];
}

/** What an edit may change in an unsigned entry. */
export type ClinicalEntryChange = Pick<ClinicalEntryRow, 'procedure' | 'performedOn' | 'siteId' | 'role' | 'supervision' | 'repeat' | 'competencyAttempt' | 'simulated'>;

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
  /** A procedure performed under direct supervision and graded on a form when signed. */
  readonly competencyAttempt: boolean;
  /** Shown in a simulation (a phantom, a role-play), not on a patient: counts only within the simulation cap. */
  readonly simulated: boolean;
  readonly createdAt: string;
  /** The last edit while unsigned; null if never edited. */
  readonly editedAt: string | null;
  readonly signature: ClinicalSignature | null;
  /** Set with the signature of a competency attempt; null otherwise. */
  readonly grade: CompetencyGrade | null;
}

/** A one-time sign-request link, kept as the digest of its token. */
export interface SignRequestRow {
  readonly tokenHash: string;
  readonly entryId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly usedAt: string | null;
  /** Set when an edit of the entry withdrew the link (the signer must see what they sign). */
  readonly withdrawnAt: string | null;
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
  /** Signs an unsigned entry, with the grade of a competency attempt; false when it was already signed (nothing written). */
  signEntry(id: string, signature: ClinicalSignature, grade?: CompetencyGrade | null): Promise<boolean>;
  /** Changes an unsigned entry and records the edit; false when it is signed or gone (nothing written). */
  editEntry(id: string, change: ClinicalEntryChange, edit: ClinicalEntryEditRow): Promise<boolean>;
  /** Deletes an unsigned entry (its links and edits go with it); false when it is signed or gone. */
  deleteUnsignedEntry(id: string): Promise<boolean>;
  listEntryEdits(entryId: string): Promise<ClinicalEntryEditRow[]>;
  /** The entry's sign requests, oldest first. */
  listSignRequestsForEntry(entryId: string): Promise<SignRequestRow[]>;
  /** Withdraws the entry's unused, unwithdrawn links; returns how many. */
  withdrawSignRequests(entryId: string, at: string): Promise<number>;
  insertSignRequest(request: SignRequestRow): Promise<void>;
  findSignRequest(tokenHash: string): Promise<SignRequestRow | undefined>;
  /** Marks an unused, unwithdrawn request used; false when it had been used or withdrawn already. */
  useSignRequest(tokenHash: string, at: string): Promise<boolean>;
}
