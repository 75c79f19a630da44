import { addDays, addYears, daysInMonth, yearOf, ymd } from '@modality/domain';
import type { CalendarDate } from '@modality/domain';
import { findRule, rulesFor, type Rule } from '@modality/knowledge';
import { measureCycle, periodContaining, valueActivities, type MinimumSpec } from './ce-cycle.js';
import { activitiesIn, Provenance, type Ctx } from './context.js';
import { finishEntry, notApplicable, rate, type RatedCycle } from './entry.js';
import type { ComplianceEntry, Deadline } from './verdict.js';

const CYCLE_ID: Readonly<Record<string, string>> = {
  'gb:hcpc-radiographer': 'hcpc.cpd.standards',
  'au:mrpba-radiographer': 'mrpba.cpd.triennium',
  'ie:coru-radiographer': 'coru.cpd.cycle',
  'ca-on:cmrito-mrt': 'cmrito.qa.annual',
};

/** Whether the engine has CPD rules for this registration abroad. */
export const isRegistrationAbroad = (code: string): boolean => code in CYCLE_ID;

/** The next annual/biennial fixed-date renewal on or after `asOf` (HCPC: end of February of even years). */
export function nextFixedRenewal(asOf: CalendarDate, r: Rule<'renewal'>): CalendarDate | undefined {
  const due = r.params.due;
  if (due.type !== 'month-day') return undefined;
  for (let y = yearOf(asOf); y <= yearOf(asOf) + 2; y++) {
    if (r.params.yearParity === 'even' && y % 2 !== 0) continue;
    if (r.params.yearParity === 'odd' && y % 2 === 0) continue;
    const date = ymd(y, due.month, due.day === 'last' ? daysInMonth(y, due.month) : due.day);
    if (date >= asOf) return date;
  }
  return undefined;
}

/**
 * Compliance of a registration abroad: HCPC (2-year registration; the CPD standards, measured as at least
 * 2 types of learning), MRPBA (60 hours per triennium, 10 each year, 35 substantive; recency 450 hours in
 * 3 years), CORU (30 CPD credits in every 12 months), CMRITO (25 hours per calendar year).
 */
export function abroadCompliance(ctx: Ctx, credential: string): ComplianceEntry {
  const prov = new Provenance();
  const asOf = ctx.asOf;
  const entry = ctx.held.get(credential);
  const id = CYCLE_ID[credential];
  if (entry === undefined || entry.status === 'retired' || id === undefined) return notApplicable(credential, prov);
  const rule = findRule(id, 'ce-cycle', asOf);
  if (rule === undefined) return notApplicable(credential, prov);
  prov.use(rule);
  const anchor = rule.params.anchor;
  let period: { start: CalendarDate; end: CalendarDate };
  if (entry.cycle !== undefined && asOf >= entry.cycle.start && asOf <= entry.cycle.end) period = { start: entry.cycle.start, end: entry.cycle.end };
  else if (entry.cycle !== undefined) period = periodContaining(entry.cycle.start, rule.params.lengthMonths, asOf);
  else if (anchor.type === 'calendar-year') period = { start: ymd(yearOf(asOf), 1, 1), end: ymd(yearOf(asOf), 12, 31) };
  else if (anchor.type === 'fixed-epoch') {
    period = periodContaining(anchor.epoch, rule.params.lengthMonths, asOf);
    if (anchor.confirmedUntil !== null && period.end > anchor.confirmedUntil) {
      prov.warn(`${rule.summary}: the cycle ${period.start} to ${period.end} is inferred from the last confirmed one (ending ${anchor.confirmedUntil}) and is unconfirmed`);
    }
  } else return notApplicable(credential, prov);

  const minimums: MinimumSpec[] = [];
  for (const m of rulesFor(credential, 'topic-minimum', asOf)) {
    prov.use(m);
    minimums.push({ topic: m.params.topic, match: m.params.match, required: m.params.required, measure: m.params.measure });
  }
  const annual = rulesFor(credential, 'annual-minimum', asOf)[0];
  if (annual !== undefined) prov.use(annual);
  const cycles: RatedCycle[] = [
    rate(
      measureCycle(
        {
          rule: rule.id,
          start: period.start,
          end: period.end,
          required: rule.params.required,
          minimums,
          ...(annual === undefined ? {} : { annualMinimum: annual.params.perYear }),
          ...(rule.params.countDistinctTopics === undefined ? {} : { distinctTopics: rule.params.countDistinctTopics }),
        },
        valueActivities(activitiesIn(ctx, period.start, period.end), {}),
      ),
      asOf,
    ),
  ];
  const recency = rulesFor(credential, 'recency', asOf)[0];
  if (recency !== undefined) {
    prov.use(recency);
    const start = addDays(addYears(asOf, -recency.params.withinYears), 1);
    let hours = 0;
    for (const c of ctx.record.clinical ?? []) if (c.performedOn >= start && c.performedOn <= asOf && c.simulated !== true) hours += c.hours ?? 0;
    const cycle = measureCycle({ rule: recency.id, start, end: asOf, required: recency.params.hours, minimums: [] }, [
      { activity: { title: 'practice', completedOn: asOf, credits: hours }, value: hours, accepted: true },
    ]);
    cycles.push({ cycle, status: cycle.remaining === 0 ? 'compliant' : 'noncompliant' });
  }
  const deadlines: Deadline[] = [];
  const renewal = rulesFor(credential, 'renewal', asOf)[0];
  if (renewal !== undefined && entry.status !== 'lapsed') {
    const due = nextFixedRenewal(asOf, renewal);
    if (due !== undefined) {
      prov.use(renewal);
      deadlines.push({ kind: 'renewal', due });
    }
  }
  return finishEntry({ credential, asOf, cycles, deadlines, prov, ...(entry.status === 'lapsed' ? { floor: 'noncompliant' as const } : {}) });
}
