import type { CalendarDate, PostingSide } from '@modality/domain';
import { allocateColumns, CandidateIndex, matchDay, writeRow, type CandidateRecord } from '@modality/matching';
import type { Deps } from '../deps.js';
import type { CandidateProfileRow, FindableCandidate } from '../ports/index.js';
import { todayUtc } from '../verdicts/as-of.js';
import type { CandidateFacts } from './candidate-facts.js';
import { findableBy } from './candidate-profile.js';
import { keptFromRankings } from './ethical-recruitment.js';
import { encodeCandidate } from './match-encoding.js';
import type { RouteToClose } from './near-miss-route.js';
import { factsOfFindable, factsOfPeople, NO_FACTS } from './stored-facts.js';

/**
 * Profiles read per page while the index is built, each with its stamp and stored facts in the same
 * statement: large pages, so a million candidates are a few hundred round trips, not thousands.
 */
const BUILD_PAGE = 10_000;

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
 * This node's ranking index of findable candidates, kept in memory: built from the store at start (or on
 * first use), then kept current from the change feed — the people whose profile or record changed since
 * this node's cursor. Every ranking reads the feed first, so a change made through any node is in every
 * node's next answer; on PostgreSQL a node also listens for the feed's notifications and catches up between
 * queries (`catchUp`). Two engine indexes: everyone findable by employers, and the subset findable by
 * agencies too. Residents of countries on a list that protects them from active recruitment everywhere (the
 * WHO list) are left out: nobody is shown them to approach, though they may apply themselves.
 */
export class CandidateRanking {
  #ready: Promise<void> | undefined;
  #cursor = '0';
  readonly #numeric = new Map<string, number>();
  readonly #byNumeric = new Map<number, IndexedCandidate>();
  #next = 1;
  #employers: CandidateIndex | undefined;
  #agencies: CandidateIndex | undefined;
  /** Planner routes worked out for near-misses, per indexed candidate (a change replaces the entry, so they go with it) and goal. */
  readonly #routes = new WeakMap<IndexedCandidate, Map<string, RouteToClose | null>>();
  /** The feed read under way, and the one queued behind it (callers arriving meanwhile share it). */
  #running: Promise<void> | undefined;
  #queued: Promise<void> | undefined;

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

  /** The route remembered for this indexed candidate and goal key: undefined when none was worked out yet. */
  knownRoute(candidate: IndexedCandidate, key: string): RouteToClose | null | undefined {
    return this.#routes.get(candidate)?.get(key);
  }

  /** Remembers a route worked out for this indexed candidate and goal key, and returns it. */
  rememberRoute(candidate: IndexedCandidate, key: string, route: RouteToClose | null): RouteToClose | null {
    let routes = this.#routes.get(candidate);
    if (routes === undefined) this.#routes.set(candidate, (routes = new Map<string, RouteToClose | null>()));
    routes.set(key, route);
    return route;
  }

  /** The person as this node's index holds them now (as of its last feed read; reads nothing). */
  indexed(personId: string): IndexedCandidate | undefined {
    const id = this.#numeric.get(personId);
    return id === undefined ? undefined : this.#byNumeric.get(id);
  }

  /** Whether this node's index holds the person now (as of its last feed read; reads nothing). */
  includes(personId: string): boolean {
    const id = this.#numeric.get(personId);
    return id !== undefined && this.#byNumeric.has(id);
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
    // The cursor first: a change committed while the index is read is then read again from the feed.
    this.#cursor = await deps.store.profiles.feedCursor();
    const employers: CandidateRecord[] = [];
    const agencies: CandidateRecord[] = [];
    const read = (after: string | undefined) => deps.store.profiles.listFindableWithFacts({ limit: BUILD_PAGE, ...(after === undefined ? {} : { after }) });
    let next: Promise<FindableCandidate[]> | undefined = read(undefined);
    while (next !== undefined) {
      const page: FindableCandidate[] = await next;
      const last = page.at(-1);
      // The next page is asked for before this one is encoded: the database reads it meanwhile.
      next = page.length < BUILD_PAGE || last === undefined ? undefined : read(last.profile.personId);
      // Whatever happens to this page, the read under way is awaited (or its failure would go unheard).
      next?.catch(() => undefined);
      // The stored facts where they are exact; the rules engine only for the rest (written back).
      const factsOf = await factsOfFindable(deps.store, page, asOf);
      for (let i = 0; i < page.length; i++) {
        const { profile } = page[i] as FindableCandidate;
        const facts = factsOf[i] ?? NO_FACTS;
        if (keptFromRankings(facts.country)) continue;
        const id = this.#idOf(profile.personId);
        const encoded = encodeCandidate(profile, facts, id, asOf);
        this.#byNumeric.set(id, { personId: profile.personId, profile, facts });
        employers.push(encoded);
        if (findableBy(profile, 'agency')) agencies.push(encoded);
      }
    }
    this.#employers = newIndex(employers, asOf);
    this.#agencies = newIndex(agencies, asOf);
  }

  /** Re-reads one person's profile and record and puts them in, or takes them out of, each index. */
  async #refresh(deps: Pick<Deps, 'store' | 'clock'>, personId: string): Promise<void> {
    const asOf = todayUtc(deps);
    const profile = await deps.store.profiles.findByPerson(personId);
    const known = this.#numeric.get(personId);
    if (profile === undefined || !findableBy(profile, 'employer')) {
      if (known !== undefined) this.#remove(known);
      return;
    }
    const facts = (await factsOfPeople(deps.store, [personId], asOf)).get(personId) ?? NO_FACTS;
    const id = this.#idOf(personId);
    if (keptFromRankings(facts.country)) {
      this.#remove(id);
      return;
    }
    const record = encodeCandidate(profile, facts, id, asOf);
    this.#byNumeric.set(id, { personId, profile, facts });
    this.#employers?.upsert(record);
    if (findableBy(profile, 'agency')) this.#agencies?.upsert(record);
    else this.#agencies?.remove(id);
  }

  #remove(id: number): void {
    this.#employers?.remove(id);
    this.#agencies?.remove(id);
    this.#byNumeric.delete(id);
  }

  /** Reads the feed once from the cursor and applies what it names. */
  async #readFeed(deps: Pick<Deps, 'store' | 'clock'>): Promise<void> {
    const { personIds, cursor } = await deps.store.profiles.changesAfter(this.#cursor);
    for (const personId of new Set(personIds)) await this.#refresh(deps, personId);
    this.#cursor = cursor;
  }

  /** Builds the index if it is not built or being built; resolves when it is ready. */
  async build(deps: Pick<Deps, 'store' | 'clock'>): Promise<void> {
    this.#ready ??= this.#build(deps).catch((error: unknown) => {
      this.#ready = undefined;
      throw error;
    });
    await this.#ready;
  }

  /**
   * Applies every change committed before this call (once the index is built). One feed read runs at a
   * time; callers that arrive while one runs share the next one, which starts after it.
   */
  async catchUp(deps: Pick<Deps, 'store' | 'clock'>): Promise<void> {
    await this.build(deps);
    if (this.#queued !== undefined) return this.#queued;
    const start = (): Promise<void> => {
      const read = this.#readFeed(deps).finally(() => {
        if (this.#running === read) this.#running = undefined;
      });
      this.#running = read;
      return read;
    };
    if (this.#running === undefined) return start();
    const queued = this.#running
      .catch(() => undefined)
      .then(() => {
        this.#queued = undefined;
        return start();
      });
    this.#queued = queued;
    return queued;
  }

  /** Builds the index on first use, then applies every change since the last look: what every ranking calls first. */
  async current(deps: Pick<Deps, 'store' | 'clock'>): Promise<void> {
    await this.catchUp(deps);
  }
}
