import { addMonths } from '@modality/domain';
import type { CalendarDate } from '@modality/domain';
import { findRule, rulesFor } from '@modality/knowledge';
import { baseValue } from './ce-cycle.js';
import { isActive, Provenance, type Ctx } from './context.js';
import { credentialWords, MissingList, topicWords } from './eligibility-common.js';
import { attemptsMissing } from './primary-eligibility.js';
import { evaluatePostprimaryLog } from './postprimary-log.js';
import type { EligibilityEntry } from './verdict.js';

/** Postprimary credentials (MR and VS are also primary). */
export const ARRT_POSTPRIMARY = ['arrt:CT', 'arrt:M', 'arrt:BD', 'arrt:VI', 'arrt:CI', 'arrt:BS', 'arrt:MR', 'arrt:VS'] as const;

const supportingRuleId = (credential: string): string => `arrt.postprimary.supporting-category.${credential.slice(5).toLowerCase()}`;

/** The supporting-category sets of a postprimary credential on `date` (each set held in full). */
export function supportingSets(credential: string, date: CalendarDate): readonly (readonly string[])[] {
  return findRule(supportingRuleId(credential), 'supporting-credential', date)?.params.anyOf ?? [];
}

/**
 * The day the 24-month windows are measured back from: the start of an assigned exam window (procedures and
 * education are locked in then), otherwise `asOf` (applying today).
 */
function referenceDate(ctx: Ctx, credential: string): CalendarDate {
  let ref: CalendarDate | undefined;
  for (const x of ctx.record.exams ?? []) {
    if (x.exam === credential && x.windowStart !== undefined && x.windowStart <= ctx.asOf && (ref === undefined || x.windowStart < ref)) ref = x.windowStart;
  }
  return ref ?? ctx.asOf;
}

/**
 * ARRT postprimary eligibility on `asOf`: an active supporting-category credential (the matrix), 16 hours
 * of structured education for the credential with at least 1 credit in each content category where the
 * categories are sourced, both within the 24 months before applying; documented clinical procedures in that
 * window (ARRT's counts are unconfirmed and not encoded); three attempts in three years.
 */
export function postprimaryEligibility(ctx: Ctx, credential: string): EligibilityEntry {
  const prov = new Provenance();
  const missing = new MissingList(prov);
  const asOf = ctx.asOf;
  const support = findRule(supportingRuleId(credential), 'supporting-credential', asOf);
  if (support !== undefined) {
    prov.use(support);
    const ok = support.params.anyOf.some((set) => set.every((c) => isActive(ctx, c)));
    if (!ok) {
      const names = support.params.anyOf.map((s) => s.map(credentialWords).join(' + ')).join(', ');
      missing.add(support, `an active supporting-category credential: one of ${names}`, 1, 0, 'credentials');
    }
  }
  const ref = referenceDate(ctx, credential);
  const se = rulesFor(credential, 'structured-education', asOf)[0];
  if (se !== undefined) {
    prov.use(se);
    const from = addMonths(ref, -se.params.withinMonths);
    const academic = findRule('arrt.ce.academic-credit', 'academic-conversion', asOf);
    let total = 0;
    const byCategory = new Map<string, number>();
    for (const a of ctx.ce) {
      if (a.completedOn < from || a.completedOn > ref || a.forCredential !== credential) continue;
      if (a.kind !== 'structured-education' && a.kind !== 'academic') continue;
      const v = baseValue(a, academic === undefined ? {} : { academic: academic.params });
      total += v;
      if (a.contentCategory !== undefined) {
        const key = a.contentCategory.toLowerCase();
        byCategory.set(key, (byCategory.get(key) ?? 0) + v);
      }
    }
    if (total < se.params.hours) {
      missing.add(se, `structured education in the discipline within the ${se.params.withinMonths} months before applying (since ${from})`, se.params.hours, total, 'credits');
    }
    for (const cat of se.params.categories ?? []) {
      const have = byCategory.get(cat.toLowerCase()) ?? 0;
      if (have < se.params.perCategoryMin) missing.add(se, `structured education in ${topicWords(cat)}`, se.params.perCategoryMin, have, 'credits');
    }
  }
  const cw = rulesFor(credential, 'clinical-window', asOf)[0];
  if (cw !== undefined) {
    prov.use(cw);
    const from = addMonths(ref, -cw.params.withinMonths);
    let count = 0;
    for (const c of ctx.record.clinical ?? []) {
      if (c.performedOn < from || c.performedOn > ref || c.simulated === true) continue;
      const modality = c.procedure.slice(0, c.procedure.indexOf(':'));
      if (cw.params.procedurePrefixes.includes(modality)) count += c.count ?? 1;
    }
    const logged = ctx.postprimaryLog === undefined ? undefined : evaluatePostprimaryLog(credential, ctx.postprimaryLog, ref);
    // The log decides when it holds entries for the discipline, or when the record documents none either.
    if (logged !== undefined && (logged.counted > 0 || logged.waiting > 0 || count === 0)) {
      if (logged.met !== true) missing.addLogged(cw, logged.words, logged.required, logged.counted, 'procedures');
    } else if (count === 0) {
      missing.addUncounted(
        cw,
        `documented clinical procedures in the discipline, performed within the ${cw.params.withinMonths} months before applying — ARRT's number is not confirmed here; see ARRT's Clinical Experience Requirements`,
        'procedures',
      );
    }
  }
  attemptsMissing(ctx, credential, undefined, missing, 'repeat the clinical experience and structured education, with all procedures within the 2 years before the new application');
  return missing.entry(credential);
}
