import type { PostprimaryRequirements } from './postprimary-requirements.js';

/** One logged procedure as progress needs it. */
export interface PostprimaryLogged {
  readonly procedure: string;
  /** The day it was performed (ISO date). */
  readonly performedOn: string;
  readonly verified: boolean;
  readonly reviewed: boolean;
}

/** What counts, what is missing, and what is still waiting for a signature. */
export interface PostprimaryProgress {
  /** Entries verified and reviewed within the window. */
  readonly counted: number;
  /** Counted entries per procedure code (only procedures with at least one). */
  readonly byProcedure: Readonly<Record<string, number>>;
  /** The total needed, or null when no figure is known (never treated as zero). */
  readonly required: number | null;
  /** How many more are needed; null when the total is unknown. */
  readonly missing: number | null;
  /** Entries in the window still waiting for the verifier or the supervisor. */
  readonly waiting: number;
  /** Entries older than the window: they no longer count. */
  readonly expired: number;
  /** The first day that still counts (ISO date). */
  readonly countsFrom: string;
}

/** The ISO date `months` calendar months before `date` (the day clamped to the month's end). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * Progress of a postprimary log on a day: only entries both verified and reviewed, performed within the
 * window before `asOf`, count. Pure.
 *
 * @example postprimaryProgress(ARRT_CT_CLINICAL_EXPERIENCE, [], '2026-11-30').missing // 125
 */
export function postprimaryProgress(set: PostprimaryRequirements, log: readonly PostprimaryLogged[], asOf: string): PostprimaryProgress {
  const countsFrom = monthsBefore(asOf, set.windowMonths.value ?? 24);
  const byProcedure: Record<string, number> = {};
  let counted = 0;
  let waiting = 0;
  let expired = 0;
  for (const e of log) {
    if (e.performedOn > asOf) continue;
    if (e.performedOn < countsFrom) {
      expired += 1;
      continue;
    }
    if (!(e.verified && e.reviewed)) {
      waiting += 1;
      continue;
    }
    counted += 1;
    byProcedure[e.procedure] = (byProcedure[e.procedure] ?? 0) + 1;
  }
  const required = set.totalRepetitions.value;
  return { counted, byProcedure, required, missing: required === null ? null : Math.max(0, required - counted), waiting, expired, countsFrom };
}

/** Whether one more entry on `day` would pass the discipline's daily reporting cap (none known: never). */
export function overDailyCap(set: PostprimaryRequirements, log: readonly Pick<PostprimaryLogged, 'performedOn'>[], day: string): boolean {
  const cap = set.dailyCap.value;
  return cap !== null && log.filter((e) => e.performedOn === day).length >= cap;
}
