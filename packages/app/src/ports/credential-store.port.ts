import type { JsonObject } from '@modality/domain';

/** A credential issuer of this install: an organisation, or the install itself (`id` = `install`). */
export interface IssuerRow {
  readonly id: string;
  readonly organisationId: string | null;
  readonly did: string;
  /** The verification method id, `did:web:…#key-1`. */
  readonly keyId: string;
  readonly publicKeyMultibase: string;
  /** The secret key, sealed by the install's key-encryption key. */
  readonly secretKeySealed: string;
  readonly name: string;
  readonly createdAt: string;
}

export interface IssuerRepository {
  insert(issuer: IssuerRow): Promise<void>;
  findById(id: string): Promise<IssuerRow | undefined>;
  findByDid(did: string): Promise<IssuerRow | undefined>;
}

/** A Bitstring Status List of one issuer, with its signed status list credential. */
export interface StatusListRow {
  readonly id: string;
  readonly issuerId: string;
  readonly length: number;
  /** The next free index. */
  readonly nextIndex: number;
  readonly credential: JsonObject;
  readonly updatedAt: string;
}

export interface StatusListRepository {
  insert(list: StatusListRow): Promise<void>;
  findById(id: string): Promise<StatusListRow | undefined>;
  /** The issuer's newest list that still has free indexes. */
  findOpen(issuerId: string): Promise<StatusListRow | undefined>;
  /** Takes the next free index (the caller holds a transaction). */
  claimIndex(id: string): Promise<number>;
  replaceCredential(id: string, credential: JsonObject, updatedAt: string): Promise<void>;
}

export const ISSUED_CREDENTIAL_KINDS = ['competency', 'program', 'ce', 'snapshot'] as const;
export type IssuedCredentialKind = (typeof ISSUED_CREDENTIAL_KINDS)[number];

/** What the issuer keeps about a credential it issued (the holder keeps the document). */
export interface IssuedCredentialRow {
  /** `urn:uuid:…`, the credential's `id`. */
  readonly id: string;
  readonly issuerId: string;
  readonly personId: string | null;
  readonly kind: IssuedCredentialKind;
  readonly name: string;
  readonly statusListId: string;
  readonly statusIndex: number;
  readonly issuedAt: string;
  readonly issuedBy: string | null;
  readonly revokedAt: string | null;
}

export interface IssuedCredentialRepository {
  insert(row: IssuedCredentialRow): Promise<void>;
  findById(id: string): Promise<IssuedCredentialRow | undefined>;
  listByIssuer(issuerId: string, limit: number): Promise<IssuedCredentialRow[]>;
  listForPerson(personId: string): Promise<IssuedCredentialRow[]>;
  markRevoked(id: string, at: string): Promise<void>;
  /** The indexes of revoked credentials on one status list. */
  revokedIndexes(statusListId: string): Promise<number[]>;
}

/** A secret calendar address of one person: only the digest of its token is stored, like a session. */
export interface CalendarFeedRow {
  readonly tokenHash: string;
  readonly personId: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

export interface CalendarFeedRepository {
  insert(feed: CalendarFeedRow): Promise<void>;
  /** The feed with this token digest, if it has not been revoked. */
  findActive(tokenHash: string): Promise<CalendarFeedRow | undefined>;
  findActiveForPerson(personId: string): Promise<CalendarFeedRow | undefined>;
  /** Revokes every active feed of the person; returns how many. */
  revokeForPerson(personId: string, at: string): Promise<number>;
}
