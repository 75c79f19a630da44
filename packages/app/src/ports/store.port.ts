import type { MembershipRole, OrganisationKind, PersonRecord } from '@modality/domain';
import type { RecordFileRepository } from './blob.port.js';
import type { CalendarFeedRepository, IssuedCredentialRepository, IssuerRepository, StatusListRepository } from './credential-store.port.js';
import type { MailOutbox } from './mail.port.js';
import type { CandidateProfileRepository } from './candidate-profile.port.js';
import type { PostingRepository } from './posting.port.js';
import type { StaffingRequestRepository } from './staffing-request.port.js';
import type { ProgramRepository } from './program.port.js';
import type { RateLimitRepository } from './rate-limit.port.js';
import type { ClinicalRepository } from './clinical.port.js';
import type { CohortRepository } from './cohort.port.js';
import type { ClinicalPlacementRepository } from './clinical-placement.port.js';
import type { SavedSearchRepository } from './saved-search.port.js';
import type { TimeRecordRepository } from './time-record.port.js';
import type { ProgramRequirementsRepository } from './program-requirements.port.js';
import type { GradeFormRepository } from './grade-form.port.js';
import type { PostprimaryRepository } from './postprimary.port.js';

export interface UserRow {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly passwordHash: string;
  readonly isAdmin: boolean;
  readonly createdAt: string;
  /** When the person proved they read mail at `email` (a link from a verification or reset mail). */
  readonly emailVerifiedAt?: string | null;
}

export interface OrganisationRow {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
}

export interface MembershipRow {
  readonly userId: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly organisationKind: OrganisationKind;
  readonly role: MembershipRole;
}

export interface SessionRow {
  readonly tokenHash: string;
  readonly userId: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
  /** When the session was last used (recorded at most every few minutes). */
  readonly lastSeenAt?: string | null;
}

/** A session as its owner sees it in the list of their sessions. */
export interface SessionSummary {
  readonly tokenHash: string;
  readonly createdAt: string;
  readonly lastSeenAt: string | null;
  readonly userAgent: string | null;
  readonly expiresAt: string;
}

/** What a single-use account token is for. */
export type AccountTokenPurpose = 'password-reset' | 'verify-email';

/** A single-use token mailed to a person; only its digest is stored. */
export interface AccountTokenRow {
  readonly tokenHash: string;
  readonly userId: string;
  readonly purpose: AccountTokenPurpose;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export interface AccountTokenRepository {
  insert(token: AccountTokenRow): Promise<void>;
  /**
   * Uses the token: marks it used and returns its user, only if it exists for `purpose`, is unused and has
   * not expired — in one statement, so that two requests racing with one token cannot both succeed.
   */
  consume(tokenHash: string, purpose: AccountTokenPurpose, now: string): Promise<{ readonly userId: string } | undefined>;
  /** Marks every unused token of the user for `purpose` used (a reset ends the other reset links). */
  useAllFor(userId: string, purpose: AccountTokenPurpose, now: string): Promise<void>;
}

export interface InvitationRow {
  readonly id: string;
  readonly organisationId: string;
  readonly email: string;
  readonly role: MembershipRole;
  readonly tokenHash: string;
  readonly invitedBy: string;
  readonly expiresAt: string;
  readonly acceptedAt: string | null;
}

export interface PersonRow {
  readonly id: string;
  readonly ownerUserId: string | null;
  readonly externalId: string | null;
  readonly name: string;
  readonly country: string;
  readonly region: string | null;
  readonly recordHash: string;
  readonly credentials: readonly string[];
  readonly updatedAt: string;
}

export interface AuditEntry {
  readonly at: string;
  readonly actorUserId: string | null;
  readonly organisationId: string | null;
  readonly action: string;
  readonly subjectPersonId: string | null;
  readonly details: Readonly<Record<string, unknown>>;
}

export interface UserRepository {
  insert(user: UserRow): Promise<void>;
  findById(id: string): Promise<UserRow | undefined>;
  findByEmail(email: string): Promise<UserRow | undefined>;
  setPasswordHash(id: string, passwordHash: string): Promise<void>;
  /** Removes the account; its memberships, sessions, tokens and settings go with it. */
  delete(id: string): Promise<void>;
  markEmailVerified(id: string, at: string): Promise<void>;
  /** Whether any account exists at all (the demo is loaded only into a database with none). */
  any(): Promise<boolean>;
}

export interface OrganisationRepository {
  insert(org: OrganisationRow & { readonly createdAt: string }): Promise<void>;
  findById(id: string): Promise<OrganisationRow | undefined>;
  listAll(): Promise<OrganisationRow[]>;
  listByIds(ids: readonly string[]): Promise<OrganisationRow[]>;
}

export interface MembershipRepository {
  /** Adds a membership; adding one that exists changes nothing. */
  add(userId: string, organisationId: string, role: MembershipRole, createdAt: string): Promise<void>;
  listForUser(userId: string): Promise<MembershipRow[]>;
  listForOrganisation(organisationId: string): Promise<Array<MembershipRow & { readonly userName: string; readonly email: string }>>;
  /** The user's organisations and roles only (no names): the access check of every staff read runs it. */
  rolesOfUser(userId: string): Promise<Array<{ readonly organisationId: string; readonly role: MembershipRole }>>;
  /** Who holds one of `roles` in any of `organisationIds`: the people list's access rule, in one read. */
  holdersOf(organisationIds: readonly string[], roles: readonly MembershipRole[]): Promise<Array<{ readonly userId: string; readonly organisationId: string }>>;
}

export interface SessionRepository {
  insert(session: SessionRow & { readonly createdAt: string; readonly userAgent?: string | null }): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<SessionRow | undefined>;
  /**
   * The session, its user, the user's own person record's id and the user's memberships (as
   * `MembershipRepository.listForUser` lists them), in one read (every authenticated request does this).
   */
  findWithUser(tokenHash: string): Promise<{ session: SessionRow; user: UserRow; personId: string | null; memberships: MembershipRow[] } | undefined>;
  delete(tokenHash: string): Promise<void>;
  deleteExpired(now: string): Promise<number>;
  /** Ends every session of the user (all of them, or all but `except`); how many ended. */
  deleteForUser(userId: string, except?: string): Promise<number>;
  /** The user's live sessions, most recently used first. */
  listForUser(userId: string, now: string): Promise<SessionSummary[]>;
  /** Records that the session was used (at most every few minutes: see `SESSION_TOUCH_MS`). */
  touch(tokenHash: string, at: string, userAgent: string | null): Promise<void>;
}

export interface InvitationRepository {
  insert(invitation: InvitationRow & { readonly createdAt: string }): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<InvitationRow | undefined>;
  markAccepted(id: string, userId: string, at: string): Promise<void>;
  /** Before an account is deleted: the invitations it sent go, and those it accepted forget who accepted. */
  forgetUser(userId: string): Promise<void>;
}

/** Page through rows ordered by id; `after` is the last id of the previous page. */
export interface PageRequest {
  readonly after?: string;
  readonly limit: number;
}

export interface PersonRepository {
  findById(id: string): Promise<PersonRow | undefined>;
  findByOwner(userId: string): Promise<PersonRow | undefined>;
  /** Just the id of the user's own person, if any (cheap: used on every authenticated request). */
  idByOwner(userId: string): Promise<string | undefined>;
  /** An unowned person matched by the id a record carries (external id or our own id). */
  findUnownedByRecordId(recordId: string): Promise<PersonRow | undefined>;
  /** People owned by `userIds` (or by `selfUserId`), ordered by id. */
  listByOwners(ownerUserIds: readonly string[], page: PageRequest): Promise<PersonRow[]>;
  create(person: { readonly id: string; readonly ownerUserId: string | null; readonly createdAt: string }): Promise<void>;
  /** Replaces the whole record of a person in one go (the caller holds a transaction). */
  replaceRecord(id: string, record: PersonRecord, recordHash: string, updatedAt: string): Promise<void>;
  getRecord(id: string): Promise<PersonRecord | undefined>;
  /** The records of many people in one read (the ranking index loads a page at a time); absent ids are left out. */
  getRecords(ids: readonly string[]): Promise<Map<string, PersonRecord>>;
  /** The record with its owner in one read (export and verdicts check access, then use the record). */
  /** The owner, the stored record and its digest (the record's version), in one read. */
  findRecord(id: string): Promise<{ readonly ownerUserId: string | null; readonly record: PersonRecord | undefined; readonly recordHash: string } | undefined>;
  /** Removes the person and every entry of their record. */
  delete(id: string): Promise<void>;
}

/** A person with an account, as the reminder job reads them: whom to mail, and which reminders they want. */
export interface ReminderRecipient {
  readonly personId: string;
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  /** Days before a deadline to be mailed; `undefined` when the person never chose (the default applies). */
  readonly days: readonly number[] | undefined;
}

export interface ReminderSettingsRepository {
  get(userId: string): Promise<readonly number[] | undefined>;
  set(userId: string, days: readonly number[], at: string): Promise<void>;
  /** People who have an account, ordered by person id, a page at a time (`after` is the last person id). */
  listRecipients(page: PageRequest): Promise<ReminderRecipient[]>;
}

export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  listForPerson(personId: string, limit: number): Promise<AuditEntry[]>;
}

/**
 * Everything persistent, as one port. `transaction` runs `work` against a store bound to one database
 * transaction: all of it is written, or none.
 */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  readonly users: UserRepository;
  readonly organisations: OrganisationRepository;
  readonly memberships: MembershipRepository;
  readonly sessions: SessionRepository;
  readonly invitations: InvitationRepository;
  readonly people: PersonRepository;
  readonly audit: AuditLog;
  readonly programs: ProgramRepository;
  readonly issuers: IssuerRepository;
  readonly statusLists: StatusListRepository;
  readonly issuedCredentials: IssuedCredentialRepository;
  readonly calendarFeeds: CalendarFeedRepository;
  readonly mailOutbox: MailOutbox;
  readonly rateLimits: RateLimitRepository;
  readonly postings: PostingRepository;
  readonly profiles: CandidateProfileRepository;
  readonly accountTokens: AccountTokenRepository;
  readonly reminderSettings: ReminderSettingsRepository;
  readonly recordFiles: RecordFileRepository;
  readonly staffingRequests: StaffingRequestRepository;
  readonly clinical: ClinicalRepository;
  readonly cohorts: CohortRepository;
  readonly clinicalPlacement: ClinicalPlacementRepository;
  readonly savedSearches: SavedSearchRepository;
  readonly timeRecords: TimeRecordRepository;
  readonly programRequirements: ProgramRequirementsRepository;
  readonly gradeForms: GradeFormRepository;
  readonly postprimary: PostprimaryRepository;
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>;
}
