import type { Principal } from '@modality/app';
import { UnauthenticatedError } from '@modality/domain';
import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, set from the session cookie by the auth hook; null when signed out. */
    principal: Principal | null;
  }
}

/** The principal of a request, or a 401 for a signed-out caller. */
export function requirePrincipal(request: FastifyRequest): Principal {
  if (request.principal === null) throw new UnauthenticatedError();
  return request.principal;
}
