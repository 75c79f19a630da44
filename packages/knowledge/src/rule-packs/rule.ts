import type { CalendarDate } from '@modality/domain';

/**
 * A rule is data: the numbers live here, next to the address they were read on; the engine
 * (`@modality/rules`) only interprets rule kinds. See docs/rules-engine.md.
 */

/** How sure we are of a rule: the tags of the reference notes (`[OFFICIAL]`, `[OFFICIAL-COPY]`, `[SECONDARY]`, UNCONFIRMED). */
export const CONFIDENCES = ['official', 'official-copy', 'secondary', 'unconfirmed'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** The kinds of rule the engine interprets, and the shape of each kind's parameters. */
export interface RuleParamsByKind {
  /** A CE/CPD cycle: how long, how much, and what fixes its dates. */
  readonly 'ce-cycle': {
    readonly lengthMonths: number;
    readonly required: number;
    readonly unit: 'credits' | 'hours' | 'cme' | 'cpd-credits' | 'learning-types';
    readonly anchor: CycleAnchor;
    /** Credits earned above the requirement that move into the next cycle (0: none). */
    readonly carryOver: number;
    /** When set, the requirement is this much per year of the cycle (New York: 12 a year of a registration of up to 4 years). */
    readonly requiredPerYear?: number;
    /** When set, what is earned is the number of these activity topics seen in the cycle (HCPC: types of learning). */
    readonly countDistinctTopics?: readonly string[];
  };
  /** A different total for the cycle when the person holds one of `whenHolding`. */
  readonly 'ce-required-override': { readonly whenHolding: readonly string[]; readonly required: number };
  /** Part of the cycle total that must be on a topic (or category); `topics` are the activity tags that count. */
  readonly 'topic-minimum': {
    /** The name reported in the verdict's `minimums[].topic`. */
    readonly topic: string;
    readonly match: TopicMatch;
    readonly required: number;
    /** Applies only when the person holds one of these (absent: always). */
    readonly whenHolding?: readonly string[];
    /** `courses`: counts activities rather than credits. */
    readonly measure: 'credits' | 'courses';
    /**
     * What the CE form asks a person this minimum applies to, in the body's words, so that the activity is
     * tagged from the answer rather than from a topic code the person has to guess. A "yes" adds the first
     * of `match.topics` (for a `no-topic` match, the question asks about that excluded topic). Absent when
     * no answer about one activity can meet the minimum (a category minimum).
     */
    readonly question?: string;
  };
  /** Only activities of these ARRT categories count (plus the listed kinds, which the body counts as such). */
  readonly 'category-filter': { readonly categories: readonly string[]; readonly alsoKinds: readonly string[] };
  /** Academic course credit conversion. */
  readonly 'academic-conversion': { readonly perSemesterCredit: number; readonly perQuarterCredit: number };
  /** A cap on some kinds of activity inside one cycle. */
  readonly 'activity-cap': { readonly kinds: readonly string[]; readonly maxCredits: number; readonly maxActivities: number };
  /** Something that earns no CE credit (documented by the rule; the record has no way to claim it). */
  readonly 'ce-exclusion': { readonly excludes: 'credential-earned' | 'partial-attendance' };
  /** Renewal of registration: when it is due and when its window opens. */
  readonly renewal: {
    readonly everyMonths: number;
    readonly due: RenewalDue;
    readonly windowOpensMonthsBefore?: number;
    /** ARRT: a first registration runs to the end of the next birth month unless that is fewer than this many months away. */
    readonly firstRegistrationMinMonths?: number;
    /** Renewals fall only in even or odd years (HCPC radiographers: even). */
    readonly yearParity?: 'even' | 'odd';
  };
  /** Probation after a cycle ended unmet. */
  readonly probation: { readonly months: number; readonly retroactiveTo: 'cycle-end' };
  /** How long online reinstatement stays possible. */
  readonly reinstatement: { readonly onlineMonthsAfterCycleEnd: number; readonly cqrGraceYears: number };
  /** ARRT Continuing Qualifications Requirements. */
  readonly cqr: {
    readonly earnedOnOrAfter: CalendarDate;
    readonly alwaysFor: readonly string[];
    readonly periodYears: number;
    readonly windowYears: number;
  };
  /** ARDMS five-year rule: the rest of the year of the first pass plus this many calendar years. */
  readonly 'exam-completion-window': { readonly calendarYearsAfter: number; readonly exemptWhenHoldingActive: boolean };
  /** CME waived in the period in which a new credential or specialty is earned. */
  readonly 'cme-waiver': { readonly waived: number };
  /** ARDMS: which exams make which credential. */
  readonly 'exam-combination': {
    readonly credential: string;
    readonly physics: string;
    readonly specialties: readonly string[];
  };
  /** An approved program in the same discipline. */
  readonly 'program-requirement': {
    readonly disciplines: readonly string[];
    readonly approvers: readonly string[];
  };
  /** A degree at or above one of `awards`, for programs completed on or after `forProgramsCompletedOnOrAfter`. */
  readonly 'degree-requirement': {
    readonly awards: readonly string[];
    readonly forProgramsCompletedOnOrAfter: CalendarDate;
    /** Foreign degrees from these countries count without an evaluation. */
    readonly recognisedCountries: readonly string[];
    readonly homeCountry: string;
  };
  /** Degree (and application) within N years after the professional component. */
  readonly 'degree-timing': { readonly withinYearsAfterProgram: number };
  /** Years after program completion to establish eligibility; the rule version is chosen by the completion date. */
  readonly 'eligibility-window': { readonly years: number };
  /** N attempts within N years from the first exam window's start. */
  readonly 'attempt-limit': { readonly attempts: number; readonly years: number };
  /** Credentials that support a postprimary credential: any one of the sets, each set held in full. */
  readonly 'supporting-credential': { readonly credential: string; readonly anyOf: readonly (readonly string[])[] };
  /** Structured education before applying. */
  readonly 'structured-education': {
    readonly credential: string;
    readonly hours: number;
    readonly perCategoryMin: number;
    readonly withinMonths: number;
    /** The content categories, where the reference names them (otherwise only the total is checked). */
    readonly categories?: readonly string[];
  };
  /** Clinical experience window; the procedure counts are not in the sourced material (see docs). */
  readonly 'clinical-window': { readonly credential: string; readonly withinMonths: number; readonly procedurePrefixes: readonly string[] };
  /** Clinical hours within a window (NMTCB CT). */
  readonly 'clinical-hours': { readonly hours: number; readonly withinYears: number; readonly procedurePrefixes: readonly string[] };
  /** Didactic contact hours within a window, with per-topic minimums. */
  readonly 'didactic-hours': {
    readonly hours: number;
    readonly withinYears: number;
    readonly topics: readonly string[];
    readonly perTopicMin: number;
  };
  /** Recency of practice: practice hours within a rolling window. */
  readonly recency: { readonly hours: number; readonly withinYears: number };
  /** A minimum inside every year of a multi-year cycle. */
  readonly 'annual-minimum': { readonly perYear: number };
  /** Another credential that must be held and active. */
  readonly 'prerequisite-credential': { readonly anyOf: readonly string[] };
  /** CE waived in the first registration. */
  readonly 'first-registration-waiver': Readonly<Record<string, never>>;
  /** Program completion to full eligibility within N years (NMTCB CNMT). */
  readonly 'program-eligibility': {
    readonly disciplines: readonly string[];
    readonly approvers: readonly string[];
    readonly withinYears: number;
  };
}

export type RuleKind = keyof RuleParamsByKind;

/** What fixes a cycle's dates when the record does not give the cycle the body assigned. */
export type CycleAnchor =
  | { readonly type: 'birth-month-biennium' } // ARRT: first day of the birth month to the last day of the month before it, two years on
  | { readonly type: 'follows-credential-cycle'; readonly of: readonly string[] } // Kentucky: the ARRT/NMTCB biennium
  | { readonly type: 'ardms-period' } // rest of the first credential's year, then 3-year periods
  | { readonly type: 'expiry' } // the months before the expiry the body assigned
  | { readonly type: 'calendar-year' }
  | { readonly type: 'fixed-epoch'; readonly epoch: CalendarDate; readonly confirmedUntil: CalendarDate | null };

/** Which activities count toward a minimum. */
export type TopicMatch =
  | { readonly type: 'any-topic'; readonly topics: readonly string[] }
  | { readonly type: 'no-topic'; readonly topics: readonly string[] }
  | { readonly type: 'category'; readonly category: string };

export type RenewalDue =
  | { readonly type: 'end-of-birth-month' }
  | { readonly type: 'expiry' }
  | { readonly type: 'month-day'; readonly month: number; readonly day: number | 'last' };

/** One rule, with its provenance. */
export interface Rule<K extends RuleKind = RuleKind> {
  /** Stable id, `body.area.name` (e.g. `arrt.ce.biennium`); versions of one rule share the id. */
  readonly id: string;
  /** Issuing body or regulator id (`arrt`, `us-ca`, `hcpc` …). */
  readonly body: string;
  /** Lower-case ISO 3166 code of where the rule applies (`us`, `us-ca`, `gb` …). */
  readonly jurisdiction: string;
  /** The credential codes the rule is about (`body:code` / `jurisdiction:code`). */
  readonly credentials: readonly string[];
  readonly kind: K;
  readonly params: RuleParamsByKind[K];
  /** One line for people: what the rule says. */
  readonly summary: string;
  /** First day the rule (this version) applies. */
  readonly effectiveFrom: CalendarDate;
  /** Last day it applies; `null` while in force. */
  readonly effectiveTo: CalendarDate | null;
  /** Where the numbers were read; `sourceUrls` lists further pages when the rule rests on several. */
  readonly sourceUrl: string;
  readonly sourceUrls?: readonly string[];
  readonly confidence: Confidence;
  /** The day the rule was last checked against its source notes. */
  readonly verifiedAt: CalendarDate;
  /** Caveats: what was left out, what is inferred. */
  readonly note?: string;
}

/** Any rule (a union over kinds, so `kind` narrows `params`). */
export type AnyRule = { [K in RuleKind]: Rule<K> }[RuleKind];

/** A versioned set of rules of one body or jurisdiction. */
export interface RulePack {
  readonly id: string;
  readonly title: string;
  readonly rules: readonly AnyRule[];
}
