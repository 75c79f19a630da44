import { addMonths, addYears } from '@modality/domain';
import type { CalendarDate, EducationEntry } from '@modality/domain';
import { ARRT_PRIMARY_DISCIPLINES, findRule } from '@modality/knowledge';
import { Provenance, type Ctx } from './context.js';
import { MissingList, topicWords } from './eligibility-common.js';
import { examAttempts } from './exam-attempts.js';
import type { EligibilityEntry } from './verdict.js';

const isPrimary = (c: string): c is keyof typeof ARRT_PRIMARY_DISCIPLINES => c in ARRT_PRIMARY_DISCIPLINES;
export const isArrtPrimary = (c: string): boolean => isPrimary(c);

/** The program an ARRT primary application rests on: the latest completed ARRT-approved one in the discipline. */
export function primaryProgram(ctx: Ctx, credential: string): EducationEntry | undefined {
  if (!isPrimary(credential)) return undefined;
  const discipline = ARRT_PRIMARY_DISCIPLINES[credential];
  let best: EducationEntry | undefined;
  for (const e of ctx.record.education ?? []) {
    if (e.kind !== 'program' || e.discipline !== discipline || !(e.approvedBy ?? []).includes('arrt')) continue;
    if (best === undefined || (e.completedOn ?? '9999-12-31') > (best.completedOn ?? '9999-12-31')) best = e;
  }
  return best;
}

/**
 * ARRT primary-pathway eligibility on `asOf` (the day of applying): an ARRT-approved program in the same
 * discipline; an associate degree or higher for programs completed on or after 1 Jan 2015 (Australian,
 * Canadian and British degrees count; other foreign degrees need an evaluation), earned within 3 years of
 * the program from 2025; eligibility established within 3 years of completing the program (5 before 2013);
 * three attempts in three years.
 */
export function primaryEligibility(ctx: Ctx, credential: string): EligibilityEntry {
  const prov = new Provenance();
  const missing = new MissingList(prov);
  const asOf = ctx.asOf;
  if (!isPrimary(credential)) return missing.entry(credential);
  const discipline = ARRT_PRIMARY_DISCIPLINES[credential];
  const programRule = findRule('arrt.primary.program', 'program-requirement', asOf);
  const program = primaryProgram(ctx, credential);
  const done = program?.completedOn !== undefined && program.completedOn <= asOf ? program.completedOn : undefined;
  if (programRule !== undefined) {
    prov.use(programRule);
    if (program === undefined) {
      const other = (ctx.record.education ?? []).find((e) => e.kind === 'program' && e.discipline === discipline);
      const why = other === undefined ? '' : ` (the ${other.country} program on record is not ARRT-approved; work experience does not replace it)`;
      missing.add(programRule, `an ARRT-approved educational program in ${topicWords(discipline)}${why}`, 1, 0, 'programs');
    } else if (done === undefined) {
      const expected = program.completedOn;
      const from = expected === undefined ? '' : `; the application may be submitted from ${addMonths(expected, -3)}`;
      missing.add(programRule, `completion of the ARRT-approved ${topicWords(discipline)} program${expected === undefined ? '' : ` (expected ${expected})`}${from}`, 1, 0, 'programs');
    }
  }

  // Degree: for programs completed on or after 1 Jan 2015 (or not yet completed).
  const degreeRule = findRule('arrt.primary.degree', 'degree-requirement', asOf);
  if (degreeRule !== undefined && (done === undefined || done >= degreeRule.params.forProgramsCompletedOnOrAfter)) {
    prov.use(degreeRule);
    const p = degreeRule.params;
    const degrees = (ctx.record.education ?? []).filter((e) => p.awards.includes(e.award) && e.completedOn !== undefined && e.completedOn <= asOf);
    const counted = degrees.filter((e) => e.country === p.homeCountry || p.recognisedCountries.includes(e.country));
    if (counted.length === 0) {
      const foreign = degrees[0];
      const what =
        foreign === undefined
          ? 'an associate degree or higher (any subject), earned before the exam'
          : `an associate degree or higher that counts: a degree from ${foreign.country} needs an evaluation by an AICE or NACES member (degrees from Australia, Canada and Great Britain count as they are)`;
      missing.add(degreeRule, what, 1, 0, 'degrees');
    } else if (done !== undefined) {
      const timing = findRule('arrt.primary.degree-timing', 'degree-timing', asOf);
      if (timing !== undefined) {
        const by = addYears(done, timing.params.withinYearsAfterProgram);
        if (!counted.some((e) => (e.completedOn ?? '9999-12-31') <= by)) {
          missing.add(timing, `the degree earned within ${timing.params.withinYearsAfterProgram} years after completing the program (by ${by})`, 1, 0, 'degrees');
        }
      }
    }
  }

  // Three-year (five before 2013) window from program completion to an assigned exam window.
  const exams = ctx.record.exams ?? [];
  if (done !== undefined) {
    const window = findRule('arrt.primary.eligibility-window', 'eligibility-window', done);
    if (window !== undefined) {
      prov.use(window);
      const closes = addYears(done, window.params.years);
      const established = exams.some((x) => x.exam === credential && x.windowStart !== undefined && x.windowStart >= addMonths(done, -3) && x.windowStart <= closes);
      if (!established && asOf > closes) {
        missing.add(window, `eligibility established within ${window.params.years} years of completing the program (closed ${closes}): requalify with a new ARRT-approved program and the degree`, 1, 0, 'programs');
      }
    }
  }
  attemptsMissing(ctx, credential, done, missing, 'complete the same or another educational program');
  return missing.entry(credential);
}

/** Adds the "three attempts in three years" item when the candidate has run out. */
export function attemptsMissing(ctx: Ctx, credential: string, since: CalendarDate | undefined, missing: MissingList, remedy: string): void {
  const rule = findRule('arrt.exam.attempts', 'attempt-limit', ctx.asOf);
  if (rule === undefined) return;
  const s = examAttempts(ctx.record.exams ?? [], credential, ctx.asOf, since, rule.params);
  if (s.periodStart === undefined || s.passed || s.open) return;
  const why = s.failures >= rule.params.attempts ? `${s.failures} of ${rule.params.attempts} attempts used` : `the 3-year exam period ended ${s.periodEnd ?? ''}`;
  missing.add(rule, `an exam attempt (${why}): ${remedy}`, 1, 0, 'attempts');
}
