import { daysInMonth } from './calendar-arithmetic.js';

/**
 * A calendar date `YYYY-MM-DD` with no time and no zone. CE cycles, expiries and deadlines are days on a
 * calendar, not instants, so they are never carried as `Date`. Day arithmetic is in `calendar-arithmetic.ts`.
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

/** Parses a date, throwing on input that is not one; use {@link isCalendarDate} to test untrusted input. */
export function calendarDate(text: string): CalendarDate {
  if (!isCalendarDate(text)) throw new RangeError(`not a calendar date: ${text}`);
  return text;
}

/** Negative when `a` is before `b`, zero when equal, positive when after (ISO strings sort as dates). */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
