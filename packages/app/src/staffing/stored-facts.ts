import type { CalendarDate } from '@modality/domain';
import { RULE_PACK_VERSION } from '@modality/knowledge';
import type { FindableCandidate, Store, StoredCandidateFacts } from '../ports/index.js';
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
    const facts = found === undefined ? NO_FACTS : exactFacts(found.recordStamp, found.stored, asOf);
    if (facts === undefined) stale.push(personId);
    else out.set(personId, facts);
  }
  if (stale.length === 0) return out;
  return workOut(store, new Map(stale.map((id) => [id, stamps.get(id)?.recordStamp ?? ''])), asOf, out);
}

/** The stored facts when they were worked out from this record (same stamp) for `asOf`; undefined otherwise. */
function exactFacts(recordStamp: string, stored: StoredCandidateFacts | undefined, asOf: CalendarDate): CandidateFacts | undefined {
  return stored !== undefined && stored.asOf === asOf && stored.stamp === `${FACTS_VERSION}|${recordStamp}` ? (JSON.parse(stored.factsJson) as CandidateFacts) : undefined;
}

/**
 * The facts of a page of findable candidates read with their stamps and stored facts
 * (`listFindableWithFacts`), in the page's order: exactly what `factsOfPeople` gives for them, without
 * reading the stamps again; only the people without exact stored facts are read and worked out (and
 * written back).
 */
export async function factsOfFindable(store: Store, page: readonly FindableCandidate[], asOf: CalendarDate): Promise<CandidateFacts[]> {
  const out: CandidateFacts[] = new Array<CandidateFacts>(page.length);
  const staleAt: number[] = [];
  for (let i = 0; i < page.length; i++) {
    const c = page[i] as FindableCandidate;
    const facts = c.recordStamp === undefined ? NO_FACTS : exactFacts(c.recordStamp, c.stored, asOf);
    if (facts === undefined) staleAt.push(i);
    else out[i] = facts;
  }
  if (staleAt.length === 0) return out;
  // The stamps were read with the page, before the records are read here.
  const stamps = new Map(staleAt.map((i) => [(page[i] as FindableCandidate).profile.personId, (page[i] as FindableCandidate).recordStamp ?? '']));
  const worked = await workOut(store, stamps, asOf, new Map());
  for (const i of staleAt) out[i] = worked.get((page[i] as FindableCandidate).profile.personId) ?? NO_FACTS;
  return out;
}

/**
 * Works out the facts of the people in `stamps` (person → their record's stamp, read before their record)
 * through the rules engine, writes them back and adds them to `out`.
 */
async function workOut(store: Store, stamps: ReadonlyMap<string, string>, asOf: CalendarDate, out: Map<string, CandidateFacts>): Promise<Map<string, CandidateFacts>> {
  const records = await store.people.getRecords([...stamps.keys()]);
  const rows: StoredCandidateFacts[] = [];
  for (const [personId, recordStamp] of stamps) {
    const record = records.get(personId);
    const facts = record === undefined ? NO_FACTS : candidateFacts(record, asOf);
    out.set(personId, facts);
    rows.push({ personId, stamp: `${FACTS_VERSION}|${recordStamp}`, asOf, factsJson: JSON.stringify(facts) });
  }
  await store.profiles.saveFacts(rows);
  return out;
}

/**
 * Works out again, for `asOf`, the stored facts of up to `limit` people whose rows are for an earlier day
 * (the daily job, as the days pass), and puts those whose facts moved with the day (a credential lapsed, a
 * year in a modality completed, an exam window opened) in the change feed, so that every node's index takes
 * them in as it takes in an edit; returns how many rows were worked out, so a caller repeats while it is
 * `limit`.
 *
 * @example
 * while ((await refreshStoredFacts(store, '2026-12-01', 1000)) === 1000);
 */
export async function refreshStoredFacts(store: Store, asOf: CalendarDate, limit: number): Promise<number> {
  const due = await store.profiles.factsBefore(asOf, { limit });
  if (due.length === 0) return 0;
  // Every row due is for a past day, so each is worked out again; the stamps are read before the records.
  const before = await store.profiles.storedFacts(due);
  const now = await workOut(store, new Map([...before].map(([id, s]) => [id, s.recordStamp])), asOf, new Map());
  // Stored JSON is `JSON.stringify` of the same shape built in the same order, so equal facts give equal text.
  const moved = [...before].flatMap(([id, s]) => (s.stored?.factsJson === JSON.stringify(now.get(id) ?? NO_FACTS) ? [] : [id]));
  if (moved.length > 0) await store.transaction((tx) => tx.profiles.announceChanges(moved));
  return due.length;
}
