import { authenticate, type Deps } from '@modality/app';
import { DomainError, UnauthenticatedError } from '@modality/domain';
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from './session-cookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * Routes that create a session (the caller has none to prove yet), that change nothing (verify), or whose
 * secret is in the address and which ignore any session (signing from a one-time link).
 */
const CSRF_EXEMPT = new Set(['/api/v1/auth/sign-in', '/api/v1/auth/sign-up', '/api/v1/vc/verify', '/api/v1/sign/:token']);
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
]);

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
    request.principal = token ? ((await authenticate(deps, token)) ?? null) : null;
  });
  // Before body validation, so that a signed-out or cross-site caller learns nothing about the body's shape:
  // 401, then 403 for a missing CSRF token, and only then 400.
  app.addHook('preValidation', async (request) => {
    const route = request.routeOptions.url ?? '';
    if (request.principal === null) {
      if (route.startsWith('/api/v1/') && !PUBLIC_ROUTES.has(route)) throw new UnauthenticatedError();
      return;
    }
    if (SAFE_METHODS.has(request.method) || CSRF_EXEMPT.has(route)) return;
    if (request.headers['x-csrf-token'] !== request.principal.csrfToken) throw new CsrfError();
  });
}
