import { fromEpochDay, toEpochDay, type CalendarDate } from '@modality/domain';

/**
 * Match days: whole days since 2020-01-01. The index stores dates as Uint16 match days (good until 2199),
 * so date comparisons on the hot path are integer comparisons. The day arithmetic is the domain's.
 */

const MATCH_DAY_ZERO = toEpochDay('2020-01-01' as CalendarDate);
const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Match day of an ISO calendar date `YYYY-MM-DD`.
 *
 * @example
 * matchDay('2020-01-01') // 0
 * matchDay('2021-01-01') // 366 (2020 is a leap year)
 */
export function matchDay(isoDate: string): number {
  if (!SHAPE.test(isoDate)) throw new RangeError(`not a calendar date: ${isoDate}`);
  return toEpochDay(isoDate as CalendarDate) - MATCH_DAY_ZERO;
}

/** ISO calendar date of a match day (inverse of {@link matchDay}). */
export function isoFromMatchDay(day: number): string {
  return fromEpochDay(day + MATCH_DAY_ZERO);
}
