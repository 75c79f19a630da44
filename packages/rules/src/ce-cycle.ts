import { addDays, addMonths, diffDays } from '@modality/domain';
import type { CalendarDate, CeActivity } from '@modality/domain';
import type { RuleParamsByKind, TopicMatch } from '@modality/knowledge';
import type { ComplianceStatus, CycleResult, MinimumResult } from './verdict.js';

/** An activity inside a cycle with the credit it earns there (0 when a rule excludes or caps it away). */
export interface ValuedActivity {
  readonly activity: CeActivity;
  readonly value: number;
  /** Whether the body accepts the activity at all (a capped-away activity is not accepted). */
  readonly accepted: boolean;
}

/** How a body values activities (all optional: absent means the activity's own credits count). */
export interface Valuation {
  readonly categoryFilter?: RuleParamsByKind['category-filter'];
  readonly academic?: RuleParamsByKind['academic-conversion'];
  readonly cap?: RuleParamsByKind['activity-cap'];
}

/** A minimum inside a cycle. */
export interface MinimumSpec {
  readonly topic: string;
  readonly match: TopicMatch;
  readonly required: number;
  readonly measure: 'credits' | 'courses';
}

export interface CycleSpec {
  readonly rule: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly required: number;
  readonly minimums: readonly MinimumSpec[];
  /** At least this much in every 12-month period from `start` (MRPBA, CORU). */
  readonly annualMinimum?: number;
  /** Earned is the number of these topics seen (HCPC types of learning). */
  readonly distinctTopics?: readonly string[];
}

/** Rounds to 3 decimals, so sums of fractional credits print cleanly. */
export const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * The credit an activity earns under a valuation, before caps: academic courses convert (ARRT 16 per
 * semester credit, 12 per quarter credit); with a category filter, only the listed categories and kinds count.
 */
export function baseValue(a: CeActivity, v: Valuation): number {
  const kind = a.kind ?? 'activity';
  if (v.categoryFilter !== undefined) {
    const okKind = v.categoryFilter.alsoKinds.includes(kind);
    const okCategory = a.category !== undefined && v.categoryFilter.categories.includes(a.category);
    if (!okKind && !okCategory) return 0;
  }
  if (kind === 'academic' && v.academic !== undefined) {
    if (a.semesterCredits !== undefined) return a.semesterCredits * v.academic.perSemesterCredit;
    if (a.quarterCredits !== undefined) return a.quarterCredits * v.academic.perQuarterCredit;
  }
  return a.credits ?? 0;
}

/** Values the activities of one cycle, applying the cap (the best `maxActivities` capped ones count). */
export function valueActivities(activities: readonly CeActivity[], v: Valuation): ValuedActivity[] {
  const out: ValuedActivity[] = activities.map((activity) => {
    const value = baseValue(activity, v);
    return { activity, value, accepted: value > 0 || (activity.credits === 0 && activity.kind !== 'academic') };
  });
  const cap = v.cap;
  if (cap === undefined) return out;
  const capped = out
    .map((x, i) => ({ i, value: Math.min(x.value, cap.maxCredits), kind: x.activity.kind ?? 'activity' }))
    .filter((x) => cap.kinds.includes(x.kind))
    .sort((a, b) => b.value - a.value || a.i - b.i);
  capped.forEach((x, rank) => {
    const prev = out[x.i];
    if (prev === undefined) return;
    out[x.i] = rank < cap.maxActivities ? { ...prev, value: x.value } : { ...prev, value: 0, accepted: false };
  });
  return out;
}

/** Whether an activity matches a minimum's topic rule. */
export function matches(a: CeActivity, m: TopicMatch): boolean {
  switch (m.type) {
    case 'any-topic':
      return (a.topics ?? []).some((t) => m.topics.includes(t));
    case 'no-topic':
      return !(a.topics ?? []).some((t) => m.topics.includes(t));
    case 'category':
      return a.category === m.category;
  }
}

const minimum = (topic: string, required: number, earned: number): MinimumResult => {
  const e = round3(earned);
  return { topic, required, earned: e, remaining: round3(Math.max(0, required - e)) };
};

/** Measures one cycle over its valued activities (which must all lie inside it). */
export function measureCycle(spec: CycleSpec, valued: readonly ValuedActivity[]): CycleResult {
  let earned = 0;
  if (spec.distinctTopics !== undefined) {
    const seen = new Set<string>();
    for (const x of valued) for (const t of x.activity.topics ?? []) if (spec.distinctTopics.includes(t)) seen.add(t);
    earned = seen.size;
  } else {
    for (const x of valued) earned += x.value;
  }
  const minimums: MinimumResult[] = [];
  for (const m of spec.minimums) {
    let got = 0;
    for (const x of valued) {
      if (!x.accepted || !matches(x.activity, m.match)) continue;
      got += m.measure === 'courses' ? 1 : x.value;
    }
    minimums.push(minimum(m.topic, m.required, got));
  }
  if (spec.annualMinimum !== undefined) {
    for (let from = spec.start; from <= spec.end; from = addMonths(from, 12)) {
      const to = addDays(addMonths(from, 12), -1);
      let got = 0;
      for (const x of valued) if (x.activity.completedOn >= from && x.activity.completedOn <= to) got += x.value;
      minimums.push(minimum(`year-from-${from}`, spec.annualMinimum, got));
    }
  }
  const e = round3(earned);
  return {
    rule: spec.rule,
    start: spec.start,
    end: spec.end,
    required: spec.required,
    earned: e,
    remaining: round3(Math.max(0, spec.required - e)),
    minimums,
  };
}

/** Every requirement of the cycle is met. */
export const isMet = (c: CycleResult): boolean => c.remaining === 0 && c.minimums.every((m) => m.remaining === 0);

/** Days left before a cycle ends under which an unmet cycle is at risk. */
export const AT_RISK_DAYS = 90;

/**
 * The status of one cycle on `asOf` (contract: compliant / in-progress / at-risk / noncompliant).
 * At risk: fewer than 90 days left, or at least half the cycle gone with the total on course for less than
 * half of what is required at the pace so far.
 *
 * @example
 * // cycle 2025-05-01..2027-04-30 with 12 of 24 credits:
 * cycleStatus(cycle, calendarDate('2026-11-26')) // 'in-progress' (155 days left, on course for more than 12)
 */
export function cycleStatus(c: CycleResult, asOf: CalendarDate): ComplianceStatus {
  if (isMet(c)) return 'compliant';
  if (asOf > c.end) return 'noncompliant';
  if (asOf < c.start) return 'in-progress';
  if (diffDays(asOf, c.end) < AT_RISK_DAYS) return 'at-risk';
  const total = diffDays(c.start, c.end) + 1;
  const elapsed = diffDays(c.start, asOf) + 1;
  if (elapsed * 2 >= total && (c.earned * total) / elapsed < c.required / 2) return 'at-risk';
  return 'in-progress';
}

const SEVERITY: Record<ComplianceStatus, number> = {
  'not-applicable': 0,
  compliant: 1,
  'in-progress': 2,
  'at-risk': 3,
  noncompliant: 4,
};

/** The more severe of two statuses. */
export const worse = (a: ComplianceStatus, b: ComplianceStatus): ComplianceStatus => (SEVERITY[b] > SEVERITY[a] ? b : a);

/**
 * The period of `lengthMonths` months, counted from `anchor` in either direction, that contains `date`.
 *
 * @example
 * periodContaining(calendarDate('2025-05-01'), 24, calendarDate('2028-01-10')) // { start: '2027-05-01', end: '2029-04-30' }
 */
export function periodContaining(anchor: CalendarDate, lengthMonths: number, date: CalendarDate): { start: CalendarDate; end: CalendarDate } {
  let months = (Number(date.slice(0, 4)) - Number(anchor.slice(0, 4))) * 12 + Number(date.slice(5, 7)) - Number(anchor.slice(5, 7));
  if (Number(date.slice(8, 10)) < Number(anchor.slice(8, 10))) months -= 1;
  const k = Math.floor(months / lengthMonths);
  let start = addMonths(anchor, k * lengthMonths);
  let end = addDays(addMonths(anchor, (k + 1) * lengthMonths), -1);
  // Month-end clamping can leave `date` just outside; step once if so.
  if (date < start) {
    end = addDays(start, -1);
    start = addMonths(anchor, (k - 1) * lengthMonths);
  } else if (date > end) {
    start = addDays(end, 1);
    end = addDays(addMonths(anchor, (k + 2) * lengthMonths), -1);
  }
  return { start, end };
}
