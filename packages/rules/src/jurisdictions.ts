import { addDays, addMonths, diffDays } from '@modality/domain';
import type { CalendarDate, CredentialEntry } from '@modality/domain';
import { findRule, rulesFor, type Rule } from '@modality/knowledge';
import { arrtBienniumFor } from './arrt-compliance.js';
import { measureCycle, valueActivities, type MinimumSpec } from './ce-cycle.js';
import { activitiesIn, holds, isActive, Provenance, type Ctx } from './context.js';
import { finishEntry, notApplicable, rate } from './entry.js';
import { nmtcbCycle } from './nmtcb-ce.js';
import type { ComplianceEntry, ComplianceStatus, Deadline } from './verdict.js';

/** The CE cycle of a licence that runs to its expiry: the record's cycle, or the months before `expiresOn`. */
export function expiryCycle(entry: CredentialEntry, lengthMonths: number): { start: CalendarDate; end: CalendarDate } | undefined {
  if (entry.cycle !== undefined) return { start: entry.cycle.start, end: entry.cycle.end };
  if (entry.expiresOn !== undefined) return { start: addDays(addMonths(entry.expiresOn, -lengthMonths), 1), end: entry.expiresOn };
  return undefined;
}

const CE_CYCLE_ID: Readonly<Record<string, string>> = {
  'us-ca:crt-diagnostic': 'us-ca.ce.crt',
  'us-ca:crt-mammographic': 'us-ca.ce.crt',
  'us-ca:fluoroscopy-permit': 'us-ca.ce.crt',
  'us-ny:radiography': 'us-ny.ce.registration',
  'us-tx:mrt': 'us-tx.ce.mrt',
  'us-fl:radiographer': 'us-fl.ce.biennial',
  'us-ky:radiography': 'us-ky.ce.biennium',
};

/** Whether the engine has CE rules for this US state licence. */
export const isStateLicence = (code: string): boolean => code in CE_CYCLE_ID;

/**
 * Compliance of a US state licence: California CRT (24 with 4 digital; 10 mammography with the mammographic
 * certificate; 4 fluoroscopy safety with the permit; both need an active Diagnostic CRT), New York (12 hours
 * a year of the registration; first registration waived), Texas (24 with 12 direct; the human-trafficking
 * course), Florida (12 with 9 technical and 1 HIV/AIDS), Kentucky (24 in the ARRT/NMTCB biennium).
 */
export function stateCompliance(ctx: Ctx, credential: string): ComplianceEntry {
  const prov = new Provenance();
  const asOf = ctx.asOf;
  const entry = ctx.held.get(credential);
  const id = CE_CYCLE_ID[credential];
  if (entry === undefined || entry.status === 'retired' || id === undefined) return notApplicable(credential, prov);
  const rule = findRule(id, 'ce-cycle', asOf);
  if (rule === undefined) return notApplicable(credential, prov);
  prov.use(rule);

  let cycle: { start: CalendarDate; end: CalendarDate } | undefined;
  if (rule.params.anchor.type === 'follows-credential-cycle') {
    cycle = entry.cycle ?? arrtBienniumFor(ctx, 'arrt:R', asOf) ?? nmtcbCycle(ctx, asOf);
  } else {
    cycle = expiryCycle(entry, rule.params.lengthMonths);
  }
  if (cycle === undefined) {
    const what = rule.params.anchor.type === 'follows-credential-cycle' ? 'an ARRT or NMTCB credential, or the cycle' : 'the expiry date (expiresOn) or the cycle';
    return notApplicable(credential, prov, `${credential}: the record lacks ${what}, so the CE cycle cannot be placed`);
  }

  let required = rule.params.required;
  if (rule.params.requiredPerYear !== undefined) {
    const years = Math.max(1, Math.round((diffDays(cycle.start, cycle.end) + 1) / 365.25));
    required = rule.params.requiredPerYear * years;
  }
  const minimums: MinimumSpec[] = [];
  const waiver = findRule('us-ny.ce.first-registration', 'first-registration-waiver', asOf);
  const waived = waiver !== undefined && waiver.credentials.includes(credential) && entry.earnedOn >= cycle.start;
  if (waived) {
    prov.use(waiver);
    required = 0;
  } else {
    for (const m of rulesFor(credential, 'topic-minimum', asOf)) {
      if (m.params.whenHolding !== undefined && !m.params.whenHolding.some((c) => holds(ctx, c))) continue;
      prov.use(m);
      minimums.push({ topic: m.params.topic, match: m.params.match, required: m.params.required, measure: m.params.measure });
    }
  }
  const measured = measureCycle({ rule: rule.id, start: cycle.start, end: cycle.end, required, minimums }, valueActivities(activitiesIn(ctx, cycle.start, cycle.end), {}));

  let floor: ComplianceStatus | undefined = entry.status === 'lapsed' ? 'noncompliant' : undefined;
  for (const p of rulesFor(credential, 'prerequisite-credential', asOf)) {
    if (p.params.anyOf.some((c) => isActive(ctx, c))) continue;
    prov.use(p);
    prov.warn(`${credential} needs an active ${p.params.anyOf.join(' or ')}`);
    floor = 'noncompliant';
  }
  if (entry.expiresOn !== undefined && entry.expiresOn < asOf && entry.status !== 'lapsed') {
    prov.warn(`${credential} expired on ${entry.expiresOn} by the record; give the new expiry once renewed`);
  }
  const deadlines: Deadline[] = [];
  const renewal: Rule<'renewal'> | undefined = rulesFor(credential, 'renewal', asOf)[0];
  if (renewal !== undefined && renewal.params.due.type === 'expiry' && entry.status !== 'lapsed') {
    const due = entry.expiresOn ?? entry.cycle?.end;
    if (due !== undefined) {
      prov.use(renewal);
      deadlines.push({ kind: 'renewal', due });
    }
  }
  return finishEntry({ credential, asOf, cycles: [rate(measured, asOf)], deadlines, prov, ...(floor === undefined ? {} : { floor }) });
}
