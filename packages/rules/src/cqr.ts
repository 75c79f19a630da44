import { addDays, addYears } from '@modality/domain';
import type { CalendarDate } from '@modality/domain';
import type { RuleParamsByKind } from '@modality/knowledge';

/** One CQR period of a credential. */
export interface CqrPeriod {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  /** First day of the compliance window (the last `windowYears` years). */
  readonly windowOpens: CalendarDate;
  /** Last day for online reinstatement when CQR was not finished (`end` + 1 year). */
  readonly reinstateBy: CalendarDate;
}

/** Whether CQR applies to a credential: earned on or after 1 Jan 2011, or an R.R.A. (rule `arrt.cqr`). */
export function cqrApplies(credential: string, earnedOn: CalendarDate, p: RuleParamsByKind['cqr']): boolean {
  return p.alwaysFor.includes(credential) || earnedOn >= p.earnedOnOrAfter;
}

/**
 * The 10-year CQR period containing `asOf` (counted from the day the credential was earned), with its
 * window in the last 3 years and the 1-year reinstatement grace.
 *
 * @example
 * cqrPeriod(calendarDate('2016-07-01'), calendarDate('2024-01-01'), { periodYears: 10, windowYears: 3, … }, 1)
 * // { start: '2016-07-01', end: '2026-06-30', windowOpens: '2023-07-01', reinstateBy: '2027-06-30' }
 */
export function cqrPeriod(earnedOn: CalendarDate, asOf: CalendarDate, p: RuleParamsByKind['cqr'], graceYears: number): CqrPeriod {
  let start = earnedOn;
  let k = 0;
  while (addYears(earnedOn, (k + 1) * p.periodYears) <= asOf) k++;
  start = addYears(earnedOn, k * p.periodYears);
  const end = addDays(addYears(earnedOn, (k + 1) * p.periodYears), -1);
  return {
    start,
    end,
    windowOpens: addYears(start, p.periodYears - p.windowYears),
    reinstateBy: addYears(end, graceYears),
  };
}
