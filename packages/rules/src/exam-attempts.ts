import { addDays, addYears } from '@modality/domain';
import type { CalendarDate, ExamEntry } from '@modality/domain';
import type { RuleParamsByKind } from '@modality/knowledge';

/** Where a candidate stands under "three attempts in three years" (rule `arrt.exam.attempts`). */
export interface AttemptStatus {
  readonly passed: boolean;
  readonly failures: number;
  /** Start of the first exam window (the 3-year period starts here), if any. */
  readonly periodStart?: CalendarDate;
  /** Last day of the 3-year period. */
  readonly periodEnd?: CalendarDate;
  /** Whether the candidate may still attempt the exam on `asOf`. */
  readonly open: boolean;
}

/**
 * Counts attempts at `exam` after `since` (a new program restarts the count): eligibility ends at the third
 * failure or when 3 years have passed from the start of the first exam window, whichever comes first.
 *
 * @example
 * examAttempts(exams, 'arrt:R', calendarDate('2026-01-01'), undefined, { attempts: 3, years: 3 })
 * // three fails since a first window on 2023-02-01 → { failures: 3, open: false, periodEnd: '2026-01-31', … }
 */
export function examAttempts(
  exams: readonly ExamEntry[],
  exam: string,
  asOf: CalendarDate,
  since: CalendarDate | undefined,
  p: RuleParamsByKind['attempt-limit'],
): AttemptStatus {
  let first: CalendarDate | undefined;
  let failures = 0;
  let passed = false;
  for (const x of exams) {
    if (x.exam !== exam) continue;
    const start = x.windowStart ?? x.takenOn;
    if (start === undefined || start > asOf || (since !== undefined && start < since)) continue;
    if (first === undefined || start < first) first = start;
    if (x.result === 'fail' && x.takenOn !== undefined && x.takenOn <= asOf) failures++;
    if (x.result === 'pass' && x.takenOn !== undefined && x.takenOn <= asOf) passed = true;
  }
  if (first === undefined) return { passed, failures, open: !passed };
  const periodEnd = addDays(addYears(first, p.years), -1);
  const open = !passed && failures < p.attempts && asOf <= periodEnd;
  return { passed, failures, periodStart: first, periodEnd, open };
}
