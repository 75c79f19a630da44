import type { CalendarDate, PersonRecord } from '@modality/domain';
import type { Verdict } from '@modality/rules';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import { exportRecord } from '../people/record-read.js';
import { asOfOrToday } from './as-of.js';
import { requireKnownTarget } from './target-code.js';
import { memoisedVerdict } from './verdict-memo.js';

/**
 * A stored person's verdict on `asOf` (default today, UTC): the record under the same access rule as
 * reading it (and audited the same way), then the pure rules engine with the person's postprimary log (CT,
 * MR: only verified and reviewed entries count), remembered per record and log content: see
 * {@link memoisedVerdict}.
 */
export async function personVerdict(
  deps: Deps,
  principal: Principal,
  input: { readonly personId: string; readonly asOf?: CalendarDate | undefined; readonly target?: string | undefined },
): Promise<{ record: PersonRecord; verdict: Verdict }> {
  requireKnownTarget(input.target);
  const record = await exportRecord(deps, principal, input.personId);
  const asOf = asOfOrToday(deps, input.asOf);
  // ARRT's CT and MR clinical experience is counted from the person's postprimary log (signatures only).
  const log = (await deps.store.postprimary.listEntriesForPerson(input.personId)).map((e) => ({
    discipline: e.discipline,
    procedure: e.procedure,
    performedOn: e.performedOn,
    verified: e.verification !== null,
    reviewed: e.review !== null,
  }));
  // A person who keeps no postprimary log is judged on their record alone, as `POST /check` judges it.
  return { record, verdict: memoisedVerdict(deps, record, asOf, input.target, log.length === 0 ? undefined : log) };
}
