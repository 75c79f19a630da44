/** At most `max` hits per fixed window of `windowSeconds`. */
export interface RateLimitTier {
  readonly max: number;
  readonly windowSeconds: number;
}

/**
 * The install's limits, by policy name. A policy is a list of tiers, all counted on every hit: a caller
 * who keeps trying after the short tier trips goes on filling the longer ones, so the wait grows from a
 * minute to a quarter of an hour to an hour (stepped back-off) instead of resetting every minute.
 */
export const DEFAULT_RATE_LIMITS = {
  /** Sign-in attempts from one client address. */
  'sign-in-address': [
    { max: 20, windowSeconds: 60 },
    { max: 100, windowSeconds: 3_600 },
  ],
  /** Sign-in attempts on one account (by e-mail address), from any address: guessing one password is slow. */
  'sign-in-account': [
    { max: 5, windowSeconds: 60 },
    { max: 10, windowSeconds: 900 },
    { max: 20, windowSeconds: 3_600 },
    { max: 50, windowSeconds: 86_400 },
  ],
  /** New accounts from one client address. */
  'sign-up-address': [
    { max: 10, windowSeconds: 3_600 },
    { max: 30, windowSeconds: 86_400 },
  ],
  /** Password-reset mails asked for from one client address. */
  'password-reset-address': [
    { max: 10, windowSeconds: 3_600 },
    { max: 30, windowSeconds: 86_400 },
  ],
  /** Password-reset mails asked for one e-mail address, from any client: nobody's inbox can be flooded. */
  'password-reset-account': [
    { max: 3, windowSeconds: 3_600 },
    { max: 10, windowSeconds: 86_400 },
  ],
  /** Uses of a mailed link (a reset, an address confirmation) from one client address: tokens cannot be tried in bulk. */
  'account-link-address': [
    { max: 20, windowSeconds: 60 },
    { max: 100, windowSeconds: 3_600 },
  ],
  /** Public compute (a verdict or a plan for a record in the body, verifying a credential) from one address. */
  'compute-address': [
    { max: 120, windowSeconds: 60 },
    { max: 2_000, windowSeconds: 3_600 },
  ],
} as const satisfies Readonly<Record<string, readonly RateLimitTier[]>>;

/** The name of a limit (add a policy to {@link DEFAULT_RATE_LIMITS} to add one). */
export type RateLimitPolicyName = keyof typeof DEFAULT_RATE_LIMITS;

/** Limits in force: every policy with its tiers. */
export type RateLimitPolicies = Readonly<Record<RateLimitPolicyName, readonly RateLimitTier[]>>;
