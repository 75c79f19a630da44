import { RateLimitedError } from '@modality/domain';
import type { Deps } from '../deps.js';
import type { RateLimitPolicies, RateLimitPolicyName } from './rate-limit-policies.js';

/**
 * Counts one request of `subject` (a client address, an e-mail address) against every tier of `policy`,
 * in the database, so that all nodes share the count. Throws {@link RateLimitedError} with the longest
 * wait when any tier is over its limit. Subjects are stored as SHA-256 digests, not in clear.
 */
export async function takeRateLimit(
  deps: Pick<Deps, 'store' | 'clock' | 'hasher'>,
  policies: RateLimitPolicies,
  policy: RateLimitPolicyName,
  subject: string,
): Promise<void> {
  const now = deps.clock.now().getTime();
  const digest = deps.hasher.digest(subject);
  let retryAfterMs = 0;
  for (const tier of policies[policy]) {
    const windowMs = tier.windowSeconds * 1000;
    const start = Math.floor(now / windowMs) * windowMs;
    const end = start + windowMs;
    const key = `${policy}:${String(tier.windowSeconds)}:${digest}`;
    const count = await deps.store.rateLimits.hit(key, new Date(start).toISOString(), new Date(end).toISOString());
    if (count > tier.max) retryAfterMs = Math.max(retryAfterMs, end - now);
  }
  if (retryAfterMs > 0) throw new RateLimitedError(Math.max(1, Math.ceil(retryAfterMs / 1000)));
}

/** Drops the counters of windows that have ended (run now and then by the server). */
export function purgeRateLimits(deps: Pick<Deps, 'store' | 'clock'>): Promise<number> {
  return deps.store.rateLimits.deleteExpired(deps.clock.now().toISOString());
}
