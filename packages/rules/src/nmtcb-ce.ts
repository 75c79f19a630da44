import { addDays, addMonths, monthOf, monthStart, yearOf } from '@modality/domain';
import type { CalendarDate } from '@modality/domain';
import { findRule } from '@modality/knowledge';
import { measureCycle, periodContaining, valueActivities, type MinimumSpec } from './ce-cycle.js';
import { activitiesIn, holds, Provenance, type Ctx } from './context.js';
import { finishEntry, notApplicable, rate } from './entry.js';
import type { ComplianceEntry } from './verdict.js';

const NMTCB = ['nmtcb:CNMT', 'nmtcb:CT', 'nmtcb:PET'];

/**
 * The NMTCB CE cycle in force on `asOf`: the record's cycle when given (shifted by whole cycles), otherwise
 * two-year cycles ending on the last day of the month before the birth month, placed from the first birth
 * month after the first NMTCB credential (`inferred`: the first, pro-rated cycle is not encoded).
 */
export function nmtcbCycle(ctx: Ctx, asOf: CalendarDate): { start: CalendarDate; end: CalendarDate; inferred: boolean } | undefined {
  const list = NMTCB.flatMap((c) => {
    const e = ctx.held.get(c);
    return e === undefined ? [] : [e];
  });
  if (list.length === 0) return undefined;
  const given = list.find((e) => e.cycle !== undefined)?.cycle;
  if (given !== undefined) {
    if (asOf >= given.start && asOf <= given.end) return { start: given.start, end: given.end, inferred: false };
    return { ...periodContaining(given.start, 24, asOf), inferred: false };
  }
  const first = list.reduce((m, e) => (e.earnedOn < m ? e.earnedOn : m), list[0]?.earnedOn ?? asOf);
  const bm = monthOf(ctx.record.person.birthDate);
  let start = monthStart(yearOf(first), bm);
  if (start <= first) start = monthStart(yearOf(first) + 1, bm);
  if (asOf < start) return { start, end: addDays(addMonths(start, 24), -1), inferred: true };
  return { ...periodContaining(start, 24, asOf), inferred: true };
}

/** Compliance of a CNMT (24 hours; 12 CT-specific inside them for NMTCB(CT) holders) or an NMTCB(CT) (12 CT hours). */
export function nmtcbCompliance(ctx: Ctx, credential: string): ComplianceEntry {
  const prov = new Provenance();
  const asOf = ctx.asOf;
  const entry = ctx.held.get(credential);
  if (entry === undefined || entry.status === 'retired') return notApplicable(credential, prov);
  const id = credential === 'nmtcb:CNMT' ? 'nmtcb.ce.cnmt' : credential === 'nmtcb:CT' ? 'nmtcb.ce.ct' : undefined;
  const rule = id === undefined ? undefined : findRule(id, 'ce-cycle', asOf);
  if (rule === undefined) return notApplicable(credential, prov, `no CE rule is encoded for ${credential}`);
  const c = nmtcbCycle(ctx, asOf);
  if (c === undefined) return notApplicable(credential, prov);
  prov.use(rule);
  if (c.inferred) {
    const first = findRule('nmtcb.ce.first-cycle', 'ce-cycle', asOf);
    if (first !== undefined) prov.use(first);
  }
  const minimums: MinimumSpec[] = [];
  let acts = activitiesIn(ctx, c.start, c.end);
  if (credential === 'nmtcb:CNMT') {
    const m = findRule('nmtcb.ce.ct-minimum', 'topic-minimum', asOf);
    if (m !== undefined && (m.params.whenHolding ?? []).some((x) => holds(ctx, x))) {
      prov.use(m);
      minimums.push({ topic: m.params.topic, match: m.params.match, required: m.params.required, measure: m.params.measure });
    }
  } else {
    // NMTCB(CT): only CT-specific hours count toward its 12.
    acts = acts.filter((a) => (a.topics ?? []).includes('ct'));
  }
  const cycle = measureCycle({ rule: rule.id, start: c.start, end: c.end, required: rule.params.required, minimums }, valueActivities(acts, {}));
  return finishEntry({ credential, asOf, cycles: [rate(cycle, asOf)], deadlines: [], prov, ...(entry.status === 'lapsed' ? { floor: 'noncompliant' as const } : {}) });
}
