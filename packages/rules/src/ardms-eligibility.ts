import type { CalendarDate } from '@modality/domain';
import { findRule } from '@modality/knowledge';
import { ardmsFiveYearDeadline } from './ardms-five-year.js';
import { isActive, Provenance, type Ctx } from './context.js';
import { credentialWords, MissingList } from './eligibility-common.js';
import type { EligibilityEntry } from './verdict.js';

export const ARDMS_ELIGIBILITY = ['ardms:RDMS', 'ardms:RDCS', 'ardms:RVT'] as const;

const passes = (ctx: Ctx, exams: readonly string[]): { exam: string; on: CalendarDate }[] =>
  (ctx.record.exams ?? [])
    .filter((x) => exams.includes(x.exam) && x.result === 'pass' && x.takenOn !== undefined && x.takenOn <= ctx.asOf)
    .map((x) => ({ exam: x.exam, on: x.takenOn ?? ctx.asOf }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));

/**
 * ARDMS eligibility for a credential on `asOf`: a prerequisite (only Prerequisite 2 is encoded), SPI and
 * one of the credential's specialty exams, both passed within the five-year rule (the rest of the year of
 * the first pass plus 5 calendar years); the rule does not apply while an ARDMS credential is held Active.
 */
export function ardmsEligibility(ctx: Ctx, credential: string): EligibilityEntry {
  const prov = new Provenance();
  const missing = new MissingList(prov);
  const asOf = ctx.asOf;
  const combo = findRule(`ardms.exams.${credential.slice(6).toLowerCase()}`, 'exam-combination', asOf);
  if (combo === undefined) return missing.entry(credential);
  prov.use(combo);
  const active = ['ardms:RDMS', 'ardms:RDCS', 'ardms:RVT', 'ardms:RMSKS'].some((c) => isActive(ctx, c));
  const spi = passes(ctx, [combo.params.physics]);
  const spec = passes(ctx, combo.params.specialties);
  const specNames = combo.params.specialties.map(credentialWords).join(', ');

  const prereq = findRule('ardms.prerequisite-2', 'program-requirement', asOf);
  if (prereq !== undefined) {
    prov.use(prereq);
    const program = (ctx.record.education ?? []).some(
      (e) =>
        e.kind === 'program' &&
        prereq.params.disciplines.includes(e.discipline) &&
        (e.approvedBy ?? []).some((a) => prereq.params.approvers.includes(a)) &&
        e.completedOn !== undefined &&
        e.completedOn <= asOf,
    );
    if (!program && !active && spec.length === 0) {
      missing.add(prereq, 'an ARDMS prerequisite: Prerequisite 2, graduation from a CAAHEP-accredited sonography program (Prerequisites 1, 3A, 3B, 4 and 5 are not encoded)', 1, 0, 'programs');
    }
  }
  if (active) {
    if (spec.length === 0) missing.add(combo, `a pass in one of ${specNames}`, 1, 0, 'exams');
    return missing.entry(credential);
  }
  const five = findRule('ardms.five-year-rule', 'exam-completion-window', asOf);
  const years = five?.params.calendarYearsAfter ?? 5;
  // Satisfied when some SPI pass and some specialty pass fall within the five-year period of the earlier one.
  const ok = spi.some((s) => spec.some((t) => (s.on < t.on ? t.on <= ardmsFiveYearDeadline(s.on, years) : s.on <= ardmsFiveYearDeadline(t.on, years))));
  if (ok) return missing.entry(credential);
  const latest = [...spi, ...spec].sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0))[0];
  if (latest === undefined || five === undefined) {
    if (spi.length === 0) missing.add(combo, `a pass in ${credentialWords(combo.params.physics)}`, 1, 0, 'exams');
    if (spec.length === 0) missing.add(combo, `a pass in one of ${specNames}`, 1, 0, 'exams');
    return missing.entry(credential);
  }
  prov.use(five);
  const deadline = ardmsFiveYearDeadline(latest.on, years);
  const other = latest.exam === combo.params.physics ? `one of ${specNames}` : credentialWords(combo.params.physics);
  if (asOf <= deadline) {
    const earlier = [...spi, ...spec].find((p) => p.exam !== latest.exam && (latest.exam === combo.params.physics) === (p.exam !== combo.params.physics));
    const note = earlier === undefined ? '' : ` (the pass of ${earlier.on} is outside the five-year period, which ended ${ardmsFiveYearDeadline(earlier.on, years)})`;
    missing.add(five, `a pass in ${other} by ${deadline}: ${credentialWords(latest.exam)} was passed ${latest.on} (five-year rule)${note}`, 1, 0, 'exams');
  } else {
    missing.add(five, `retake ${credentialWords(latest.exam)}: passed ${latest.on}, its five-year period ended ${deadline}`, 1, 0, 'exams');
    missing.add(combo, `a pass in ${other}`, 1, 0, 'exams');
  }
  return missing.entry(credential);
}
