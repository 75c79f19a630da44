/**
 * Shared request counters, one per key and fixed time window, kept in the database so that every node of
 * an install counts against the same limit.
 */
export interface RateLimitRepository {
  /**
   * Counts one more hit on `key` in the window that starts at `windowStart` and returns the count including
   * this hit, in one atomic statement (concurrent hits from several nodes are all counted). A hit in a later
   * window than the stored one starts the count again at 1.
   */
  hit(key: string, windowStart: string, windowEnd: string): Promise<number>;
  /** Forgets the windows that ended at or before `now`; returns how many. */
  deleteExpired(now: string): Promise<number>;
}
