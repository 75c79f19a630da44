import type { CalendarDate } from '@modality/domain';
import type { Confidence, JobRoleCode } from '@modality/knowledge';

/** The kinds of step a plan is made of. */
export const STEP_KINDS = [
  'education-program',
  'degree',
  'credential-evaluation',
  'clinical-experience',
  'structured-education',
  'exam',
  'licence',
  'registration',
  'language-test',
  'visa',
  'ce',
  'other',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** A duration in months; `minMonths` may be 0 for "up to" figures. Fractions come from week-based sources. */
export interface Duration {
  readonly minMonths: number;
  readonly maxMonths: number;
  /** The figure as the source gives it ("2 years", "up to 16 weeks", "about 3–4 months"). */
  readonly stated: string;
}

/** A one-off cost in a currency, as the source gives it. */
/** The currencies a cost may be in (the sources' own; never converted). */
export const CURRENCIES = ['USD', 'GBP', 'AUD', 'CAD', 'EUR'] as const;

export interface Cost {
  readonly min: number;
  readonly max: number;
  readonly currency: (typeof CURRENCIES)[number];
}

/** One step of a plan. `after` lists the ids of prerequisite steps, all earlier in the list. */
export interface PlanStep {
  readonly id: string;
  readonly kind: StepKind;
  readonly title: string;
  readonly after: readonly string[];
  /** `null` when no source gives it (never estimated). */
  readonly duration: Duration | null;
  /** `null` when no source gives it (never estimated). */
  readonly cost: Cost | null;
  /** Ids of the rules (rule packs of `@modality/knowledge`) behind the step. */
  readonly rules: readonly string[];
  /** Addresses of every rule and fact behind the step. */
  readonly sources: readonly string[];
  /** The lowest confidence among the step's rules and facts. */
  readonly confidence: Confidence;
  readonly notes: readonly string[];
}

/** A step the record already satisfies, and why. */
export interface SatisfiedStep {
  readonly id: string;
  readonly title: string;
  readonly reason: string;
}

/** Sums over a list of steps; unknown durations and costs are left out of the sums and listed. */
export interface PlanTotals {
  readonly steps: number;
  /** Along the longest chain of `after` links, counting known durations only; `null` when none is known. */
  readonly duration: { readonly minMonths: number; readonly maxMonths: number } | null;
  readonly durationComplete: boolean;
  /** One sum per currency (never converted). */
  readonly cost: readonly Cost[];
  readonly costComplete: boolean;
  readonly unknownDuration: readonly string[];
  readonly unknownCost: readonly string[];
}

/** One way to the target (a route), with its own steps and totals. */
export interface Alternative {
  readonly id: string;
  readonly title: string;
  readonly steps: readonly PlanStep[];
  readonly totals: PlanTotals;
  readonly satisfied: readonly SatisfiedStep[];
}

export const PLAN_STATUSES = ['plan', 'already-qualified', 'not-covered'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_FORMAT = 'modality/plan@1' as const;

/** The plan (contract of `modality plan --json` and `POST /api/v1/plan`). */
export interface Plan {
  readonly format: typeof PLAN_FORMAT;
  readonly asOf: CalendarDate;
  readonly from: 'blank' | 'record';
  readonly target: {
    readonly role: JobRoleCode;
    readonly roleTitle: string;
    readonly jurisdiction: string;
    readonly jurisdictionName: string;
    /** Credential sets that open the role there (any one set, held in full). */
    readonly credentials: readonly (readonly string[])[];
  };
  readonly status: PlanStatus;
  /** The chosen route: the one with the fewest remaining steps (ties: known time, then cost). */
  readonly route: { readonly id: string; readonly title: string } | null;
  readonly steps: readonly PlanStep[];
  readonly totals: PlanTotals;
  /** Every route considered (the chosen one included), and their ids ranked by time and by cost. */
  readonly alternatives: {
    readonly byTime: readonly string[];
    readonly byCost: readonly string[];
    readonly routes: readonly Alternative[];
  };
  readonly satisfied: readonly SatisfiedStep[];
  readonly warnings: readonly string[];
  readonly sources: readonly string[];
}
