/**
 * Why a credential failed verification, as the verify report, the API and the CLI say it. Stable words:
 * verifiers build on them ("revoked", "bad signature" …).
 */
export const VERIFY_REASONS = [
  'not a credential',
  'not signed',
  'bad signature',
  'unknown issuer',
  'signed by someone other than the issuer',
  'revoked',
  'status unavailable',
  'not yet valid',
  'expired',
] as const;
export type VerifyReason = (typeof VERIFY_REASONS)[number];
