/**
 * How often a saved search's job alerts are mailed: `hourly` as jobs open (the alert job runs every hour),
 * or one `daily` or `weekly` digest of the jobs opened since the last one.
 */
export const ALERT_FREQUENCIES = ['hourly', 'daily', 'weekly'] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

/** How pages say each frequency. */
export const ALERT_FREQUENCY_WORDS: Readonly<Record<AlertFrequency, string>> = {
  hourly: 'As jobs open (checked every hour)',
  daily: 'One mail a day (after midnight UTC)',
  weekly: 'One mail a week (Mondays, after midnight UTC)',
};

const DAY_MS = 86_400_000;

/**
 * The start of the digest period that holds `at`: midnight UTC for a daily digest, Monday midnight UTC for
 * a weekly one (periods are UTC so every node and every run agree on them).
 */
export function digestPeriodStart(frequency: 'daily' | 'weekly', at: Date): Date {
  const day = Math.floor(at.getTime() / DAY_MS) * DAY_MS;
  if (frequency === 'daily') return new Date(day);
  // 1 January 1970 was a Thursday: days since the epoch + 3, mod 7, counts days since Monday.
  const sinceMonday = (Math.floor(day / DAY_MS) + 3) % 7;
  return new Date(day - sinceMonday * DAY_MS);
}

/**
 * Where an alert run moves a saved search's cursor, or null when nothing is due. The alert covers the
 * postings first opened after `cursor` and at or before the instant returned, so successive alerts cover
 * adjoining windows: each posting falls in exactly one. Hourly: up to `through` (what the run may look at).
 * A digest: up to the start of the current period, once that start has passed the cursor — so a second run
 * in the same period finds nothing due and sends nothing.
 *
 * @example
 * alertWindowEnd('daily', '2026-11-29T15:00:00.000Z', new Date('2026-11-30T00:05:00Z')) // '2026-11-30T00:00:00.000Z'
 * alertWindowEnd('daily', '2026-11-30T00:00:00.000Z', new Date('2026-11-30T13:00:00Z')) // null
 */
export function alertWindowEnd(frequency: AlertFrequency, cursor: string, through: Date): string | null {
  const end = frequency === 'hourly' ? through : digestPeriodStart(frequency, through);
  const iso = end.toISOString();
  return iso > cursor ? iso : null;
}
