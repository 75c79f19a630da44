import type { CalendarDate, PersonRecord } from '@modality/domain';
import { plan } from '@modality/planner';
import type { PostingRow } from '../ports/index.js';

/** The planner's way to close a near-miss: its steps, how long and what it costs, as far as sources say. */
export interface RouteToClose {
  readonly title: string;
  readonly steps: string[];
  /** Months, when a source gives every step's duration or some of them (see `complete`). */
  readonly months: { readonly min: number; readonly max: number } | null;
  /** One range per currency, never converted. */
  readonly cost: Array<{ readonly min: number; readonly max: number; readonly currency: string }>;
  /** False when a step has no sourced duration or cost: the totals are then a floor. */
  readonly complete: boolean;
  /** The route in one sentence, e.g. "3 steps, about 2–4 months, USD 225–425". */
  readonly says: string;
}

/** Requirements a plan can close: credentials and licences (not shifts, dates, places or visas). */
const PLANNABLE = new Set(['credential', 'any-of', 'licence']);

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The planner's route from a person's record to the posting's role where the posting is (its first
 * accepted licence jurisdiction for a licence gap, else its state), for a near-miss on a credential or a
 * licence; null for other gaps or when the planner has no sourced route.
 */
export function routeToClose(record: PersonRecord, posting: PostingRow, failed: string, asOf: CalendarDate): RouteToClose | null {
  const goal = routeGoal(posting, failed);
  return goal === null ? null : routeTo(record, goal, asOf);
}

/** Where a route for a near-miss on `failed` leads (the role, and the jurisdiction it is planned in), or null when no plan closes it. */
export interface RouteGoal {
  readonly target: PostingRow['role'];
  readonly in: string;
}

/** The goal of the planner's route for a near-miss on `failed`: what `routeToClose` plans towards. */
export function routeGoal(posting: PostingRow, failed: string): RouteGoal | null {
  if (!PLANNABLE.has(failed)) return null;
  const where = failed === 'licence' ? (posting.requirements.licenceJurisdictions[0] ?? posting.place.region) : posting.place.region;
  return { target: posting.role, in: where };
}

/** The planner's route from a record to a goal on `asOf`, in words; null when the planner has no sourced route. */
export function routeTo(record: PersonRecord, goal: RouteGoal, asOf: CalendarDate): RouteToClose | null {
  const result = plan({ target: goal.target, in: goal.in, record, asOf });
  if (!result.ok || result.value.status !== 'plan') return null;
  const p = result.value;
  const chosen = p.route;
  if (chosen === null) return null;
  const months = p.totals.duration === null ? null : { min: round(p.totals.duration.minMonths), max: round(p.totals.duration.maxMonths) };
  const cost = p.totals.cost.map((c) => ({ min: c.min, max: c.max, currency: c.currency }));
  const complete = p.totals.durationComplete && p.totals.costComplete;
  const parts = [`${p.steps.length} step${p.steps.length === 1 ? '' : 's'}`];
  if (months !== null) parts.push(`about ${months.min === months.max ? months.min : `${months.min}–${months.max}`} months`);
  for (const c of cost) parts.push(`${c.currency} ${c.min === c.max ? c.min : `${c.min}–${c.max}`}`);
  return { title: chosen.title, steps: p.steps.map((s) => s.title), months, cost, complete, says: `${parts.join(', ')}${complete ? '' : ' (some steps have no sourced time or cost)'}` };
}
