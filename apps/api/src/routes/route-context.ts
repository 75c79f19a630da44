import type { ProofDeps } from '@modality/app';
import type { LimitHook, LimitSubject } from '../http/rate-limit.hooks.js';
import type { RateLimitPolicyName } from '@modality/app';

/** What every route plugin is given by the server. */
export interface RouteContext {
  readonly deps: ProofDeps;
  readonly secureCookies: boolean;
  readonly version: string;
  /** The install is the demo: fictitious data, published password (the web app shows a banner). */
  readonly demo: boolean;
  /** A hook counting a request against a rate-limit policy (see `rateLimiter`). */
  readonly limit: (policy: RateLimitPolicyName, subject?: LimitSubject) => LimitHook;
}
