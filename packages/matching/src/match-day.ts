/**
 * Match days: whole days since 2020-01-01. The index stores dates as Uint16 match days (good until 2199),
 * so date comparisons on the hot path are integer comparisons.
 */

const EPOCH_DAYS_FROM_CIVIL_0 = daysFromCivil(2020, 1, 1);

/** Days from 1970-01-01 to a proleptic Gregorian y-m-d (Howard Hinnant's algorithm, no Date needed). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Match day of an ISO calendar date `YYYY-MM-DD`.
 *
 * @example
 * matchDay('2020-01-01') // 0
 * matchDay('2021-01-01') // 366 (2020 is a leap year)
 */
export function matchDay(isoDate: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (m === null) throw new RangeError(`not a calendar date: ${isoDate}`);
  return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3])) - EPOCH_DAYS_FROM_CIVIL_0;
}

/** ISO calendar date of a match day (inverse of {@link matchDay}). */
export function isoFromMatchDay(day: number): string {
  const z = day + EPOCH_DAYS_FROM_CIVIL_0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
