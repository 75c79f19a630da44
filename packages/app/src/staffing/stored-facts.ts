import type { CalendarDate } from '@modality/domain';
import { RULE_PACK_VERSION } from '@modality/knowledge';
import type { Store, StoredCandidateFacts } from '../ports/index.js';
import { candidateFacts, type CandidateFacts } from './candidate-facts.js';

/**
 * The version of the facts' computation, part of every stored row's stamp: bump it whenever
 * `candidateFacts` (or the catalogue names it uses) changes, so that rows worked out the old way are
 * worked out again. The rule pack's version is in it too.
 */
const FACTS_VERSION = `1/${RULE_PACK_VERSION}`;

/** What a person with no record (or no person row) shows: nothing. */
export const NO_FACTS: CandidateFacts = { held: [], inProgress: [], years: {}, country: '' };

/**
 * The facts of each person on `asOf`, exactly as `candidateFacts` works them out from their record now:
 * the stored row where it was worked out from the same record (same stamp) for the same day, otherwise
 * worked out again through the rules engine and written back. The record's stamp is read before the
 * record, so a record changed in between leaves a row with the older stamp, which is never used.
 *
 * @example
 * (await factsOfPeople(store, ['per_1'], '2026-11-30')).get('per_1')?.held // [{ code: 'arrt:R', … }]
 */
export async function factsOfPeople(store: Store, personIds: readonly string[], asOf: CalendarDate): Promise<Map<string, CandidateFacts>> {
  const stamps = await store.profiles.storedFacts(personIds);
  const out = new Map<string, CandidateFacts>();
  const stale: string[] = [];
  for (const personId of personIds) {
    const found = stamps.get(personId);
    if (found === undefined) out.set(personId, NO_FACTS);
    else if (found.stored !== undefined && found.stored.stamp === `${FACTS_VERSION}|${found.recordStamp}` && found.stored.asOf === asOf) out.set(personId, JSON.parse(found.stored.factsJson) as CandidateFacts);
    else stale.push(personId);
  }
  if (stale.length === 0) return out;
  const records = await store.people.getRecords(stale);
  const rows: StoredCandidateFacts[] = [];
  for (const personId of stale) {
    const record = records.get(personId);
    const facts = record === undefined ? NO_FACTS : candidateFacts(record, asOf);
    out.set(personId, facts);
    rows.push({ personId, stamp: `${FACTS_VERSION}|${stamps.get(personId)?.recordStamp ?? ''}`, asOf, factsJson: JSON.stringify(facts) });
  }
  await store.profiles.saveFacts(rows);
  return out;
}

/**
 * Works out again, for `asOf`, the stored facts of up to `limit` people whose rows are for an earlier day
 * (the daily job, as the days pass); returns how many, so a caller repeats while it is `limit`.
 */
export async function refreshStoredFacts(store: Store, asOf: CalendarDate, limit: number): Promise<number> {
  const due = await store.profiles.factsBefore(asOf, { limit });
  if (due.length > 0) await factsOfPeople(store, due, asOf);
  return due.length;
}
