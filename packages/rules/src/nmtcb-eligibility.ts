import { addDays, addYears } from '@modality/domain';
import { findRule } from '@modality/knowledge';
import { isActive, Provenance, type Ctx } from './context.js';
import { credentialWords, MissingList, topicWords } from './eligibility-common.js';
import type { EligibilityEntry } from './verdict.js';

/**
 * NMTCB(CT) eligibility (2016 text): an active CNMT or ARRT(N) (the current list is unconfirmed), 500
 * clinical hours in PET/CT, SPECT/CT or CT within 3 years, and 35 contact hours within 3 years with at least
 * 4 in each of contrast administration, cross-sectional anatomy, x-ray physics and CT radiation safety.
 */
export function nmtcbCtEligibility(ctx: Ctx): EligibilityEntry {
  const prov = new Provenance();
  const missing = new MissingList(prov);
  const asOf = ctx.asOf;
  const base = findRule('nmtcb.ct.base-credential', 'prerequisite-credential', asOf);
  if (base !== undefined) {
    prov.use(base);
    if (!base.params.anyOf.some((c) => isActive(ctx, c))) {
      missing.add(base, `an active ${base.params.anyOf.map(credentialWords).join(' or ')} (or CAMRT nuclear medicine) certification; NMTCB's current list may also admit radiography and radiation therapy`, 1, 0, 'credentials');
    }
  }
  const clinical = findRule('nmtcb.ct.clinical-hours', 'clinical-hours', asOf);
  if (clinical !== undefined) {
    prov.use(clinical);
    const from = addDays(addYears(asOf, -clinical.params.withinYears), 1);
    let hours = 0;
    for (const c of ctx.record.clinical ?? []) {
      const modality = c.procedure.slice(0, c.procedure.indexOf(':'));
      if (c.performedOn >= from && c.performedOn <= asOf && c.simulated !== true && clinical.params.procedurePrefixes.includes(modality)) hours += c.hours ?? 0;
    }
    if (hours < clinical.params.hours) {
      missing.add(clinical, `clinical hours in PET/CT, SPECT/CT or CT since ${from}`, clinical.params.hours, hours, 'hours');
    }
  }
  const didactic = findRule('nmtcb.ct.didactic-hours', 'didactic-hours', asOf);
  if (didactic !== undefined) {
    prov.use(didactic);
    const from = addDays(addYears(asOf, -didactic.params.withinYears), 1);
    let total = 0;
    const per = new Map<string, number>();
    for (const a of ctx.ce) {
      if (a.completedOn < from || a.completedOn > asOf) continue;
      const topics = (a.topics ?? []).filter((t) => didactic.params.topics.includes(t));
      if (topics.length === 0 && !(a.topics ?? []).includes('ct')) continue;
      const v = a.credits ?? 0;
      total += v;
      for (const t of topics) per.set(t, (per.get(t) ?? 0) + v);
    }
    if (total < didactic.params.hours) missing.add(didactic, `CT contact hours since ${from}`, didactic.params.hours, total, 'hours');
    for (const t of didactic.params.topics) {
      const have = per.get(t) ?? 0;
      if (have < didactic.params.perTopicMin) missing.add(didactic, `contact hours in ${topicWords(t)}`, didactic.params.perTopicMin, have, 'hours');
    }
  }
  return missing.entry('nmtcb:CT');
}

/** CNMT eligibility: an NMTCB-recognised nuclear medicine program, with everything met within 5 years of completing it. */
export function cnmtEligibility(ctx: Ctx): EligibilityEntry {
  const prov = new Provenance();
  const missing = new MissingList(prov);
  const rule = findRule('nmtcb.cnmt.program', 'program-eligibility', ctx.asOf);
  if (rule === undefined) return missing.entry('nmtcb:CNMT');
  prov.use(rule);
  const programs = (ctx.record.education ?? []).filter(
    (e) => e.kind === 'program' && rule.params.disciplines.includes(e.discipline) && (e.approvedBy ?? []).some((a) => rule.params.approvers.includes(a)),
  );
  const done = programs
    .map((e) => e.completedOn)
    .filter((d) => d !== undefined && d <= ctx.asOf)
    .sort()
    .at(-1);
  if (done === undefined) {
    missing.add(rule, 'a completed NMTCB-recognised nuclear medicine program (JRCNMT or CAMRT)', 1, 0, 'programs');
  } else {
    const closes = addYears(done, rule.params.withinYears);
    if (ctx.asOf > closes) missing.add(rule, `eligibility within ${rule.params.withinYears} years of completing the program (ended ${closes})`, 1, 0, 'programs');
  }
  return missing.entry('nmtcb:CNMT');
}
