import type { CalendarDate } from './calendar-date.js';

/*
 * Arithmetic on calendar dates, proleptic Gregorian, as integer math on the `YYYY-MM-DD` text: the rules
 * engine runs it for every cycle and deadline of every record, and matching turns dates into day numbers
 * for its typed arrays, so it must not allocate a Temporal object per call. `calendar-arithmetic.test.ts`
 * checks every function against Temporal.PlainDate over random dates from 1900 to 2200.
 */

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * Builds a date from its parts, without validation: callers pass a year of 1 to 9999, a month of 1 to 12
 * and a day that exists in that month.
 *
 * @example
 * ymd(2026, 2, 3) // '2026-02-03'
 */
export function ymd(year: number, month: number, day: number): CalendarDate {
  if (year < 1000) return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}` as CalendarDate;
  return `${year}-${pad2(month)}-${pad2(day)}` as CalendarDate;
}

/** The year of a date, e.g. `2026` for `'2026-02-03'`. */
export const yearOf = (date: CalendarDate): number => Number(date.slice(0, 4));
/** The month of a date, 1 to 12. */
export const monthOf = (date: CalendarDate): number => Number(date.slice(5, 7));
/** The day of the month of a date, 1 to 31. */
export const dayOf = (date: CalendarDate): number => Number(date.slice(8, 10));

/** Whether `year` has a 29 February (every fourth year, but not centuries unless divisible by 400). */
export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Days in month `month` (1–12) of `year`.
 *
 * @example
 * daysInMonth(2024, 2) // 29
 * daysInMonth(1900, 2) // 28
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The day number of a date: whole days since 1970-01-01, negative before it (Howard Hinnant's
 * days-from-civil, which needs no `Date` and no table).
 *
 * @example
 * toEpochDay('1970-01-02') // 1
 * toEpochDay('2020-01-01') // 18262
 */
export function toEpochDay(date: CalendarDate): number {
  const m = monthOf(date);
  const y = yearOf(date) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + dayOf(date) - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The date of a day number (the inverse of {@link toEpochDay}).
 *
 * @example
 * fromEpochDay(18262) // '2020-01-01'
 */
export function fromEpochDay(n: number): CalendarDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return ymd(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

/**
 * Adds whole days (negative to go back).
 *
 * @example
 * addDays('2024-02-28', 2) // '2024-03-01'
 */
export const addDays = (date: CalendarDate, days: number): CalendarDate => fromEpochDay(toEpochDay(date) + days);

/**
 * Adds whole months, clamping the day to the end of a shorter month.
 *
 * @example
 * addMonths('2024-01-31', 1) // '2024-02-29'
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const total = yearOf(date) * 12 + (monthOf(date) - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return ymd(y, m, Math.min(dayOf(date), daysInMonth(y, m)));
}

/**
 * Adds whole years, clamping 29 February to the 28th in a common year.
 *
 * @example
 * addYears('2024-02-29', 1) // '2025-02-28'
 */
export const addYears = (date: CalendarDate, years: number): CalendarDate => addMonths(date, years * 12);

/**
 * Adds years and months (together, clamping once), then days: the order Temporal's `PlainDate.add` uses.
 *
 * @example
 * addToDate('2024-01-31', { months: 1, days: 1 }) // '2024-03-01'
 */
export function addToDate(date: CalendarDate, amount: { days?: number; months?: number; years?: number }): CalendarDate {
  const months = (amount.years ?? 0) * 12 + (amount.months ?? 0);
  const moved = months === 0 ? date : addMonths(date, months);
  return amount.days === undefined || amount.days === 0 ? moved : addDays(moved, amount.days);
}

/**
 * Whole days from `a` to `b`, positive when `b` is later.
 *
 * @example
 * diffDays('2024-01-01', '2025-01-01') // 366
 */
export const diffDays = (a: CalendarDate, b: CalendarDate): number => toEpochDay(b) - toEpochDay(a);

/** The first day of month `month` of `year`. */
export const monthStart = (year: number, month: number): CalendarDate => ymd(year, month, 1);
/** The last day of month `month` of `year`. */
export const monthEnd = (year: number, month: number): CalendarDate => ymd(year, month, daysInMonth(year, month));

/**
 * The last day of the month that `date` falls in.
 *
 * @example
 * endOfMonth('2023-02-10') // '2023-02-28'
 */
export const endOfMonth = (date: CalendarDate): CalendarDate => monthEnd(yearOf(date), monthOf(date));
