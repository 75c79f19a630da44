import type { CalendarDate, PersonRecord } from '@modality/domain';
import { evaluate, type Verdict } from '@modality/rules';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import { exportRecord } from './record-read.js';

/**
 * A stored person's verdict on `asOf`: the record under the same access rule as reading it (and audited the
 * same way), then the pure rules engine.
 */
export async function personVerdict(
  deps: Deps,
  principal: Principal,
  personId: string,
  asOf: CalendarDate,
  target?: string,
): Promise<{ record: PersonRecord; verdict: Verdict }> {
  const record = await exportRecord(deps, principal, personId);
  return { record, verdict: evaluate(record, asOf, target === undefined ? {} : { target }) };
}

/** Today's date in UTC from the injected clock: the default `asOf` of a verdict. */
export function todayUtc(deps: Pick<Deps, 'clock'>): CalendarDate {
  return deps.clock.now().toISOString().slice(0, 10) as CalendarDate;
}
