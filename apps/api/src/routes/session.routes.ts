import { endAllMySessions, endMySession, listMySessions } from '@modality/app';
import { mySessionsSchema, sessionIdParamsSchema, sessionsEndedSchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requirePrincipal } from '../http/principal.js';
import { SESSION_COOKIE, clearSessionCookie } from '../http/session-cookie.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/** The signed-in person's own sessions: list them, end one, or sign out everywhere. */
export const sessionRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get(
    '/api/v1/me/sessions',
    { schema: { tags: ['auth'], summary: 'My sessions: when each began and was last used, and from what', response: { 200: mySessionsSchema, ...problems(401) } } },
    async (request) => ({ sessions: await listMySessions(ctx.deps, requirePrincipal(request), request.cookies[SESSION_COOKIE] ?? '') }),
  );

  app.delete(
    '/api/v1/me/sessions/:id',
    { schema: { tags: ['auth'], summary: 'End one of my sessions', params: sessionIdParamsSchema, response: { 200: sessionsEndedSchema, ...problems(401, 403, 404) } } },
    async (request) => {
      await endMySession(ctx.deps, requirePrincipal(request), request.params.id);
      return { ended: 1 };
    },
  );

  app.post(
    '/api/v1/me/sessions/sign-out-everywhere',
    { schema: { tags: ['auth'], summary: 'End every one of my sessions, this one included', response: { 200: sessionsEndedSchema, ...problems(401, 403) } } },
    async (request, reply) => {
      const result = await endAllMySessions(ctx.deps, requirePrincipal(request));
      clearSessionCookie(reply, ctx.secureCookies);
      return result;
    },
  );
};
