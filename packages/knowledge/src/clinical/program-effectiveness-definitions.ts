import type { Confidence } from '../rule-packs/rule.js';

/**
 * What JRCERT asks an accredited program to publish as "program effectiveness data", in Modality's own
 * words, with where it was read. Read on 2026-11-30 from JRCERT's program effectiveness FAQ (a stored copy;
 * the page itself gives no effective date, so the one below is the day it was read). Where the page says
 * nothing, Modality makes a choice and says so in `modalityChoices`: those are NOT JRCERT's words.
 */
export interface EffectivenessDefinition {
  readonly figure: 'credentialing-pass-rate' | 'job-placement-rate' | 'completion-rate';
  /** What the figure is, in plain words. */
  readonly meaning: string;
  /** Months after graduation that count; null when the figure has no such window. */
  readonly monthsAfterGraduation: number | null;
  /** Years the published figure covers: 5 for the averages, 1 for the annual completion rate. */
  readonly years: number;
  readonly sourceUrl: string;
  readonly readOn: string;
  readonly confidence: Confidence;
  /** Plain words: how Modality fills in what the source does not say. Shown beside the figure. */
  readonly modalityChoices: readonly string[];
}

const FAQ = 'https://www.jrcert.org/program-effectiveness-faqs/';
const READ_ON = '2026-11-30';

export const CREDENTIALING_PASS_RATE: EffectivenessDefinition = {
  figure: 'credentialing-pass-rate',
  meaning: 'Five-year average credentialing examination pass rate of graduates on their first attempt within six months of graduation.',
  monthsAfterGraduation: 6,
  years: 5,
  sourceUrl: FAQ,
  readOn: READ_ON,
  confidence: 'official',
  modalityChoices: [
    'The source does not say who is left out of the count. Modality counts a graduate only when their first attempt was taken within six months of graduation; graduates with no attempt in that time are listed apart, not counted as failing.',
    'The source says "five-year average" without saying how to average. Modality adds up the five years (total passes over total first attempts) rather than averaging the yearly rates.',
    'The first attempt is the first examination with a pass or fail result in the graduate\'s record taken on or after the program start.',
  ],
};

export const JOB_PLACEMENT_RATE: EffectivenessDefinition = {
  figure: 'job-placement-rate',
  meaning: 'Five-year average job placement rate of graduates within twelve months of graduation, among graduates actively seeking employment.',
  monthsAfterGraduation: 12,
  years: 5,
  sourceUrl: FAQ,
  readOn: READ_ON,
  confidence: 'official',
  modalityChoices: [
    'The person record has no employment section, so the school records when a graduate found work (or that they are not actively seeking); a graduate with neither recorded counts as seeking and not placed.',
    'The source does not say what counts as a job; Modality counts whatever the school recorded as employment.',
    'Years are added up (total placed over total seeking), as for the pass rate.',
  ],
};

export const COMPLETION_RATE: EffectivenessDefinition = {
  figure: 'completion-rate',
  meaning: 'Annual program completion rate.',
  monthsAfterGraduation: null,
  years: 1,
  sourceUrl: FAQ,
  readOn: READ_ON,
  confidence: 'unconfirmed',
  modalityChoices: [
    'The source names the figure but the copy read does not give its denominator. Modality shows, for each year, the students who graduated that year over those who graduated or left without graduating that year. This is not confirmed as JRCERT\'s definition.',
  ],
};

/** The 75% benchmark programs quote for both five-year figures (programs quoting JRCERT, not JRCERT itself). */
export const EFFECTIVENESS_BENCHMARK = {
  rate: 0.75,
  appliesTo: ['credentialing-pass-rate', 'job-placement-rate'] as const,
  sourceUrl: 'https://www.capitalcc.edu/academics/programs/rad-tech/program-effectiveness-data/',
  readOn: READ_ON,
  confidence: 'secondary' as Confidence,
  flag: 'The 75% benchmark is quoted by programs, not read on JRCERT\'s own page.',
} as const;

export const EFFECTIVENESS_DEFINITIONS: readonly EffectivenessDefinition[] = [CREDENTIALING_PASS_RATE, JOB_PLACEMENT_RATE, COMPLETION_RATE];
