import { yearOf, ymd } from '@modality/domain';
import type { CalendarDate, DateRange } from '@modality/domain';
import { ARDMS_SPECIALTY_EXAMS, findRule, type Rule } from '@modality/knowledge';
import { measureCycle, periodContaining, valueActivities, type MinimumSpec } from './ce-cycle.js';
import { activitiesIn, holds, Provenance, type Ctx } from './context.js';
import { finishEntry, notApplicable, rate } from './entry.js';
import type { ComplianceEntry, Deadline } from './verdict.js';

/**
 * The ARDMS CME period containing `asOf`. The first period follows the rest of the year in which the first
 * credential was earned (first credential in 2014 → 1 Jan 2015 – 31 Dec 2017); then every 3 years. Before
 * the first period starts, the first period is returned. A cycle in the record wins.
 *
 * @example
 * ardmsCmePeriod(calendarDate('2014-09-15'), calendarDate('2016-03-01')) // { start: '2015-01-01', end: '2017-12-31' }
 */
export function ardmsCmePeriod(firstEarned: CalendarDate, asOf: CalendarDate, lengthMonths = 36, given?: DateRange): { start: CalendarDate; end: CalendarDate } {
  if (given !== undefined) {
    if (asOf >= given.start && asOf <= given.end) return { start: given.start, end: given.end };
    return periodContaining(given.start, lengthMonths, asOf);
  }
  const first = ymd(yearOf(firstEarned) + 1, 1, 1);
  if (asOf < first) return periodContaining(first, lengthMonths, first);
  return periodContaining(first, lengthMonths, asOf);
}

const SONOGRAPHER = ['ardms:RDMS', 'ardms:RDCS', 'ardms:RVT', 'ardms:RMSKS'];
const PHYSICIAN = ['apca:RPVI', 'apca:RMSK'];

/**
 * Compliance of an ARDMS (or APCA) credential: 30 CME per 3-year period, the MSK and vascular variants,
 * the 15-CME waiver in a period in which a new credential or specialty is earned, and the 31 December renewal.
 */
export function ardmsCompliance(ctx: Ctx, credential: string): ComplianceEntry {
  const prov = new Provenance();
  const asOf = ctx.asOf;
  const entry = ctx.held.get(credential);
  if (entry === undefined || entry.status === 'retired') return notApplicable(credential, prov);
  const group = PHYSICIAN.includes(credential) ? PHYSICIAN : SONOGRAPHER;
  let cycleRule: Rule<'ce-cycle'> | undefined;
  if (credential === 'apca:RPVI') cycleRule = findRule('apca.cme.rpvi', 'ce-cycle', asOf);
  else if (credential === 'apca:RMSK') cycleRule = findRule('apca.cme.rmsk', 'ce-cycle', asOf);
  else {
    cycleRule = findRule('ardms.cme.period', 'ce-cycle', asOf);
    // RMSKS shares the period only alongside RDMS, RDCS or RVT; alone it has no sourced amount.
    if (credential === 'ardms:RMSKS' && !['ardms:RDMS', 'ardms:RDCS', 'ardms:RVT'].some((c) => holds(ctx, c))) {
      return notApplicable(credential, prov, 'no CME amount is sourced for RMSKS held alone; not evaluated');
    }
  }
  if (cycleRule === undefined) return notApplicable(credential, prov);
  prov.use(cycleRule);
  const heldGroup = group.flatMap((c) => {
    const e = ctx.held.get(c);
    return e !== undefined && e.earnedOn <= asOf ? [e] : [];
  });
  const firstEarned = heldGroup.reduce((m, e) => (e.earnedOn < m ? e.earnedOn : m), entry.earnedOn);
  const given = entry.cycle ?? heldGroup.find((e) => e.cycle !== undefined)?.cycle;
  const p = ardmsCmePeriod(firstEarned, asOf, cycleRule.params.lengthMonths, given);

  let required = cycleRule.params.required;
  const waiver = findRule('ardms.cme.waiver', 'cme-waiver', asOf);
  if (waiver !== undefined) {
    const newCredential = heldGroup.some((e) => e.earnedOn >= p.start && e.earnedOn <= p.end);
    const newSpecialty = (ctx.record.exams ?? []).some(
      (x) => x.result === 'pass' && x.takenOn !== undefined && x.takenOn >= p.start && x.takenOn <= p.end && x.takenOn <= asOf && (ARDMS_SPECIALTY_EXAMS as readonly string[]).includes(x.exam),
    );
    if (newCredential || newSpecialty) {
      prov.use(waiver);
      required = Math.max(0, required - waiver.params.waived);
    }
  }
  const minimums: MinimumSpec[] = [];
  const minIds = credential === 'apca:RPVI' ? ['apca.cme.rpvi-vascular'] : credential === 'apca:RMSK' ? ['apca.cme.rmsk-msk'] : ['ardms.cme.msk-minimum'];
  for (const id of minIds) {
    const m = findRule(id, 'topic-minimum', asOf);
    if (m === undefined) continue;
    if (m.params.whenHolding !== undefined && !m.params.whenHolding.some((c) => holds(ctx, c))) continue;
    prov.use(m);
    minimums.push({ topic: m.params.topic, match: m.params.match, required: Math.min(m.params.required, required), measure: m.params.measure });
  }
  const cycle = measureCycle({ rule: cycleRule.id, start: p.start, end: p.end, required, minimums }, valueActivities(activitiesIn(ctx, p.start, p.end), {}));
  const deadlines: Deadline[] = [];
  const renewal = group === SONOGRAPHER ? findRule('ardms.renewal.annual', 'renewal', asOf) : undefined;
  if (renewal !== undefined && entry.status !== 'lapsed') {
    prov.use(renewal);
    deadlines.push({ kind: 'renewal', due: ymd(yearOf(asOf), 12, 31) });
  }
  return finishEntry({ credential, asOf, cycles: [rate(cycle, asOf)], deadlines, prov, ...(entry.status === 'lapsed' ? { floor: 'noncompliant' as const } : {}) });
}
