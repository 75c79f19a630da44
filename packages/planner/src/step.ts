import type { Confidence, SourcedFact, SourcedText } from '@modality/knowledge';
import { ruleVersions } from '@modality/knowledge';
import type { PlanContext } from './context.js';
import { CURRENCIES, type Cost, type Duration, type PlanStep } from './types.js';

/**
 * A step as a route defines it, before the record is applied: what it is, what it rests on (rules and
 * sourced facts), and `done`, which says why the record already satisfies it (or `undefined`).
 */
export interface StepTemplate extends Pick<PlanStep, 'id' | 'kind' | 'title' | 'after' | 'duration' | 'cost' | 'rules' | 'notes'> {
  readonly facts: readonly (SourcedFact | SourcedText)[];
  /** Extra warnings this step puts on the plan when it is in it. */
  readonly warnings: readonly string[];
  readonly done: (ctx: PlanContext) => string | undefined;
}

/** A route: one way to the target, as an ordered list of step templates. */
export interface Route {
  readonly id: string;
  readonly title: string;
  readonly steps: readonly StepTemplate[];
  /** Warnings that apply to the route whatever the record. */
  readonly warnings: readonly string[];
  /** The route itself rests on a SECONDARY source: shown as an alternative, never chosen while another exists. */
  readonly secondary?: boolean;
}

/**
 * What a route writes for a step: the template's id, kind and title, and any of the rest (see {@link step}
 * for the defaults); `facts` may hold a missing fact, which is dropped.
 */
export type StepSpec = Pick<StepTemplate, 'id' | 'kind' | 'title'> &
  Partial<Omit<StepTemplate, 'id' | 'kind' | 'title' | 'facts'>> & {
    readonly facts?: readonly (SourcedFact | SourcedText | null | undefined)[];
  };

/** Builds a step template (defaults: no prerequisites, unknown duration and cost, never satisfied). */
export function step(s: StepSpec): StepTemplate {
  return {
    id: s.id,
    kind: s.kind,
    title: s.title,
    after: s.after ?? [],
    duration: s.duration ?? null,
    cost: s.cost ?? null,
    rules: s.rules ?? [],
    facts: (s.facts ?? []).filter((f): f is SourcedFact | SourcedText => f !== null && f !== undefined),
    notes: s.notes ?? [],
    warnings: s.warnings ?? [],
    done: s.done ?? (() => undefined),
  };
}

const MONTH_PER_WEEK = 7 / (365.25 / 12);

/** A duration from two sourced figures in months or weeks; `null` if either is not a number. */
export function durationOf(min: SourcedFact | null, max: SourcedFact, stated: string): Duration | null {
  if (max.value === null || (min !== null && min.value === null)) return null;
  const months = (f: SourcedFact & { value: number }): number => (f.unit === 'weeks' ? f.value * MONTH_PER_WEEK : f.value);
  const hi = months(max);
  const lo = min === null ? 0 : months(min);
  return { minMonths: lo, maxMonths: hi, stated };
}

const isCurrency = (unit: string): unit is Cost['currency'] => (CURRENCIES as readonly string[]).includes(unit);

/** A cost from sourced figures in one currency; `null` if either is not a number. */
export function costOf(min: SourcedFact, max: SourcedFact = min): Cost | null {
  if (min.value === null || max.value === null) return null;
  if (min.unit !== max.unit || !isCurrency(min.unit)) return null;
  return { min: min.value, max: max.value, currency: min.unit };
}

/** A cost that is the sum of several one-off fees of one application (each sourced). */
export function feesOf(...fees: SourcedFact[]): Cost | null {
  let total = 0;
  let currency: string | undefined;
  for (const f of fees) {
    if (f.value === null) return null;
    if (currency !== undefined && f.unit !== currency) return null;
    currency = f.unit;
    total += f.value;
  }
  if (currency === undefined || !isCurrency(currency)) return null;
  return { min: total, max: total, currency };
}

const RANK: Readonly<Record<Confidence, number>> = { official: 0, 'official-copy': 1, secondary: 2, unconfirmed: 3 };

/** The sources and lowest confidence of a step's rules and facts. */
export function provenanceOf(t: StepTemplate): { sources: string[]; confidence: Confidence; lowRules: string[] } {
  const sources: string[] = [];
  let confidence: Confidence = 'official';
  const lowRules: string[] = [];
  const add = (url: string | null | undefined) => {
    if (url !== null && url !== undefined && !sources.includes(url)) sources.push(url);
  };
  const lower = (c: Confidence) => {
    if (RANK[c] > RANK[confidence]) confidence = c;
  };
  for (const id of t.rules) {
    const versions = ruleVersions(id);
    for (const r of versions) {
      add(r.sourceUrl);
      lower(r.confidence);
      if (r.confidence !== 'official' && !lowRules.includes(id)) lowRules.push(id);
    }
  }
  for (const f of t.facts) {
    lower(f.confidence);
    if ('sourceUrl' in f) add(f.sourceUrl);
  }
  return { sources, confidence, lowRules };
}
