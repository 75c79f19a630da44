import type { RateLimitRepository } from '@modality/app';
import { sql } from 'kysely';
import type { Executor } from './executor.js';

/** Rate-limit counters: one upsert per hit, so concurrent hits from any number of nodes are all counted. */
export class KyselyRateLimitRepository implements RateLimitRepository {
  private readonly db: Executor;
  constructor(db: Executor) {
    this.db = db;
  }

  async hit(key: string, windowStart: string, windowEnd: string): Promise<number> {
    // A later window restarts the count; an earlier one (a node whose clock lags) counts in the current one.
    const later = sql<boolean>`excluded.window_start > rate_limits.window_start`;
    const row = await this.db
      .insertInto('rate_limits')
      .values({ key, window_start: windowStart, window_end: windowEnd, count: 1 })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          count: sql<number>`CASE WHEN ${later} THEN 1 ELSE rate_limits.count + 1 END`,
          window_start: sql<string>`CASE WHEN ${later} THEN excluded.window_start ELSE rate_limits.window_start END`,
          window_end: sql<string>`CASE WHEN ${later} THEN excluded.window_end ELSE rate_limits.window_end END`,
        }),
      )
      .returning('count')
      .executeTakeFirstOrThrow();
    return row.count;
  }

  async deleteExpired(now: string): Promise<number> {
    const r = await this.db.deleteFrom('rate_limits').where('window_end', '<=', now).executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}
