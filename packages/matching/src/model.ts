/**
 * The matching model. Everything is numeric codes (positions in ./vocabulary.ts) and whole days since
 * 2020-01-01 ("match days", see ./match-day.ts), so the index can hold it in typed arrays.
 */

/** A credential the candidate is working towards, as reported by the rules engine. */
export interface PendingCredential {
  readonly credential: number;
  /** Remaining work in `unit` (e.g. 12 procedures). */
  readonly remaining: number;
  readonly unit: string;
  /** Earliest match day on which it could be earned, when the rules engine knows one. */
  readonly earliestDay: number | null;
}

/** One candidate profile (the shape of add/update; bulk builds use {@link CandidateColumns}). */
export interface CandidateRecord {
  /** External id, 0 ≤ id < 2³². Ties in ranking are broken by this id, ascending. */
  readonly id: number;
  readonly held: readonly number[];
  readonly pending: readonly PendingCredential[];
  readonly licences: readonly number[];
  /** Years of experience per modality code, in whole quarter-years (4 = one year), 0..255. A modality
   * listed with 0 means "trained, no experience yet". */
  readonly modalityQuarters: ReadonlyMap<number, number>;
  /** Procedure counts per procedure type code, 0..65535. */
  readonly procedures: ReadonlyMap<number, number>;
  readonly lat: number;
  readonly lon: number;
  readonly relocate: boolean;
  readonly travel: boolean;
  /** Shift codes the candidate accepts. */
  readonly shifts: readonly number[];
  /** Match day from which the candidate can start. */
  readonly availableDay: number;
  /** Lowest acceptable annual pay, whole currency units. */
  readonly payFloor: number;
  readonly languages: readonly number[];
  /** Countries (codes) where the candidate may work without sponsorship. */
  readonly authorisedCountries: readonly number[];
}

/** Weights of the soft criteria; each criterion's score is in [0, 1], so a score is in [0, Σ weights]. */
export interface SoftWeights {
  readonly experience: number;
  readonly distance: number;
  readonly pay: number;
  readonly procedures: number;
  readonly language: number;
}

/** A posting: hard requirements plus weighted soft preferences. */
export interface Posting {
  readonly id: number;
  /** Every one of these credentials is required (each is its own requirement). */
  readonly allOf: readonly number[];
  /** Each group is one requirement: at least one credential of the group. */
  readonly anyOf: readonly (readonly number[])[];
  /** Accepted licence jurisdictions (any one suffices); `null` = no licence required. */
  readonly licences: readonly number[] | null;
  readonly modality: number;
  /** Whole years (0..20) of experience required in `modality`; 0 = the modality must be listed. */
  readonly minYears: number;
  /** Shift codes the job includes; the candidate must accept every one. */
  readonly shifts: readonly number[];
  /** The candidate must be available on or before this match day. */
  readonly startBy: number;
  readonly lat: number;
  readonly lon: number;
  /** Commuting radius in km; `null` = no location requirement. Ignored for travel postings. */
  readonly radiusKm: number | null;
  /** A candidate outside the radius still qualifies if willing to relocate. */
  readonly acceptRelocation: boolean;
  /** Travel assignment: the candidate must be willing to travel; the radius does not apply. */
  readonly travel: boolean;
  /** Country of the job (code); without sponsorship the candidate must be authorised there. */
  readonly country: number;
  readonly sponsors: boolean;
  readonly weights: SoftWeights;
  /** Years in `modality` at which the experience criterion saturates (> 0). */
  readonly wantYears: number;
  /** Highest annual pay offered; floors above it lose the pay criterion linearly over 25 % of it. */
  readonly payMax: number;
  readonly procedure: number;
  /** Count of `procedure` at which the procedure criterion saturates (> 0). */
  readonly procedureWant: number;
  readonly language: number;
  /** Distance at which the distance criterion falls to one half, km (> 0). */
  readonly distanceScaleKm: number;
}

export const REQUIREMENT_KINDS = ['credential', 'any-of', 'licence', 'modality', 'shift', 'start', 'work-authorisation', 'location'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

/** One hard requirement of a posting; `detail` is the credential, group index or shift it is about. */
export interface Requirement {
  readonly kind: RequirementKind;
  /** credential code for `credential`, group index for `any-of`, shift code for `shift`, else -1. */
  readonly detail: number;
}

export const CRITERIA = ['experience', 'distance', 'pay', 'procedures', 'language'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Verdict of one requirement for one candidate, with the gap when it fails. */
export interface RequirementVerdict {
  readonly requirement: Requirement;
  readonly pass: boolean;
  /** How far the candidate is, in `gapUnit` (days late, km too far, years short, units of work left). */
  readonly gap: number | null;
  readonly gapUnit: string | null;
  /** Earliest match day on which the requirement could be met, when known. */
  readonly earliestDay: number | null;
}

/** A ranked, explained match. `contributions[i]` belongs to CRITERIA[i]; they sum to `score`. */
export interface ExplainedMatch {
  readonly id: number;
  readonly score: number;
  readonly contributions: readonly number[];
  readonly requirements: readonly RequirementVerdict[];
}

/** A candidate (or posting) that fails exactly one requirement. */
export interface NearMiss extends ExplainedMatch {
  readonly failed: RequirementVerdict;
}

/** "Relaxing `requirement` adds `adds` matches." */
export interface Relaxation {
  readonly requirement: Requirement;
  readonly adds: number;
}

/** The full answer to a posting → candidates (or candidate → postings) query. */
export interface MatchResult {
  readonly matches: readonly ExplainedMatch[];
  /** How many pass every hard requirement (not only the top k). */
  readonly totalQualified: number;
  readonly nearMisses: readonly NearMiss[];
  readonly relaxations: readonly Relaxation[];
}
