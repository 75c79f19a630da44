import type { ProcedureSection } from '@modality/knowledge';

/** A requirement a program adds to the set it follows, labelled as the program's own. */
export type LocalRequirement =
  | { readonly kind: 'procedure'; readonly procedure: string }
  | { readonly kind: 'section'; readonly section: ProcedureSection; readonly minimum: number };

/**
 * A school's choice of requirement set and version, its own simulation cap (null: the set's), and its local
 * requirements (migration 023-program-requirements).
 */
export interface ProgramRequirementsRow {
  readonly schoolOrganisationId: string;
  readonly setId: string;
  readonly simulationCap: number | null;
  readonly localRequirements: readonly LocalRequirement[];
  /** Who last saved them and when; null for the defaults of a school that saved nothing. */
  readonly updatedByUserId: string | null;
  readonly updatedAt: string | null;
}

/** The program settings of schools. */
export interface ProgramRequirementsRepository {
  find(schoolOrganisationId: string): Promise<ProgramRequirementsRow | undefined>;
  /** Writes (or replaces) the school's settings, in the caller's transaction. */
  save(row: ProgramRequirementsRow & { readonly updatedAt: string }): Promise<void>;
}
