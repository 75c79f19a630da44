import type { CalendarDate } from '@modality/domain';
import type { Deps } from '../deps.js';

/** Today's date in UTC from the injected clock: the default `asOf` of verdicts, plans and the catalogue. */
export function todayUtc(deps: Pick<Deps, 'clock'>): CalendarDate {
  return deps.clock.now().toISOString().slice(0, 10) as CalendarDate;
}

/** The given day, or today in UTC when none is given. */
export function asOfOrToday(deps: Pick<Deps, 'clock'>, asOf: CalendarDate | undefined): CalendarDate {
  return asOf ?? todayUtc(deps);
}
