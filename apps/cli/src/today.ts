import type { CalendarDate } from '@modality/domain';

/**
 * Today's local calendar date — the CLI's default `asOf`, read only here, at the edge: a person running a
 * command means their own day, where the API (a server) uses the UTC date.
 */
export function todayLocal(now: Date = new Date()): CalendarDate {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}` as CalendarDate;
}
