import type { CalendarDate, PersonRecord } from '@modality/domain';
import { evaluate, type Verdict } from '@modality/rules';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import { exportRecord } from '../people/record-read.js';
import { asOfOrToday } from './as-of.js';
import { requireKnownTarget } from './target-code.js';

/**
 * A stored person's verdict on `asOf` (default today, UTC): the record under the same access rule as
 * reading it (and audited the same way), then the pure rules engine.
 */
export async function personVerdict(
  deps: Deps,
  principal: Principal,
  input: { readonly personId: string; readonly asOf?: CalendarDate | undefined; readonly target?: string | undefined },
): Promise<{ record: PersonRecord; verdict: Verdict }> {
  requireKnownTarget(input.target);
  const record = await exportRecord(deps, principal, input.personId);
  const asOf = asOfOrToday(deps, input.asOf);
  return { record, verdict: evaluate(record, asOf, input.target === undefined ? {} : { target: input.target }) };
}
