import type { PlanStep } from '../../api/queries';
import { confidenceWords, type JobRoleProfile, type SourcedFact, type SourcedFigure } from '@modality/contracts';

/** What a page shows for a figure that no source confirms (never a number). */
export const NOT_CONFIRMED = 'not confirmed';
/** What a plan step shows for a duration or cost no source gives. */
export const UNKNOWN = 'unknown';

const number = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** `USD 77,660`: a chart's axis and caption figures. */
export const usd = (n: number): string => `USD ${n.toLocaleString('en-US')}`;

/**
 * A sourced figure in words, with its unit: `USD 77,660`, `4 %`, `228,000 jobs`, `USD 35.5 per hour`.
 */
export function formatFigure(f: SourcedFigure): string {
  switch (f.unit) {
    case 'pct':
      return `${number(f.value)} %`;
    case 'USD/hour':
      return `USD ${number(f.value)} per hour`;
    case 'USD':
    case 'GBP':
    case 'AUD':
    case 'CAD':
    case 'EUR':
      return `${f.unit} ${number(f.value)}`;
    case 'openings/year':
      return `${number(f.value)} openings a year`;
    case 'count':
      return number(f.value);
    case 'persons':
    case 'jobs':
    case 'months':
    case 'weeks':
      return `${number(f.value)} ${f.unit}`;
  }
}

export interface FactView {
  /** The number in words, or "not confirmed". */
  readonly text: string;
  readonly confirmed: boolean;
  /** How sure the figure is, naming its publisher ("from the Bureau of Labor Statistics"), or null. */
  readonly label: string | null;
  /** The label asks the reader to check (a secondary source). */
  readonly caution: boolean;
  readonly vintage: string | null;
  readonly sourceUrl: string | null;
  /** The warning of an unconfirmed fact, or the figure's note. */
  readonly note: string | null;
}

/** How a page shows a fact: the number with its label, source and vintage, or "not confirmed" and why. */
export function factView(f: SourcedFact): FactView {
  if (f.value === null) {
    return {
      text: NOT_CONFIRMED,
      confirmed: false,
      label: null,
      caution: true,
      vintage: null,
      sourceUrl: null,
      note: f.warning,
    };
  }
  return {
    text: formatFigure(f),
    confirmed: true,
    label: confidenceLabel(f.confidence, f.sourceUrl),
    caution: f.confidence === 'secondary',
    vintage: f.vintage,
    sourceUrl: f.sourceUrl,
    note: f.note ?? null,
  };
}

/**
 * How sure a fact is, in words, with its publisher when the source is a body's own page: "from ARRT",
 * "from a copy of the Bureau of Labor Statistics' document", "secondary source — check before relying on
 * it". Null for an official fact whose publisher is not known (the source link says enough).
 */
export function confidenceLabel(confidence: string, sourceUrl: string | null = null): string | null {
  switch (confidence) {
    case 'official':
      return sourceUrl === null || confidenceWords('official', sourceUrl) === confidenceWords('official', null) ? null : confidenceWords('official', sourceUrl);
    case 'official-copy':
    case 'secondary':
    case 'unconfirmed':
      return confidenceWords(confidence, sourceUrl);
    default:
      return null;
  }
}

/** The number of a fact, or `null` when no source confirms it (charts leave those out). */
export function valueOf(f: SourcedFact | undefined | null): number | null {
  return f === undefined || f === null || f.value === null ? null : f.value;
}

/** `24 months`, `3–4 months`, `1 month`; `unknown` without a duration. */
export function formatDuration(d: { minMonths: number; maxMonths: number } | null): string {
  if (d === null) return UNKNOWN;
  const unit = (n: number) => (n === 1 ? 'month' : 'months');
  if (d.minMonths === d.maxMonths) return `${number(d.minMonths)} ${unit(d.maxMonths)}`;
  return `${number(d.minMonths)}–${number(d.maxMonths)} ${unit(d.maxMonths)}`;
}

/** `USD 120`, `USD 10,030–11,155`; `unknown` without a cost. */
export function formatCost(c: { min: number; max: number; currency: string } | null): string {
  if (c === null) return UNKNOWN;
  if (c.min === c.max) return `${c.currency} ${number(c.min)}`;
  return `${c.currency} ${number(c.min)}–${number(c.max)}`;
}

/** Totals of several currencies (never converted): `USD 10,150–11,275 + GBP 678.38`, or `unknown`. */
export function formatCosts(costs: readonly { min: number; max: number; currency: string }[]): string {
  return costs.length === 0 ? UNKNOWN : costs.map(formatCost).join(' + ');
}

/** Whether every step comes after the steps it depends on (ids not in the list are ignored). */
export function respectsAfter(steps: readonly Pick<PlanStep, 'id' | 'after'>[]): boolean {
  const position = new Map(steps.map((s, i) => [s.id, i]));
  return steps.every((s, i) => s.after.every((a) => (position.get(a) ?? -1) < i));
}

/** The titles of the steps a step waits for, in words. */
export function afterTitles(
  step: Pick<PlanStep, 'after'>,
  steps: readonly Pick<PlanStep, 'id' | 'title'>[],
): string[] {
  return step.after.map((id) => steps.find((s) => s.id === id)?.title ?? id);
}

/**
 * The credentials that open a role in a jurisdiction: the entries for that jurisdiction itself, and for
 * `us` when it is a US state (every state) — nothing when the knowledge base has none for it.
 */
export function credentialsIn(
  role: Pick<JobRoleProfile, 'credentials'>,
  jurisdiction: string,
): JobRoleProfile['credentials'] {
  const country = jurisdiction.startsWith('us-')
    ? 'us'
    : jurisdiction.startsWith('ca-')
      ? 'ca'
      : jurisdiction;
  return role.credentials.filter((c) => c.jurisdiction === jurisdiction || c.jurisdiction === country);
}

/** One row of the outlook chart: a role's median pay and projected growth (null: not confirmed). */
export interface OutlookRow {
  readonly role: string;
  readonly medianPay: number | null;
  readonly growthPct: number | null;
}

export function outlookRow(role: Pick<JobRoleProfile, 'title' | 'usOutlook'>): OutlookRow {
  return {
    role: role.title,
    medianPay: valueOf(role.usOutlook?.medianAnnualWage),
    growthPct: valueOf(role.usOutlook?.projectedChangePct),
  };
}

/** The distinct vintages of some facts, for a chart caption (`OEWS May 2024; EP 2024–34`). */
export function vintagesOf(facts: readonly (SourcedFact | undefined | null)[]): string {
  const seen = new Set<string>();
  for (const f of facts) if (f !== undefined && f !== null && f.value !== null) seen.add(f.vintage);
  return [...seen].join('; ');
}
