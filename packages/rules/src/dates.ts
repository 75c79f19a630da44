import type { CalendarDate } from '@modality/domain';

/**
 * Fast calendar arithmetic on `YYYY-MM-DD` strings, for the hot path of the engine (the domain's
 * Temporal-based helpers are exact but slower; `dates.test.ts` checks these against them).
 */

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** Builds a date from parts (no validation: callers pass valid parts). */
export function ymd(y: number, m: number, d: number): CalendarDate {
  return `${y}-${pad2(m)}-${pad2(d)}` as CalendarDate;
}

export const yearOf = (date: CalendarDate): number => Number(date.slice(0, 4));
export const monthOf = (date: CalendarDate): number => Number(date.slice(5, 7));
export const dayOf = (date: CalendarDate): number => Number(date.slice(8, 10));

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Adds whole months, clamping the day to the end of shorter months (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const total = yearOf(date) * 12 + (monthOf(date) - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return ymd(y, m, Math.min(dayOf(date), daysInMonth(y, m)));
}

export const addYears = (date: CalendarDate, years: number): CalendarDate => addMonths(date, years * 12);

/** Days since 1970-01-01 (proleptic Gregorian). */
export function toEpochDay(date: CalendarDate): number {
  let y = yearOf(date);
  const m = monthOf(date);
  const d = dayOf(date);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date `n` days after 1970-01-01. */
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

export const addDays = (date: CalendarDate, days: number): CalendarDate => fromEpochDay(toEpochDay(date) + days);

/** Whole days from `a` to `b` (positive when `b` is later). */
export const diffDays = (a: CalendarDate, b: CalendarDate): number => toEpochDay(b) - toEpochDay(a);

export const monthStart = (y: number, m: number): CalendarDate => ymd(y, m, 1);
export const monthEnd = (y: number, m: number): CalendarDate => ymd(y, m, daysInMonth(y, m));

/** The later / earlier of two dates. */
export const maxDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (a > b ? a : b);
export const minDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (a < b ? a : b);

/** Whether `date` lies in the inclusive range. */
export const within = (date: CalendarDate, start: CalendarDate, end: CalendarDate): boolean => date >= start && date <= end;
