import { yearOf, ymd } from '@modality/domain';
import type { CalendarDate } from '@modality/domain';

/**
 * ARDMS five-year rule (rule `ardms.five-year-rule`): the period starts on the day the first exam is
 * passed and covers the rest of that calendar year plus the next `calendarYearsAfter` calendar years.
 *
 * @example
 * ardmsFiveYearDeadline(calendarDate('2011-06-06'), 5) // '2016-12-31'
 */
export function ardmsFiveYearDeadline(firstPass: CalendarDate, calendarYearsAfter: number): CalendarDate {
  return ymd(yearOf(firstPass) + calendarYearsAfter, 12, 31);
}
