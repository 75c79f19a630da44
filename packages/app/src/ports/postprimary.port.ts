import type { PostprimaryDiscipline } from '@modality/knowledge';

export type { PostprimaryDiscipline };

/** The verifier's confirmation: an ARRT-registered technologist, from a one-time link or in the app. */
export interface PostprimaryVerification {
  readonly at: string;
  readonly name: string;
  readonly arrtNumber: string;
  /** Their account when confirmed in the app; null from a link. */
  readonly userId: string | null;
}

/** The clinical supervisor's review: a second, separate signature by someone at the entry's facility. */
export interface PostprimaryReview {
  readonly at: string;
  readonly name: string;
  readonly facility: string;
  readonly userId: string | null;
}

/** One procedure of a technologist's postprimary clinical experience log (no patient data, ever). */
export interface PostprimaryEntryRow {
  readonly id: string;
  readonly personId: string;
  readonly discipline: PostprimaryDiscipline;
  readonly procedure: string;
  readonly performedOn: string;
  readonly facility: string;
  readonly createdAt: string;
  readonly verification: PostprimaryVerification | null;
  readonly review: PostprimaryReview | null;
}

/** Which signature a one-time link asks for. */
export type PostprimaryStep = 'verify' | 'review';

/** A one-time link, kept as the digest of its token. */
export interface PostprimaryLinkRow {
  readonly tokenHash: string;
  readonly entryId: string;
  readonly step: PostprimaryStep;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly usedAt: string | null;
  /** The address it was mailed to, lower-cased; null when handed over without mail. */
  readonly sentTo: string | null;
}

/** The postprimary clinical experience log and its one-time links. */
export interface PostprimaryRepository {
  insertEntry(entry: PostprimaryEntryRow): Promise<void>;
  findEntry(id: string): Promise<PostprimaryEntryRow | undefined>;
  /** A person's entries, oldest performed first; of one discipline when given. */
  listEntriesForPerson(personId: string, discipline?: PostprimaryDiscipline): Promise<PostprimaryEntryRow[]>;
  /** Records the verifier on an unverified entry; false when it was verified already (nothing written). */
  verifyEntry(id: string, verification: PostprimaryVerification): Promise<boolean>;
  /** Records the review on a verified, unreviewed entry; false otherwise (nothing written). */
  reviewEntry(id: string, review: PostprimaryReview): Promise<boolean>;
  insertLink(link: PostprimaryLinkRow): Promise<void>;
  findLink(tokenHash: string): Promise<PostprimaryLinkRow | undefined>;
  /** Links mailed to `address` (lower-cased), unused and not expired at `now`, oldest first. */
  listOpenLinksSentTo(address: string, now: string): Promise<PostprimaryLinkRow[]>;
  /** Marks an unused link used; false when it had been used already. */
  useLink(tokenHash: string, at: string): Promise<boolean>;
}
