import type { CalendarDate, PostingSide } from '@modality/domain';
import { allocateColumns, CandidateIndex, matchDay, writeRow, type CandidateRecord } from '@modality/matching';
import type { Deps } from '../deps.js';
import type { CandidateProfileRow } from '../ports/index.js';
import { todayUtc } from '../verdicts/as-of.js';
import type { CandidateFacts } from './candidate-facts.js';
import { factsOf, findableBy } from './candidate-profile.js';
import { keptFromRankings } from './ethical-recruitment.js';
import { encodeCandidate } from './match-encoding.js';

/** How far back each look at the change feed starts before the previous one (writes still committing then). */
const FEED_OVERLAP_MS = 1000;

/** A candidate in the index: the profile and record facts the answers are explained with. */
export interface IndexedCandidate {
  readonly personId: string;
  readonly profile: CandidateProfileRow;
  readonly facts: CandidateFacts;
}

/** Builds an index that can grow from empty (the engine's growth doubles its capacity, so start above 0). */
function newIndex(records: readonly CandidateRecord[], asOf: CalendarDate): CandidateIndex {
  const cols = allocateColumns(Math.max(64, records.length));
  records.forEach((r, row) => writeRow(cols, row, r));
  cols.n = records.length;
  // Weekly "available by" boundaries from a month ago: start dates up to about 14 months out are exact bitsets.
  return CandidateIndex.build(cols, { availOrigin: Math.max(0, matchDay(asOf) - 30) });
}

/**
 * This node's ranking index of findable candidates, kept in memory: built from the store on first use,
 * then brought up to date before every answer from the change feed (profiles and records changed since
 * the last look), so a change made through any node is seen by every node at its next query. Two engine
 * indexes: everyone findable by employers, and the subset findable by agencies too. Residents of countries
 * on a list that protects them from active recruitment everywhere (the WHO list) are left out: nobody is
 * shown them to approach, though they may apply themselves.
 */
export class CandidateRanking {
  #ready: Promise<void> | undefined;
  #watermark = '';
  readonly #numeric = new Map<string, number>();
  readonly #byNumeric = new Map<number, IndexedCandidate>();
  #next = 1;
  #employers: CandidateIndex | undefined;
  #agencies: CandidateIndex | undefined;

  /** The engine index a recruiter of `side` searches. */
  index(side: PostingSide): CandidateIndex {
    const index = side === 'employer' ? this.#employers : this.#agencies;
    if (index === undefined) throw new Error('the ranking index is not built yet: call current() first');
    return index;
  }

  /** The candidate behind an engine id. */
  candidate(numericId: number): IndexedCandidate | undefined {
    return this.#byNumeric.get(numericId);
  }

  /** How many candidates each index holds. */
  get sizes(): { readonly employers: number; readonly agencies: number } {
    return { employers: this.#employers?.size ?? 0, agencies: this.#agencies?.size ?? 0 };
  }

  #idOf(personId: string): number {
    let id = this.#numeric.get(personId);
    if (id === undefined) {
      id = this.#next++;
      this.#numeric.set(personId, id);
    }
    return id;
  }

  async #build(deps: Pick<Deps, 'store' | 'clock'>): Promise<void> {
    const asOf = todayUtc(deps);
    this.#watermark = new Date(deps.clock.now().getTime() - FEED_OVERLAP_MS).toISOString();
    const employers: CandidateRecord[] = [];
    const agencies: CandidateRecord[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await deps.store.profiles.listFindable({ limit: 500, ...(after === undefined ? {} : { after }) });
      for (const profile of page) {
        const facts = await factsOf(deps.store, profile.personId, asOf);
        if (keptFromRankings(facts.country)) continue;
        const id = this.#idOf(profile.personId);
        const record = encodeCandidate(profile, facts, id, asOf);
        this.#byNumeric.set(id, { personId: profile.personId, profile, facts });
        employers.push(record);
        if (findableBy(profile, 'agency')) agencies.push(record);
      }
      const last = page.at(-1);
      if (page.length < 500 || last === undefined) break;
      after = last.personId;
    }
    this.#employers = newIndex(employers, asOf);
    this.#agencies = newIndex(agencies, asOf);
  }

  /** Re-reads one person's profile and record and puts them in, or takes them out of, each index. */
  async #refresh(deps: Pick<Deps, 'store' | 'clock'>, personId: string): Promise<void> {
    const asOf = todayUtc(deps);
    const profile = await deps.store.profiles.findByPerson(personId);
    const id = this.#idOf(personId);
    if (profile === undefined || !findableBy(profile, 'employer')) {
      this.#employers?.remove(id);
      this.#agencies?.remove(id);
      this.#byNumeric.delete(id);
      return;
    }
    const facts = await factsOf(deps.store, personId, asOf);
    if (keptFromRankings(facts.country)) {
      this.#employers?.remove(id);
      this.#agencies?.remove(id);
      this.#byNumeric.delete(id);
      return;
    }
    const record = encodeCandidate(profile, facts, id, asOf);
    this.#byNumeric.set(id, { personId, profile, facts });
    this.#employers?.upsert(record);
    if (findableBy(profile, 'agency')) this.#agencies?.upsert(record);
    else this.#agencies?.remove(id);
  }

  /**
   * Builds the index on first use, then applies every change since the last call. Changes are read from
   * a moment before the last look, so one written while the last look ran is not missed (re-applying a
   * change is harmless).
   */
  async current(deps: Pick<Deps, 'store' | 'clock'>): Promise<void> {
    this.#ready ??= this.#build(deps);
    await this.#ready;
    const since = this.#watermark;
    const next = new Date(deps.clock.now().getTime() - FEED_OVERLAP_MS).toISOString();
    const changed = await deps.store.profiles.changedSince(since);
    for (const c of changed) await this.#refresh(deps, c.personId);
    if (next > since) this.#watermark = next;
  }
}
