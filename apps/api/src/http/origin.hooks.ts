import { DomainError } from '@modality/domain';
import type { FastifyRequest } from 'fastify';

/** A browser request sent from another site's page to a route that must come from our own pages. */
export class CrossSiteRequestError extends DomainError {
  constructor(origin: string) {
    super('origin_refused', `Requests from ${origin} may not do this; use Modality's own sign-in page`);
  }
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/**
 * Refuses a request whose `Origin` is another site (login CSRF: a hostile page signing the victim into
 * the attacker's account). Browsers send `Origin` on every cross-site POST, so a request without one is a
 * non-browser client (the CLI, curl) and passes. Our own origin is the host the request was sent to, or the
 * install's public address (behind a proxy that rewrites `Host`).
 */
export function sameOriginOnly(publicUrl: string): (request: FastifyRequest) => Promise<void> {
  const publicHost = hostOf(publicUrl);
  return (request) => {
    const origin = request.headers.origin;
    if (origin !== undefined) {
      const host = hostOf(origin);
      if (host === undefined || (host !== request.host && host !== publicHost))
        return Promise.reject(new CrossSiteRequestError(origin.slice(0, 200)));
    } else if (request.headers['sec-fetch-site'] === 'cross-site') {
      return Promise.reject(new CrossSiteRequestError('another site'));
    }
    return Promise.resolve();
  };
}
