import {
  takeRateLimit,
  type ProofDeps,
  type RateLimitPolicies,
  type RateLimitPolicyName,
} from '@modality/app';
import type { FastifyRequest } from 'fastify';

/** Who a limit counts: a string naming the caller, or undefined to skip counting this request. */
export type LimitSubject = (request: FastifyRequest) => string | undefined;

/**
 * The client address. With proxy trust off (the default) this is the socket's peer and a request cannot
 * choose it; `TRUST_PROXY` decides how much of `X-Forwarded-For` Fastify believes.
 */
export const byAddress: LimitSubject = (request) => request.ip;

/**
 * The e-mail address in the (not yet validated) JSON body, lower-cased: the account being tried. A body
 * without one is not counted here; validation refuses it.
 */
export const byBodyEmail: LimitSubject = (request) => {
  const body: unknown = request.body;
  if (typeof body !== 'object' || body === null || !('email' in body)) return undefined;
  const email: unknown = body.email;
  return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 320) : undefined;
};

/** A hook that counts the request against `policy` (in the database, shared by every node). */
export type LimitHook = (request: FastifyRequest) => Promise<void>;

/**
 * Makes the `limit(policy, subject)` helper routes use. Add a limit to a route with one line:
 * `onRequest: ctx.limit('sign-up-address')` (counted before the body is read), or, for a subject taken
 * from the body, `preValidation: ctx.limit('sign-in-account', byBodyEmail)`.
 */
export function rateLimiter(deps: ProofDeps, policies: RateLimitPolicies) {
  return (policy: RateLimitPolicyName, subject: LimitSubject = byAddress): LimitHook =>
    async (request) => {
      const who = subject(request);
      if (who !== undefined) await takeRateLimit(deps, policies, policy, who);
    };
}
