import { addDays, addMonths, monthEnd, monthOf, monthStart, yearOf } from '@modality/domain';
import type { CalendarDate, DateRange } from '@modality/domain';
import type { RuleParamsByKind } from '@modality/knowledge';
import { periodContaining } from './ce-cycle.js';

/**
 * ARRT dates: the biennium, the annual renewal and its window, probation and reinstatement
 * (rules `arrt.ce.biennium`, `arrt.renewal.annual`, `arrt.ce.probation`, `arrt.reinstatement`).
 */

/**
 * The end of the first registration after certification: the end of the next birth month, or of the one
 * a year later if that is fewer than `minMonths` months away.
 *
 * @example
 * arrtFirstRegistrationEnd(calendarDate('2016-07-01'), 5, 2) // '2017-05-31'
 * arrtFirstRegistrationEnd(calendarDate('2016-04-15'), 5, 2) // '2017-05-31' (31 May 2016 is under 2 months away)
 */
export function arrtFirstRegistrationEnd(earnedOn: CalendarDate, birthMonth: number, minMonths: number): CalendarDate {
  let y = yearOf(earnedOn);
  let end = monthEnd(y, birthMonth);
  if (end < earnedOn) end = monthEnd(++y, birthMonth);
  if (end < addMonths(earnedOn, minMonths)) end = monthEnd(++y, birthMonth);
  return end;
}

/**
 * The biennium in force on `asOf`. A cycle from the record wins (shifted by whole bienniums when `asOf`
 * is outside it). Otherwise the first biennium starts on the first day of the birth month in which the first
 * registration ends, and bienniums follow every 24 months; before the first one starts, it is returned.
 *
 * @example
 * // born in May, certified 1 Jul 2016: 2017-05-01..2019-04-30, …, 2025-05-01..2027-04-30
 * arrtBiennium({ birthMonth: 5, earnedOn: calendarDate('2016-07-01'), asOf: calendarDate('2026-11-26'), lengthMonths: 24, firstRegistrationMinMonths: 2 })
 * // { start: '2025-05-01', end: '2027-04-30', inferred: true }
 */
export function arrtBiennium(input: {
  readonly birthMonth: number;
  readonly earnedOn: CalendarDate;
  readonly asOf: CalendarDate;
  readonly lengthMonths: number;
  readonly firstRegistrationMinMonths: number;
  readonly given?: DateRange;
}): { start: CalendarDate; end: CalendarDate; inferred: boolean } {
  const { asOf, given, lengthMonths } = input;
  if (given !== undefined) {
    if (asOf >= given.start && asOf <= given.end) return { start: given.start, end: given.end, inferred: false };
    return { ...periodContaining(given.start, lengthMonths, asOf), inferred: false };
  }
  const firstEnd = arrtFirstRegistrationEnd(input.earnedOn, input.birthMonth, input.firstRegistrationMinMonths);
  const firstStart = monthStart(yearOf(firstEnd), input.birthMonth);
  if (asOf < firstStart) return { start: firstStart, end: addDays(addMonths(firstStart, lengthMonths), -1), inferred: true };
  return { ...periodContaining(firstStart, lengthMonths, asOf), inferred: true };
}

/**
 * The next annual renewal deadline on or after `asOf`: the last day of the birth month (or the end of the
 * first registration while that is still ahead).
 *
 * @example
 * arrtRenewalDue(calendarDate('2026-11-26'), 5, calendarDate('2017-05-31')) // '2027-05-31'
 */
export function arrtRenewalDue(asOf: CalendarDate, birthMonth: number, firstRegistrationEnd: CalendarDate): CalendarDate {
  if (asOf <= firstRegistrationEnd) return firstRegistrationEnd;
  const thisYear = monthEnd(yearOf(asOf), birthMonth);
  return thisYear >= asOf ? thisYear : monthEnd(yearOf(asOf) + 1, birthMonth);
}

/**
 * The first day of the renewal window for a renewal due on `due`: `monthsBefore` months before the birth month.
 *
 * @example
 * arrtRenewalWindowOpens(calendarDate('2027-03-31'), 2) // '2027-01-01' (March birthday → opens 1 January)
 */
export function arrtRenewalWindowOpens(due: CalendarDate, monthsBefore: number): CalendarDate {
  return addMonths(monthStart(yearOf(due), monthOf(due)), -monthsBefore);
}

/** The same computation for any body whose window opens whole months before the month of the deadline (HCPC). */
export const renewalWindowOpens = arrtRenewalWindowOpens;

/**
 * The last day of CE probation: `months` months after the biennium end, retroactive to it.
 *
 * @example
 * arrtProbationEnd(calendarDate('2025-04-30'), 6) // '2025-10-31'
 */
export function arrtProbationEnd(bienniumEnd: CalendarDate, months: number): CalendarDate {
  return addDays(addMonths(addDays(bienniumEnd, 1), months), -1);
}

export const REINSTATEMENT_ROUTES = [
  'online-within-biennium',
  'online-ce-done',
  'online-with-probation',
  'online-cqr',
  're-examination',
] as const;
export type ReinstatementRoute = (typeof REINSTATEMENT_ROUTES)[number];

/**
 * How a lapsed ARRT registration can be reinstated on `asOf` (rule `arrt.reinstatement`):
 * (a) still within the CE biennium; (b) less than 6 months after its end with the CE done; (c) the same with
 * the CE not done, on probation; (d) CQR not finished in its window: within 1 year after the window closed.
 * Otherwise by re-examination. `until` is the last day the route stays open.
 *
 * @example
 * arrtReinstatement({ asOf: calendarDate('2025-07-01'), bienniumEnd: calendarDate('2025-04-30'), ceDone: false }, params)
 * // { route: 'online-with-probation', until: '2025-10-31' }
 */
export function arrtReinstatement(
  input: {
    readonly asOf: CalendarDate;
    readonly bienniumEnd: CalendarDate;
    readonly ceDone: boolean;
    /** The day the CQR window closed without CQR done, when that is the reason for the lapse. */
    readonly cqrWindowClosedOn?: CalendarDate;
  },
  params: RuleParamsByKind['reinstatement'],
): { route: ReinstatementRoute; until: CalendarDate | null } {
  const { asOf, bienniumEnd } = input;
  if (input.cqrWindowClosedOn !== undefined) {
    const until = addYears1(input.cqrWindowClosedOn, params.cqrGraceYears);
    return asOf <= until ? { route: 'online-cqr', until } : { route: 're-examination', until: null };
  }
  if (asOf <= bienniumEnd) return { route: 'online-within-biennium', until: bienniumEnd };
  const until = arrtProbationEnd(bienniumEnd, params.onlineMonthsAfterCycleEnd);
  if (asOf <= until) return { route: input.ceDone ? 'online-ce-done' : 'online-with-probation', until };
  return { route: 're-examination', until: null };
}

const addYears1 = (date: CalendarDate, years: number): CalendarDate => addMonths(date, years * 12);
