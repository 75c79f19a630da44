import { timingSafeEqual } from 'node:crypto';
import { authenticate, type Deps } from '@modality/app';
import { DomainError, UnauthenticatedError } from '@modality/domain';
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from './session-cookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * Routes that create a session (the caller has none to prove yet), that change nothing (verify), or whose
 * secret is in the request and which ignore any session (a mailed token, signing from a one-time link).
 */
const CSRF_EXEMPT = new Set([
  '/api/v1/auth/sign-in',
  '/api/v1/auth/sign-up',
  '/api/v1/vc/verify',
  // Each carries its own secret (a mailed token) or only asks for a mail to the address's owner.
  '/api/v1/auth/password-reset',
  '/api/v1/auth/password-reset/confirm',
  '/api/v1/auth/verify-email',
  '/api/v1/sign/:token',
  // The postprimary verifier's and clinical supervisor's one-time links (docs/clinical.md).
  '/api/v1/postprimary/links/:token',
  '/api/v1/postprimary/links/:token/verify',
  '/api/v1/postprimary/links/:token/review',
]);
/** `/api/v1` routes open to signed-out callers; every other one needs a session. */
const PUBLIC_ROUTES = new Set([
  ...CSRF_EXEMPT,
  '/api/v1/check',
  '/api/v1/plan',
  '/api/v1/roles',
  '/api/v1/roles/:code',
  '/api/v1/programs',
  '/api/v1/catalogue',
  // Verifiers and calendar apps have no session: status lists are public, a calendar address is its own secret.
  '/api/v1/status-lists/:id',
  '/api/v1/calendar/:token',
  // Exists only on the demo, whose mailbox holds mail to fictitious people.
  '/api/v1/dev/mail',
]);
/** Routes whose reads are open to signed-out callers while their writes need a session (the public job board). */
const PUBLIC_READS = new Set(['/api/v1/postings', '/api/v1/postings/:id']);

/** A request with a session cookie that changes state without the session's CSRF token. */
export class CsrfError extends DomainError {
  constructor() {
    super('csrf_failed', 'Missing or wrong x-csrf-token header for this session');
  }
}

/**
 * Resolves the session cookie to a principal on every API request, and demands the session's CSRF token
 * (header `x-csrf-token`) on every state-changing request made with that cookie: a cross-site form or
 * fetch carries the cookie but cannot read the token.
 */
export function registerAuthHooks(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    request.principal = token
      ? ((await authenticate(deps, token, { userAgent: request.headers['user-agent'] ?? null })) ?? null)
      : null;
  });
  // Before the body is even read, so that a signed-out or cross-site caller costs no parsing and learns
  // nothing about the body's shape: 401, then 403 for a missing CSRF token, and only then 413/415/400.
  app.addHook('onRequest', async (request) => {
    const route = request.routeOptions.url ?? '';
    if (request.principal === null) {
      if (
        route.startsWith('/api/v1/') &&
        !PUBLIC_ROUTES.has(route) &&
        !(SAFE_METHODS.has(request.method) && PUBLIC_READS.has(route))
      )
        throw new UnauthenticatedError();
      return;
    }
    if (SAFE_METHODS.has(request.method) || CSRF_EXEMPT.has(route)) return;
    if (!sameToken(request.headers['x-csrf-token'], request.principal.csrfToken)) throw new CsrfError();
  });
}

/** Compares a sent token with the expected one in constant time, so timing tells nothing of how much matched. */
export function sameToken(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  // Lengths differ only for a malformed header: every real token has the expected length.
  return a.length === b.length && timingSafeEqual(a, b);
}
