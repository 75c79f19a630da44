import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The Content-Security-Policy of every response: scripts, styles, fonts and API calls only from this
 * install; no inline script or style, no plug-ins, no framing, forms post only here. The web app is built
 * to run under it (one script and one stylesheet file; styles set from script go through the CSSOM), and
 * `apps/web/e2e/csp.spec.ts` fails on any violation across its pages.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;

/** The API documentation pages' policy: {@link CONTENT_SECURITY_POLICY} plus inline styles (Swagger UI injects one). */
export const SWAGGER_UI_CSP = Object.entries({ ...CONTENT_SECURITY_POLICY, 'style-src': ["'self'", "'unsafe-inline'"] })
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

/**
 * `@fastify/helmet`'s headers with {@link CONTENT_SECURITY_POLICY}. `hsts`: send Strict-Transport-Security
 * (only when served over HTTPS; over plain HTTP browsers ignore it and it would only mislead).
 */
export async function registerSecurityHeaders(app: FastifyInstance, options: { readonly hsts: boolean }): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: Object.fromEntries(Object.entries(CONTENT_SECURITY_POLICY).map(([k, v]) => [k, [...v]])) },
    strictTransportSecurity: options.hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}
