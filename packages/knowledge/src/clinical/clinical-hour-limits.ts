import type { Confidence } from '../rule-packs/rule.js';

/** Which limit a clinical-hours rule sets. */
export const CLINICAL_HOUR_LIMIT_KINDS = ['daily-clinical-hours', 'weekly-clinical-and-didactic-hours', 'evening-weekend-share'] as const;
export type ClinicalHourLimitKind = (typeof CLINICAL_HOUR_LIMIT_KINDS)[number];

/**
 * One limit on a student's clinical hours, as data, with where it was read. `flag` is the plain-words
 * sentence shown to people wherever the limit is used: how sure we are, and why.
 */
export interface ClinicalHourLimit {
  readonly kind: ClinicalHourLimitKind;
  /** Hours for the daily and weekly limits; a fraction (0.25 = 25 %) for the evening/weekend share. */
  readonly value: number;
  readonly sourceUrl: string;
  /** The date the source's rule applies from, as far as the source says it. */
  readonly effective: string;
  readonly confidence: Confidence;
  readonly flag: string;
}

const JRCERT_PULSE_2024 = 'https://jrcert.org/wp-content/uploads/articulate_uploads/Pulse-6-20-24/files/basic-html/page56.html';
const MADISONVILLE_CLINICAL = 'https://madisonville.kctcs.edu/Academics/Programs_of_Study/Radiography/Clinical_Assignments.aspx';

/**
 * At most 10 clinical hours in a day. JRCERT's 2024 newsletter says that during COVID it allowed, for a
 * time, "students volunteering to exceed 10 clinical hours in a day"; the normal limit is therefore 10
 * hours, but JRCERT states it only indirectly there. The 2021 Standards (effective 1 January 2021) are
 * the standards in force.
 */
export const JRCERT_DAILY_CLINICAL_HOURS: ClinicalHourLimit = {
  kind: 'daily-clinical-hours',
  value: 10,
  sourceUrl: JRCERT_PULSE_2024,
  effective: '2021-01-01',
  confidence: 'official',
  flag: 'JRCERT states this limit only indirectly: its notice on temporary COVID flexibility let students go beyond 10 clinical hours in a day, which implies 10 hours is the normal limit.',
};

/**
 * At most 25 % of the total clinical clock hours in the evening or at the weekend, read the same indirect
 * way from the same notice ("evening and weekend rotations exceeding 25% of the total clinical clock
 * hours"). The notice does not say when "evening" starts: that is a program setting (see
 * `DEFAULT_EVENING_STARTS_AT`).
 */
export const JRCERT_EVENING_WEEKEND_SHARE: ClinicalHourLimit = {
  kind: 'evening-weekend-share',
  value: 0.25,
  sourceUrl: JRCERT_PULSE_2024,
  effective: '2021-01-01',
  confidence: 'official',
  flag: 'JRCERT states this limit only indirectly: its notice on temporary COVID flexibility allowed evening and weekend rotations above 25 % of total clinical hours, which implies 25 % is the normal limit. JRCERT does not say when evening starts; your program sets that.',
};

/**
 * At most 40 hours a week of clinical and didactic (classroom) time together, as one radiography
 * program's page states it ("the combination of each of these never exceeds 40 hours per week"). JRCERT's
 * own text for this limit was not found, so it is not confirmed.
 */
export const WEEKLY_CLINICAL_AND_DIDACTIC_HOURS: ClinicalHourLimit = {
  kind: 'weekly-clinical-and-didactic-hours',
  value: 40,
  sourceUrl: MADISONVILLE_CLINICAL,
  effective: 'unknown (page read 2026-11-30)',
  confidence: 'unconfirmed',
  flag: 'Not confirmed: this 40-hour weekly limit comes from one radiography program’s page, not from JRCERT’s own text.',
};

/** The limits the time-record checker applies, in the order warnings are listed. */
export const CLINICAL_HOUR_LIMITS: readonly ClinicalHourLimit[] = [JRCERT_DAILY_CLINICAL_HOURS, WEEKLY_CLINICAL_AND_DIDACTIC_HOURS, JRCERT_EVENING_WEEKEND_SHARE];

/**
 * When "evening" starts and ends, as minutes after local midnight. No source defines it: these are
 * Modality's defaults (18:00 to 06:00 the next morning), which a program can change.
 */
export const DEFAULT_EVENING_STARTS_AT = 18 * 60;
export const DEFAULT_EVENING_ENDS_AT = 6 * 60;
