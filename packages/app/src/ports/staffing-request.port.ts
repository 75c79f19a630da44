/** How a candidate came to a posting: a recruiter asked to represent them, or they applied themselves. */
export type SubmissionKind = 'request' | 'application';

/** A request's life: pending until the candidate answers; accepted is a submission; withdrawn by the candidate. */
export type RequestStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn';

/** A request to represent a candidate for one posting, or a candidate's own application. */
export interface StaffingRequestRow {
  readonly id: string;
  readonly postingId: string;
  readonly personId: string;
  /** The organisation that asked (for an application, the posting's organisation). */
  readonly organisationId: string;
  readonly kind: SubmissionKind;
  readonly status: RequestStatus;
  /** The recruiter who asked; null for an application. */
  readonly requestedBy: string | null;
  readonly createdAt: string;
  readonly decidedAt: string | null;
}

export interface StaffingRequestRepository {
  /**
   * Adds a request; returns false, writing nothing, when the candidate already has a pending or accepted
   * request or application for the posting (from any organisation): one candidate, one submission.
   */
  insert(row: StaffingRequestRow): Promise<boolean>;
  findById(id: string): Promise<StaffingRequestRow | undefined>;
  /** Changes the status; leaving pending/accepted frees the posting for a new request. */
  setStatus(id: string, status: RequestStatus, at: string): Promise<void>;
  /** The pending or accepted one of a candidate for a posting, if any. */
  findActive(postingId: string, personId: string): Promise<StaffingRequestRow | undefined>;
  listForPerson(personId: string): Promise<StaffingRequestRow[]>;
  listForPosting(postingId: string): Promise<StaffingRequestRow[]>;
  /** How many requests a recruiter has sent since `since` (an instant). */
  countByRecruiterSince(userId: string, since: string): Promise<number>;
}
