/** How a student left a school's program. */
export const LEAVING_OUTCOMES = ['graduated', 'withdrew'] as const;
export type LeavingOutcome = (typeof LEAVING_OUTCOMES)[number];

/** The school's note that one of its students left the program (migration 018-program-cohorts). */
export interface SchoolLeaverRow {
  readonly schoolOrganisationId: string;
  readonly userId: string;
  readonly leftOn: string;
  readonly outcome: LeavingOutcome;
  /** When the graduate started work, as the school knows it (the record has no employment section). */
  readonly employedOn: string | null;
  /** The graduate told the school they are not actively seeking employment. */
  readonly notSeeking: boolean;
}

/** A school's former students. Their records and logs are not here and are never touched by it. */
export interface CohortRepository {
  /**
   * Records that a student left: removes their `student` membership of the school and writes the note, in
   * the caller's transaction. False (nothing written) when they were not a student of the school.
   */
  recordLeaving(row: SchoolLeaverRow & { readonly createdAt: string }): Promise<boolean>;
  listLeavers(schoolOrganisationId: string): Promise<SchoolLeaverRow[]>;
  /** Forgets the school's note (e.g. a mistaken entry); the person's record and log stay. */
  deleteLeaver(schoolOrganisationId: string, userId: string): Promise<void>;
}
