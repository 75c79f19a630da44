import { addMonths, diffDays, type CalendarDate } from '@modality/domain';
import type { RequirementProgress } from './progress.js';

/**
 * Modality's own heuristics for telling a program director which students may need help. They are NOT a
 * regulation of ARRT or JRCERT: they are explicit thresholds a director can read (and a later version may
 * let a program set), applied the same way to every student.
 */
export const COHORT_RISK_RULES = {
  /** The record holds no expected completion date; a program without one is assumed to last this long. */
  defaultProgramMonths: 24,
  /** "Behind pace" when the share of competencies done trails the share of program time gone by more than this. */
  paceMargin: 0.25,
  /** An exam window opening within this many days, with competencies still missing, is flagged. */
  examWindowDays: 90,
  /** No entry logged for this many days (once the program has run that long) is flagged. */
  quietDays: 28,
  /** An entry waiting this many days for a signature is flagged. */
  unsignedDays: 14,
} as const;

export type CohortRiskCode = 'behind-pace' | 'exam-window-soon' | 'no-recent-entries' | 'unsigned-waiting';

export interface CohortRisk {
  readonly code: CohortRiskCode;
  /** The reason in plain words, for the director. */
  readonly words: string;
}

/** What the dashboard knows about one current student. */
export interface StudentStanding {
  readonly programStartedOn: CalendarDate | null;
  /** When the program is expected to end; null = start + `defaultProgramMonths`. */
  readonly expectedCompletionOn: CalendarDate | null;
  readonly progress: RequirementProgress;
  /** The day of the latest logged entry, signed or not. */
  readonly lastEntryOn: CalendarDate | null;
  /** The day the oldest unsigned entry was logged, if any waits. */
  readonly oldestUnsignedOn: CalendarDate | null;
  /** The start of the next exam window with no result yet. */
  readonly nextExamWindowOn: CalendarDate | null;
}

/** Competencies done and required (patient care and imaging together); required null when a count is unconfirmed. */
export function competencyTotals(progress: RequirementProgress): { readonly done: number; readonly required: number | null } {
  const done = progress.patientCare.done + progress.imaging.done;
  const required = progress.patientCare.required === null || progress.imaging.required === null ? null : progress.patientCare.required + progress.imaging.required;
  return { done, required };
}

/** The expected completion day: the one given, else start plus the default program length. */
export function expectedCompletion(s: Pick<StudentStanding, 'programStartedOn' | 'expectedCompletionOn'>): CalendarDate | null {
  if (s.expectedCompletionOn !== null) return s.expectedCompletionOn;
  return s.programStartedOn === null ? null : addMonths(s.programStartedOn, COHORT_RISK_RULES.defaultProgramMonths);
}

/** The risks of one student on `asOf`, in a fixed order; none when nothing is wrong. Pure. */
export function cohortRisks(s: StudentStanding, asOf: CalendarDate): CohortRisk[] {
  const risks: CohortRisk[] = [];
  const totals = competencyTotals(s.progress);
  const end = expectedCompletion(s);
  if (s.programStartedOn !== null && end !== null && totals.required !== null && totals.required > 0 && end > s.programStartedOn) {
    const elapsed = Math.min(1, Math.max(0, diffDays(s.programStartedOn, asOf) / diffDays(s.programStartedOn, end)));
    const done = Math.min(1, totals.done / totals.required);
    if (!s.progress.complete && done < elapsed - COHORT_RISK_RULES.paceMargin) {
      risks.push({
        code: 'behind-pace',
        words: `Behind pace: ${totals.done} of ${totals.required} competencies signed with ${Math.round(elapsed * 100)}% of the program's time gone (expected to finish ${end}).`,
      });
    }
  }
  if (s.nextExamWindowOn !== null && !s.progress.complete) {
    const days = diffDays(asOf, s.nextExamWindowOn);
    if (days >= 0 && days <= COHORT_RISK_RULES.examWindowDays) {
      const missing = totals.required === null ? 'requirements not yet met' : `${Math.max(0, totals.required - totals.done)} competencies still missing`;
      risks.push({ code: 'exam-window-soon', words: `Exam window opens ${s.nextExamWindowOn} (in ${days} days) with ${missing}.` });
    }
  }
  const quietSince = s.lastEntryOn ?? s.programStartedOn;
  if (quietSince !== null && diffDays(quietSince, asOf) > COHORT_RISK_RULES.quietDays) {
    risks.push({
      code: 'no-recent-entries',
      words: s.lastEntryOn === null ? `No procedure logged since the program started on ${quietSince}.` : `No procedure logged since ${quietSince} (${diffDays(quietSince, asOf)} days).`,
    });
  }
  if (s.oldestUnsignedOn !== null && diffDays(s.oldestUnsignedOn, asOf) > COHORT_RISK_RULES.unsignedDays) {
    risks.push({ code: 'unsigned-waiting', words: `An entry logged on ${s.oldestUnsignedOn} is still waiting for a signature.` });
  }
  return risks;
}
