import type { CalendarDate } from '@modality/domain';

/**
 * The verdict of `modality check` (contract: person-record-v1.md, "Verdict"). Field order follows the
 * contract so the JSON reads the same.
 */
export const COMPLIANCE_STATUSES = ['compliant', 'in-progress', 'at-risk', 'noncompliant', 'not-applicable'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

/** Kinds of dated deadline a verdict can carry. */
export const DEADLINE_KINDS = ['renewal', 'probation-end', 'cqr', 'reinstatement-online', 'cqr-reinstatement'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface MinimumResult {
  readonly topic: string;
  readonly required: number;
  readonly earned: number;
  readonly remaining: number;
}

export interface CycleResult {
  /** Id of the rule that defines the cycle. */
  readonly rule: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  /** In the rule's unit (ARRT credits, ARDMS CME, contact hours, CPD credits …). */
  readonly required: number;
  readonly earned: number;
  readonly remaining: number;
  readonly minimums: readonly MinimumResult[];
}

export interface Deadline {
  readonly kind: DeadlineKind;
  readonly due: CalendarDate;
}

export interface ComplianceEntry {
  readonly credential: string;
  readonly status: ComplianceStatus;
  /** The cycle(s) in force on `asOf`, the binding one first. */
  readonly cycles: readonly CycleResult[];
  readonly deadlines: readonly Deadline[];
  /** One line per rule below `official` confidence (and per fact the record lacks). */
  readonly warnings: readonly string[];
  readonly sources: readonly string[];
}

export interface MissingItem {
  readonly rule: string;
  readonly what: string;
  readonly need: number;
  readonly have: number;
  readonly unit: string;
  /** False when the body's number is not confirmed here: `need` is then no count to show, only "missing". */
  readonly countConfirmed?: false;
}

export interface EligibilityEntry {
  readonly credential: string;
  readonly eligible: boolean;
  readonly missing: readonly MissingItem[];
  readonly sources: readonly string[];
}

export interface Verdict {
  readonly asOf: CalendarDate;
  readonly compliance: readonly ComplianceEntry[];
  readonly eligibility: readonly EligibilityEntry[];
}
