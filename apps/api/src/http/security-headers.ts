import { IncomingMessage, type ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

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
export const SWAGGER_UI_CSP = Object.entries({
  ...CONTENT_SECURITY_POLICY,
  'style-src': ["'self'", "'unsafe-inline'"],
})
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

/**
 * Helmet's headers with {@link CONTENT_SECURITY_POLICY}. `hsts`: send Strict-Transport-Security (only when
 * served over HTTPS; over plain HTTP browsers ignore it and it would only mislead).
 *
 * The headers do not depend on the request (no nonces), so helmet runs once here and every answer gets the
 * same list. `@fastify/helmet` rebuilt helmet, re-parsing the policy, on every request: a tenth of a health
 * check's time (measured with `--cpu-prof` under `npm run bench:api`).
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: { readonly hsts: boolean },
): Promise<void> {
  const headers = securityHeaders(options);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
  return Promise.resolve();
}

/** The headers helmet sets for this configuration, read off one run of its middleware. */
export function securityHeaders(options: { readonly hsts: boolean }): Record<string, string> {
  const middleware = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: Object.fromEntries(Object.entries(CONTENT_SECURITY_POLICY).map(([k, v]) => [k, [...v]])),
    },
    strictTransportSecurity: options.hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  const headers = new Map<string, string>();
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value));
    },
    removeHeader(name: string) {
      // helmet removes X-Powered-By, which Fastify never sets.
      headers.delete(name.toLowerCase());
    },
  };
  middleware(new IncomingMessage(new Socket()), response as unknown as ServerResponse, (error?: unknown) => {
    // helmet 8 throws its own errors; the callback is only kept for compatibility.
    if (error instanceof Error) throw error;
  });
  return Object.fromEntries(headers);
}
