import type { MembershipRole, OrganisationKind, PersonRecord } from '@modality/domain';
import type { CalendarFeedRepository, IssuedCredentialRepository, IssuerRepository, StatusListRepository } from './credential-store.port.js';
import type { ProgramRepository } from './program.port.js';
import type { ClinicalRepository } from './clinical.port.js';

export interface UserRow {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly passwordHash: string;
  readonly isAdmin: boolean;
  readonly createdAt: string;
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
}

export interface SessionRepository {
  insert(session: SessionRow & { readonly createdAt: string }): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<SessionRow | undefined>;
  /** The session and its user in one read (every authenticated request does this). */
  findWithUser(tokenHash: string): Promise<{ session: SessionRow; user: UserRow } | undefined>;
  delete(tokenHash: string): Promise<void>;
  deleteExpired(now: string): Promise<number>;
}

export interface InvitationRepository {
  insert(invitation: InvitationRow & { readonly createdAt: string }): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<InvitationRow | undefined>;
  markAccepted(id: string, userId: string, at: string): Promise<void>;
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
  /** The record with its owner in one read (export and verdicts check access, then use the record). */
  findRecord(id: string): Promise<{ readonly ownerUserId: string | null; readonly record: PersonRecord | undefined } | undefined>;
  /** Removes the person and every entry of their record. */
  delete(id: string): Promise<void>;
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
  readonly clinical: ClinicalRepository;
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>;
}
