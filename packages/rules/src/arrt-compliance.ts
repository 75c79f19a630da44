import { addDays, addMonths, monthEnd, monthOf, monthStart, yearOf } from '@modality/domain';
import type { CalendarDate, CeActivity, DateRange } from '@modality/domain';
import { ARRT_CREDENTIALS, findRule } from '@modality/knowledge';
import { arrtBiennium, arrtFirstRegistrationEnd, arrtProbationEnd, arrtReinstatement, arrtRenewalDue } from './arrt-biennium.js';
import { isMet, measureCycle, valueActivities, type CycleSpec, type MinimumSpec, type Valuation } from './ce-cycle.js';
import { activitiesIn, holds, isActive, Provenance, type Ctx } from './context.js';
import { cqrApplies, cqrPeriod } from './cqr.js';
import { finishEntry, notApplicable, rate, type RatedCycle } from './entry.js';
import type { ComplianceEntry, ComplianceStatus, Deadline } from './verdict.js';

/** ARRT credentials the person holds, in catalogue order. */
const heldArrt = (ctx: Ctx) => ARRT_CREDENTIALS.flatMap((c) => (holds(ctx, c) ? [ctx.held.get(c)] : [])).filter((e) => e !== undefined);

/** The ARRT valuation of CE (Category A/A+ only, academic conversion, ACLS/PALS cap) on `date`. */
export function arrtValuation(date: CalendarDate, prov: Provenance): Valuation {
  const filter = findRule('arrt.ce.category-a', 'category-filter', date);
  const academic = findRule('arrt.ce.academic-credit', 'academic-conversion', date);
  const cap = findRule('arrt.ce.acls-pals', 'activity-cap', date);
  for (const r of [filter, academic, cap]) if (r !== undefined) prov.use(r);
  return {
    ...(filter === undefined ? {} : { categoryFilter: filter.params }),
    ...(academic === undefined ? {} : { academic: academic.params }),
    ...(cap === undefined ? {} : { cap: cap.params }),
  };
}

/** The biennium requirement (24, or 50 for R.R.A.s) and its minimums for this person on `date`. */
function arrtRequirement(ctx: Ctx, date: CalendarDate, prov: Provenance): { required: number; minimums: MinimumSpec[] } | undefined {
  const cycle = findRule('arrt.ce.biennium', 'ce-cycle', date);
  if (cycle === undefined) return undefined;
  prov.use(cycle);
  let required = cycle.params.required;
  const rra = findRule('arrt.ce.rra-credits', 'ce-required-override', date);
  if (rra !== undefined && rra.params.whenHolding.some((c) => holds(ctx, c))) {
    prov.use(rra);
    required = rra.params.required;
  }
  const minimums: MinimumSpec[] = [];
  for (const id of ['arrt.ce.sonography-minimum', 'arrt.ce.rra-category-a-plus']) {
    const m = findRule(id, 'topic-minimum', date);
    if (m === undefined || !(m.params.whenHolding ?? []).some((c) => holds(ctx, c))) continue;
    prov.use(m);
    minimums.push({ topic: m.params.topic, match: m.params.match, required: m.params.required, measure: m.params.measure });
  }
  return { required, minimums };
}

/** ARRT anchors: birth month, first certification, and a cycle the record gives (own entry first). */
export function arrtAnchors(ctx: Ctx, credential: string): { birthMonth: number; firstEarned: CalendarDate; given?: DateRange } | undefined {
  const list = heldArrt(ctx);
  const first = list.reduce<CalendarDate | undefined>((m, e) => (m === undefined || e.earnedOn < m ? e.earnedOn : m), undefined);
  if (first === undefined) return undefined;
  const given = ctx.held.get(credential)?.cycle ?? list.find((e) => e.cycle !== undefined)?.cycle;
  return { birthMonth: monthOf(ctx.record.person.birthDate), firstEarned: first, ...(given === undefined ? {} : { given }) };
}

/** The ARRT biennium in force on `asOf` for this person (used by Kentucky too). */
export function arrtBienniumFor(ctx: Ctx, credential: string, asOf: CalendarDate): { start: CalendarDate; end: CalendarDate } | undefined {
  const a = arrtAnchors(ctx, credential);
  const renewal = findRule('arrt.renewal.annual', 'renewal', asOf);
  const cycle = findRule('arrt.ce.biennium', 'ce-cycle', asOf);
  if (a === undefined || cycle === undefined) return undefined;
  return arrtBiennium({
    birthMonth: a.birthMonth,
    earnedOn: a.firstEarned,
    asOf,
    lengthMonths: cycle.params.lengthMonths,
    firstRegistrationMinMonths: renewal?.params.firstRegistrationMinMonths ?? 2,
    ...(a.given === undefined ? {} : { given: a.given }),
  });
}

const spec = (rule: string, start: CalendarDate, end: CalendarDate, req: { required: number; minimums: MinimumSpec[] }): CycleSpec => ({
  rule,
  start,
  end,
  required: req.required,
  minimums: req.minimums,
});

/**
 * Compliance of one ARRT credential on `asOf`: the biennium (24 credits, 50 for R.R.A.s; 16 sonography for
 * sonography holders; Category A/A+ only; academic conversion; one ACLS/PALS of up to 6; no carry-over;
 * earning a credential is not CE), the annual renewal, CE probation, reinstatement, CQR, and the supporting
 * credential a postprimary credential needs to renew.
 */
export function arrtCompliance(ctx: Ctx, credential: string): ComplianceEntry {
  const prov = new Provenance();
  const entry = ctx.held.get(credential);
  const asOf = ctx.asOf;
  if (entry === undefined || entry.status === 'retired') return notApplicable(credential, prov);
  const anchors = arrtAnchors(ctx, credential);
  const b = arrtBienniumFor(ctx, credential, asOf);
  const req = arrtRequirement(ctx, asOf, prov);
  if (anchors === undefined || b === undefined || req === undefined) return notApplicable(credential, prov);
  const renewal = findRule('arrt.renewal.annual', 'renewal', asOf);
  const valuation = arrtValuation(asOf, prov);
  const exclusion = findRule('arrt.ce.no-credit-for-credential', 'ce-exclusion', b.start);
  if (exclusion !== undefined) prov.use(exclusion);

  const cycles: RatedCycle[] = [];
  const deadlines: Deadline[] = [];
  let floor: ComplianceStatus | undefined;
  let current = activitiesIn(ctx, b.start, b.end);

  if (entry.status === 'probation') {
    const probation = findRule('arrt.ce.probation', 'probation', asOf);
    if (probation !== undefined) {
      prov.use(probation);
      const prevStart = addMonths(b.start, -24);
      const prevEnd = addDays(b.start, -1);
      const probEnd = arrtProbationEnd(prevEnd, probation.params.months);
      const prevReq = arrtRequirement(ctx, prevEnd, prov) ?? req;
      const prevSpec = spec('arrt.ce.probation', prevStart, probEnd, prevReq);
      // CE done during probation makes up the deficit first (in date order); the rest counts for the current biennium.
      const toProbation: CeActivity[] = activitiesIn(ctx, prevStart, prevEnd);
      const toCurrent: CeActivity[] = [];
      for (const a of activitiesIn(ctx, b.start, minDateOf(probEnd, b.end))) {
        const met = isMet(measureCycle(prevSpec, valueActivities(toProbation, valuation)));
        (met ? toCurrent : toProbation).push(a);
      }
      const probationCycle = measureCycle(prevSpec, valueActivities(toProbation, valuation));
      current = [...toCurrent, ...activitiesIn(ctx, addDays(minDateOf(probEnd, b.end), 1), b.end)];
      const met = isMet(probationCycle);
      cycles.push({ cycle: probationCycle, status: met ? 'compliant' : 'noncompliant' });
      if (!met) deadlines.push({ kind: 'probation-end', due: probEnd });
    }
  }
  const currentCycle = measureCycle(spec('arrt.ce.biennium', b.start, b.end, req), valueActivities(current, valuation));
  cycles.push(rate(currentCycle, asOf));

  const firstRegEnd = arrtFirstRegistrationEnd(anchors.firstEarned, anchors.birthMonth, renewal?.params.firstRegistrationMinMonths ?? 2);
  if (renewal !== undefined) prov.use(renewal);

  const cqr = findRule('arrt.cqr', 'cqr', asOf);
  const reinstatement = findRule('arrt.reinstatement', 'reinstatement', asOf);
  const cqrOn = cqr !== undefined && cqrApplies(credential, entry.earnedOn, cqr.params);
  const period = cqrOn ? cqrPeriod(entry.earnedOn, asOf, cqr.params, reinstatement?.params.cqrGraceYears ?? 1) : undefined;
  if (cqr !== undefined && period !== undefined && asOf >= period.windowOpens) {
    prov.use(cqr);
    deadlines.push({ kind: 'cqr', due: period.end });
  }

  if (entry.status === 'lapsed') {
    floor = 'noncompliant';
    if (reinstatement !== undefined) {
      prov.use(reinstatement);
      const due = arrtRenewalDue(asOf, anchors.birthMonth, firstRegEnd);
      const missed = due === firstRegEnd ? firstRegEnd : monthEnd(yearOf(due) - 1, anchors.birthMonth);
      // The renewal after a biennium reports it: the missed renewal belongs to the biennium running the month before.
      const missedB = arrtBienniumFor(ctx, credential, addDays(monthStart(yearOf(missed), monthOf(missed)), -1)) ?? b;
      const missedReq = arrtRequirement(ctx, missedB.end, prov) ?? req;
      const ceDone = isMet(measureCycle(spec('arrt.ce.biennium', missedB.start, missedB.end, missedReq), valueActivities(activitiesIn(ctx, missedB.start, missedB.end), valuation)));
      const r = arrtReinstatement({ asOf, bienniumEnd: missedB.end, ceDone }, reinstatement.params);
      if (r.until !== null) deadlines.push({ kind: 'reinstatement-online', due: r.until });
      if (cqr !== undefined && period !== undefined && period.start > entry.earnedOn) {
        const prevEnd = addDays(period.start, -1);
        const c = arrtReinstatement({ asOf, bienniumEnd: missedB.end, ceDone, cqrWindowClosedOn: prevEnd }, reinstatement.params);
        if (c.until !== null) deadlines.push({ kind: 'cqr-reinstatement', due: c.until });
      }
    }
  } else if (renewal !== undefined) {
    // A registration expiry the record gives (assigned by ARRT) wins while it is ahead.
    const due = entry.expiresOn !== undefined && entry.expiresOn >= asOf ? entry.expiresOn : arrtRenewalDue(asOf, anchors.birthMonth, firstRegEnd);
    deadlines.push({ kind: 'renewal', due });
  }

  const supportRule = findRule('arrt.renewal.supporting-category', 'prerequisite-credential', asOf);
  if (supportRule !== undefined && supportRule.credentials.includes(credential)) {
    const matrix = findRule(`arrt.postprimary.supporting-category.${credential.slice(5).toLowerCase()}`, 'supporting-credential', asOf);
    const sets = matrix?.params.anyOf ?? supportRule.params.anyOf.map((c) => [c]);
    const ok = sets.some((set) => set.every((c) => c === credential || isActive(ctx, c)));
    if (!ok) {
      prov.use(supportRule);
      if (matrix !== undefined) prov.use(matrix);
      prov.warn(`${credential} can be renewed only while a supporting credential is active (${sets.map((s) => s.join(' + ')).join(', ')})`);
      floor = 'noncompliant';
    }
  }
  return finishEntry({ credential, asOf, cycles, deadlines, prov, ...(floor === undefined ? {} : { floor }) });
}

const minDateOf = (a: CalendarDate, b: CalendarDate): CalendarDate => (a < b ? a : b);
