import { refreshStoredFacts, todayUtc, type CandidateRanking, type Deps } from '@modality/app';
import { listenForCandidateChanges, type CandidateChangeListener, type DatabaseConfig } from '@modality/storage';

/** How often the daily job looks for stored facts of past days: a day's changes reach the indexes within about this long after midnight (UTC), plus the time to work them out. */
const FACTS_CHECK_MS = 10 * 60_000;
/** Stored facts worked out again per batch by the daily job. */
const FACTS_BATCH = 1000;

/** A node's ranking index being built and followed; `stop` ends the listening. */
export interface RankingFeed {
  /** Resolves when the index is built (with how many candidates and how long it took), rejects if the build failed. */
  readonly ready: Promise<{ readonly candidates: number; readonly seconds: number }>;
  stop(): Promise<void>;
}

/**
 * Builds this node's candidate ranking index now (not at the first search) and, on PostgreSQL, keeps it
 * current between queries: a dedicated connection LISTENs for the change feed's notifications and each one
 * makes the index read the feed (rankings still read it first, so a lost notification delays nothing).
 * On SQLite (one process) the read before each ranking is all there is.
 */
export function followRankingFeed(deps: Pick<Deps, 'store' | 'clock'> & { readonly ranking: CandidateRanking }, config: DatabaseConfig, onError: (error: unknown) => void = () => undefined): RankingFeed {
  const started = performance.now();
  const ready = deps.ranking.build(deps).then(() => ({ candidates: deps.ranking.sizes.employers, seconds: (performance.now() - started) / 1000 }));
  ready.catch(onError);
  let listener: CandidateChangeListener | undefined;
  if (config.kind === 'postgres') {
    listener = listenForCandidateChanges(config.url, {
      onChange: () => {
        // Only once built: the build itself takes its cursor before reading, so nothing is missed meanwhile.
        ready.then(() => deps.ranking.catchUp(deps)).catch(onError);
      },
      onError,
    });
  }
  // The daily job, checked every ten minutes: stored candidate facts of past days are worked out again for
  // today (a batch at a time), so a start-up after midnight reads them instead of running the rules engine;
  // the people whose facts moved with the day go into the change feed, which every node's index follows.
  let refreshing = false;
  const daily = setInterval(() => {
    if (refreshing) return;
    refreshing = true;
    void (async () => {
      while ((await refreshStoredFacts(deps.store, todayUtc(deps), FACTS_BATCH)) === FACTS_BATCH);
    })()
      .catch(onError)
      .finally(() => (refreshing = false));
  }, FACTS_CHECK_MS);
  daily.unref();
  return {
    ready,
    async stop() {
      clearInterval(daily);
      await listener?.stop();
    },
  };
}
