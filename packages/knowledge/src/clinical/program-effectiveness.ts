import { addMonths, yearOf, type CalendarDate } from '@modality/domain';
import { CREDENTIALING_PASS_RATE, JOB_PLACEMENT_RATE } from './program-effectiveness-definitions.js';

/** What a program knows about one student who left it: from the graduate's record and the school's own notes. */
export interface LeaverFacts {
  /** Graduated (completed the program) or left without completing it. */
  readonly outcome: 'graduated' | 'withdrew';
  /** The day of graduation, or the day the student left. */
  readonly leftOn: CalendarDate;
  /** The program start from the record's education entry, when known. */
  readonly programStartedOn: CalendarDate | null;
  /** The first credentialing examination with a pass or fail result, from the record's exams. */
  readonly firstAttempt: { readonly takenOn: CalendarDate; readonly passed: boolean } | null;
  /** When the graduate started work, as the school recorded it. */
  readonly employedOn: CalendarDate | null;
  /** The school recorded that the graduate is not actively seeking employment. */
  readonly notSeeking: boolean;
}

/** A rate with its sample size; `rate` is null when nobody counts ("not enough data"). */
export interface Rate {
  readonly numerator: number;
  readonly denominator: number;
  readonly rate: number | null;
}

/** The three figures for one graduation year, with who was left out and why. */
export interface EffectivenessYear {
  readonly year: number;
  readonly passRate: Rate;
  /** Graduates whose six months have not passed and who have no attempt yet (not counted). */
  readonly passPending: number;
  /** Graduates with no first attempt within six months (not counted). */
  readonly noAttemptInWindow: number;
  readonly placementRate: Rate;
  /** Graduates whose twelve months have not passed and who have no job recorded yet (not counted). */
  readonly placementPending: number;
  /** Graduates recorded as not actively seeking (not counted). */
  readonly notSeeking: number;
  readonly completionRate: Rate;
}

export interface ProgramEffectiveness {
  readonly years: readonly EffectivenessYear[];
  /** The five years added up. */
  readonly fiveYear: { readonly firstYear: number; readonly lastYear: number; readonly passRate: Rate; readonly placementRate: Rate };
}

export function rateOf(numerator: number, denominator: number): Rate {
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}

const add = (a: Rate, b: Rate): Rate => rateOf(a.numerator + b.numerator, a.denominator + b.denominator);

function yearFigures(year: number, leavers: readonly LeaverFacts[], asOf: CalendarDate): EffectivenessYear {
  const inYear = leavers.filter((l) => yearOf(l.leftOn) === year);
  const graduates = inYear.filter((l) => l.outcome === 'graduated');
  let passed = 0;
  let attempted = 0;
  let passPending = 0;
  let noAttemptInWindow = 0;
  let placed = 0;
  let seeking = 0;
  let placementPending = 0;
  let notSeeking = 0;
  for (const g of graduates) {
    const examDeadline = addMonths(g.leftOn, CREDENTIALING_PASS_RATE.monthsAfterGraduation ?? 6);
    const attempt = g.firstAttempt;
    const attemptCounts = attempt !== null && attempt.takenOn <= examDeadline && attempt.takenOn <= asOf && (g.programStartedOn === null || attempt.takenOn >= g.programStartedOn);
    if (attemptCounts) {
      attempted += 1;
      if (attempt.passed) passed += 1;
    } else if (asOf < examDeadline && (attempt === null || attempt.takenOn > asOf)) passPending += 1;
    else noAttemptInWindow += 1;

    const jobDeadline = addMonths(g.leftOn, JOB_PLACEMENT_RATE.monthsAfterGraduation ?? 12);
    const employedInTime = g.employedOn !== null && g.employedOn <= jobDeadline && g.employedOn <= asOf;
    if (employedInTime) {
      placed += 1;
      seeking += 1;
    } else if (g.notSeeking) notSeeking += 1;
    else if (asOf < jobDeadline) placementPending += 1;
    else seeking += 1;
  }
  return {
    year,
    passRate: rateOf(passed, attempted),
    passPending,
    noAttemptInWindow,
    placementRate: rateOf(placed, seeking),
    placementPending,
    notSeeking,
    completionRate: rateOf(graduates.length, inYear.length),
  };
}

/**
 * The program effectiveness figures JRCERT asks for, for the five years ending with `lastYear`, from the
 * facts of everyone who left the program, as known on `asOf`. Pure: the same facts give the same figures.
 * A rate with nobody to count is null ("not enough data"), never 0 or 100%.
 */
export function programEffectiveness(leavers: readonly LeaverFacts[], lastYear: number, asOf: CalendarDate): ProgramEffectiveness {
  const years: EffectivenessYear[] = [];
  for (let y = lastYear - 4; y <= lastYear; y += 1) years.push(yearFigures(y, leavers, asOf));
  const none = rateOf(0, 0);
  return {
    years,
    fiveYear: {
      firstYear: lastYear - 4,
      lastYear,
      passRate: years.reduce((sum, y) => add(sum, y.passRate), none),
      placementRate: years.reduce((sum, y) => add(sum, y.placementRate), none),
    },
  };
}
