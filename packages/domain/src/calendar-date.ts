import { Temporal } from 'temporal-polyfill';

/**
 * A calendar date `YYYY-MM-DD` with no time and no zone. CE cycles, expiries and deadlines are days on a
 * calendar, not instants, so they are never carried as `Date`.
 */
export type CalendarDate = string & { readonly __brand: 'CalendarDate' };

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks that `text` is a real calendar date in `YYYY-MM-DD` form.
 *
 * @example
 * isCalendarDate('2024-02-29') // true
 * isCalendarDate('2026-02-30') // false: February has no 30th
 */
export function isCalendarDate(text: string): text is CalendarDate {
  if (!SHAPE.test(text)) return false;
  // Plain arithmetic rather than Temporal: this runs for every date of every record on import and export.
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses a date, throwing on input that is not one; use {@link isCalendarDate} to test untrusted input. */
export function calendarDate(text: string): CalendarDate {
  if (!isCalendarDate(text)) throw new RangeError(`not a calendar date: ${text}`);
  return text;
}

/** Negative when `a` is before `b`, zero when equal, positive when after (ISO strings sort as dates). */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Adds whole days, months or years, clamping to the end of shorter months (Jan 31 + 1 month = Feb 28/29). */
export function addToDate(
  date: CalendarDate,
  amount: { days?: number; months?: number; years?: number },
): CalendarDate {
  return Temporal.PlainDate.from(date).add(amount).toString() as CalendarDate;
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Temporal.PlainDate.from(a).until(Temporal.PlainDate.from(b), { largestUnit: 'days' }).days;
}

/** The last day of the month that `date` falls in. */
export function endOfMonth(date: CalendarDate): CalendarDate {
  const d = Temporal.PlainDate.from(date);
  return d.with({ day: d.daysInMonth }).toString() as CalendarDate;
}
