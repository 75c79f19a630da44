import {
  CLINICAL_HOUR_LIMITS,
  DEFAULT_EVENING_ENDS_AT,
  DEFAULT_EVENING_STARTS_AT,
  type ClinicalHourLimit,
  type ClinicalHourLimitKind,
} from './clinical-hour-limits.js';

/** A stretch of clinical time: worked (from clock-in to clock-out) or planned (a scheduled shift). */
export interface ClinicalSpan {
  /** ISO instants; `end` after `start`. */
  readonly start: string;
  readonly end: string;
  readonly planned: boolean;
}

/** How a program reads the limits: its time zone, when evening is, and its weekly classroom hours. */
export interface ClinicalHourSettings {
  /** IANA zone the days and weeks are counted in (the site's or the program's, never the machine's). */
  readonly timeZone: string;
  /** Minutes after local midnight; time from `eveningStartsAt` to `eveningEndsAt` the next morning is evening. */
  readonly eveningStartsAt: number;
  readonly eveningEndsAt: number;
  /** Didactic (classroom) hours a week, added to clinical hours for the weekly limit. */
  readonly weeklyDidacticHours: number;
}

export const defaultClinicalHourSettings = (timeZone: string, weeklyDidacticHours = 0): ClinicalHourSettings => ({
  timeZone,
  eveningStartsAt: DEFAULT_EVENING_STARTS_AT,
  eveningEndsAt: DEFAULT_EVENING_ENDS_AT,
  weeklyDidacticHours,
});

/** Hours on one local day, and how many of them were planned rather than worked. */
export interface DayHours {
  readonly date: string;
  readonly hours: number;
  readonly plannedHours: number;
}

/** One week (Monday to Sunday, local), keyed by its Monday. */
export interface WeekHours {
  readonly weekOf: string;
  readonly clinicalHours: number;
  readonly plannedHours: number;
  readonly didacticHours: number;
  readonly totalHours: number;
}

/** A limit broken, or about to be broken by planned shifts. */
export interface ClinicalHourWarning {
  readonly kind: ClinicalHourLimitKind;
  /** The day (daily limit), the week's Monday (weekly) or null (the share over all hours). */
  readonly period: string | null;
  /** Hours (or the share, 0..1) the period reaches. */
  readonly value: number;
  readonly limit: ClinicalHourLimit;
  /** True when the limit is broken only once planned shifts are worked: a warning ahead of time. */
  readonly planned: boolean;
}

export interface ClinicalHoursSummary {
  readonly days: readonly DayHours[];
  readonly weeks: readonly WeekHours[];
  readonly totalHours: number;
  readonly eveningWeekendHours: number;
  /** Evening and weekend hours over all hours (0 when there are none). */
  readonly eveningWeekendShare: number;
  readonly warnings: readonly ClinicalHourWarning[];
}

interface LocalTime {
  readonly date: string;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  /** Minutes (with fractions) after local midnight. */
  readonly minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Readonly<Record<string, number>> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The wall-clock date, weekday and minute of an instant in a time zone (the zone is given, never the machine's). */
export function localTime(ms: number, timeZone: string): LocalTime {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit' });
    formatters.set(timeZone, f);
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(new Date(ms))) p[part.type] = part.value;
  const seconds = (ms % 60_000 + 60_000) % 60_000;
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    weekday: WEEKDAYS[p.weekday ?? 'Sun'] ?? 0,
    minute: Number(p.hour) * 60 + Number(p.minute) + seconds / 60_000,
  };
}

/** The Monday of the week of a calendar date (pure date arithmetic). */
export function mondayOf(date: string, weekday: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((weekday + 6) % 7));
  return d.toISOString().slice(0, 10);
}

const isEveningOrWeekend = (t: LocalTime, s: ClinicalHourSettings): boolean =>
  t.weekday === 0 || t.weekday === 6 || (s.eveningStartsAt > s.eveningEndsAt ? t.minute >= s.eveningStartsAt || t.minute < s.eveningEndsAt : t.minute >= s.eveningStartsAt && t.minute < s.eveningEndsAt);

const round = (h: number): number => Math.round(h * 100) / 100;

/**
 * Splits a span at local midnight and at the evening boundaries and calls `add` for each piece with the
 * piece's local start and its length in hours. Pieces are measured in elapsed time, so a night with a
 * clock change still counts the hours actually spent.
 */
function eachPiece(span: ClinicalSpan, s: ClinicalHourSettings, add: (t: LocalTime, hours: number) => void): void {
  const end = Date.parse(span.end);
  let at = Date.parse(span.start);
  while (at < end) {
    const t = localTime(at, s.timeZone);
    const boundaries = [24 * 60, s.eveningStartsAt, s.eveningEndsAt].filter((b) => b > t.minute + 1e-9);
    const toBoundary = Math.max(1 / 60_000, Math.min(...boundaries) - t.minute) * 60_000;
    const next = Math.min(end, at + Math.round(toBoundary));
    add(t, (next - at) / 3_600_000);
    at = next;
  }
}

/**
 * Daily and weekly hours, the evening/weekend share, and the limits broken — worked and planned time
 * alike, so a planned shift that would break a limit is warned about before it is worked. Pure: the time
 * zone comes in the settings.
 */
export function clinicalHoursSummary(spans: readonly ClinicalSpan[], settings: ClinicalHourSettings, limits: readonly ClinicalHourLimit[] = CLINICAL_HOUR_LIMITS): ClinicalHoursSummary {
  const days = new Map<string, { hours: number; planned: number; week: string }>();
  let total = 0;
  let eveningWeekend = 0;
  for (const span of spans) {
    eachPiece(span, settings, (t, hours) => {
      const d = days.get(t.date) ?? { hours: 0, planned: 0, week: mondayOf(t.date, t.weekday) };
      d.hours += hours;
      if (span.planned) d.planned += hours;
      days.set(t.date, d);
      total += hours;
      if (isEveningOrWeekend(t, settings)) eveningWeekend += hours;
    });
  }
  const weeks = new Map<string, { hours: number; planned: number }>();
  for (const d of days.values()) {
    const w = weeks.get(d.week) ?? { hours: 0, planned: 0 };
    w.hours += d.hours;
    w.planned += d.planned;
    weeks.set(d.week, w);
  }
  const dayList: DayHours[] = [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, d]) => ({ date, hours: round(d.hours), plannedHours: round(d.planned) }));
  const weekList: WeekHours[] = [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([weekOf, w]) => ({ weekOf, clinicalHours: round(w.hours), plannedHours: round(w.planned), didacticHours: settings.weeklyDidacticHours, totalHours: round(w.hours + settings.weeklyDidacticHours) }));
  const share = total > 0 ? eveningWeekend / total : 0;
  const warnings: ClinicalHourWarning[] = [];
  for (const limit of limits) {
    if (limit.kind === 'daily-clinical-hours') {
      for (const d of dayList) if (d.hours > limit.value) warnings.push({ kind: limit.kind, period: d.date, value: d.hours, limit, planned: d.hours - d.plannedHours <= limit.value });
    } else if (limit.kind === 'weekly-clinical-and-didactic-hours') {
      for (const w of weekList) if (w.totalHours > limit.value) warnings.push({ kind: limit.kind, period: w.weekOf, value: w.totalHours, limit, planned: w.totalHours - w.plannedHours <= limit.value });
    } else if (share > limit.value) {
      warnings.push({ kind: limit.kind, period: null, value: Math.round(share * 1000) / 1000, limit, planned: false });
    }
  }
  return { days: dayList, weeks: weekList, totalHours: round(total), eveningWeekendHours: round(eveningWeekend), eveningWeekendShare: share, warnings };
}

/** The warnings a planned shift would add to a schedule: what the person is told before they plan it. */
export function warningsAddedBy(existing: readonly ClinicalSpan[], shift: ClinicalSpan, settings: ClinicalHourSettings): ClinicalHourWarning[] {
  const key = (w: ClinicalHourWarning): string => `${w.kind}|${w.period ?? ''}`;
  const before = new Set(clinicalHoursSummary(existing, settings).warnings.map(key));
  return clinicalHoursSummary([...existing, { ...shift, planned: true }], settings).warnings.filter((w) => !before.has(key(w)));
}

/** A warning in plain words, for pages and mails (the limit's flag is shown beside it). */
export function describeClinicalHourWarning(w: ClinicalHourWarning): string {
  const period = w.period ?? '';
  if (w.kind === 'daily-clinical-hours')
    return w.planned
      ? `Planned shifts would take clinical time on ${period} to ${w.value} hours, over the limit of ${w.limit.value} hours a day.`
      : `Clinical time on ${period} reached ${w.value} hours, over the limit of ${w.limit.value} hours a day.`;
  if (w.kind === 'weekly-clinical-and-didactic-hours')
    return w.planned
      ? `Planned shifts would take the week of ${period} to ${w.value} hours of clinical and classroom time, over the limit of ${w.limit.value} hours a week.`
      : `The week of ${period} reached ${w.value} hours of clinical and classroom time, over the limit of ${w.limit.value} hours a week.`;
  return `Evening and weekend hours are ${Math.round(w.value * 100)} % of all clinical hours, over the limit of ${Math.round(w.limit.value * 100)} %.`;
}

/** The instant a wall-clock time (minutes after midnight) of a date has in a time zone (pure; the zone is given). */
export function zonedInstant(date: string, minute: number, timeZone: string): string {
  const wanted = Date.parse(`${date}T00:00:00Z`) + minute * 60_000;
  let guess = wanted;
  for (let i = 0; i < 3; i += 1) {
    const t = localTime(guess, timeZone);
    const seen = Date.parse(`${t.date}T00:00:00Z`) + Math.round(t.minute) * 60_000;
    guess += wanted - seen;
  }
  return new Date(guess).toISOString();
}

/** A calendar date plus (or minus) whole days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
