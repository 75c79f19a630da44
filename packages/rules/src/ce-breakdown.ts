import type { CalendarDate, CeActivity, PersonRecord } from '@modality/domain';
import { arrtValuation } from './arrt-compliance.js';
import { valueActivities, type Valuation } from './ce-cycle.js';
import { Provenance } from './context.js';
import { evaluate } from './evaluate.js';
import type { ComplianceEntry, CycleResult } from './verdict.js';

/** One CE activity of a cycle with what the body's rules make of it. */
export interface CountedActivity {
  readonly activity: CeActivity;
  /** The credit the rules count for it in this cycle (0 when a rule filters or caps it away). */
  readonly counted: number;
  /** Whether the body accepts the activity at all. */
  readonly accepted: boolean;
}

/** A credential's binding CE cycle on a date, with its activities one by one (for an audit packet). */
export interface CycleBreakdown {
  /** The day the engine was run on: the cycle's end, or today while the cycle runs. */
  readonly asOf: CalendarDate;
  readonly entry: ComplianceEntry;
  readonly cycle: CycleResult;
  /** Activities completed inside the cycle (up to `asOf`), in date order. */
  readonly activities: readonly CountedActivity[];
}

/** The body's valuation of activities (only ARRT filters categories and caps ACLS/PALS today). */
function valuationOf(credential: string, date: CalendarDate): Valuation {
  return credential.startsWith('arrt:') ? arrtValuation(date, new Provenance()) : {};
}

/**
 * The CE cycle of `credential` that contains `day`, measured at its end (or on `today` while it still
 * runs), with every activity of the cycle and the credit the body's rules count for it. Undefined when the
 * person does not hold the credential on that day or no cycle rule applies.
 *
 * @example
 * const b = ceCycleBreakdown(record, 'arrt:R', calendarDate('2026-01-01'), calendarDate('2026-11-26'));
 * b?.cycle; // { rule: 'arrt.ce.biennium', start: '2025-05-01', end: '2027-04-30', required: 24, earned: 12, … }
 * b?.activities.length; // the activities completed from 2025-05-01 to 2026-11-26
 */
export function ceCycleBreakdown(record: PersonRecord, credential: string, day: CalendarDate, today: CalendarDate): CycleBreakdown | undefined {
  const first = evaluate(record, day).compliance.find((c) => c.credential === credential)?.cycles[0];
  if (first === undefined) return undefined;
  const asOf = first.end < today ? first.end : day > today ? day : today;
  const entry = evaluate(record, asOf).compliance.find((c) => c.credential === credential);
  const cycle = entry?.cycles[0];
  if (entry === undefined || cycle === undefined) return undefined;
  const last = cycle.end < asOf ? cycle.end : asOf;
  const inCycle = (record.ce ?? [])
    .filter((a) => a.completedOn >= cycle.start && a.completedOn <= last)
    .sort((a, b) => (a.completedOn < b.completedOn ? -1 : a.completedOn > b.completedOn ? 1 : 0));
  const activities = valueActivities(inCycle, valuationOf(credential, asOf)).map((v) => ({ activity: v.activity, counted: v.value, accepted: v.accepted }));
  return { asOf, entry, cycle, activities };
}
