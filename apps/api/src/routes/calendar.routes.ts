import { calendarFeedIcs, calendarFeedStatus, createCalendarFeed, revokeCalendarFeed } from '@modality/app';
import { calendarFeedSchema, calendarFeedStatusSchema, calendarTokenParamsSchema, personIdParamsSchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/** A secret calendar address per person: make, revoke, see whether one is live, and the feed itself. */
export const calendarRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const tags = ['calendar'];
  app.get(
    '/api/v1/people/:id/calendar-feed',
    { schema: { tags, summary: 'Whether you have a live calendar address (owner only; the address is shown only when made)', params: personIdParamsSchema, response: { 200: calendarFeedStatusSchema, ...problems(401, 404) } } },
    async (request) => calendarFeedStatus(ctx.deps, requirePrincipal(request), request.params.id),
  );
  app.post(
    '/api/v1/people/:id/calendar-feed',
    { schema: { tags, summary: 'Make a new secret calendar address for your deadlines (revokes the old one)', params: personIdParamsSchema, response: { 201: calendarFeedSchema, ...problems(401, 404) } } },
    async (request, reply) => reply.code(201).send(await createCalendarFeed(ctx.deps, requirePrincipal(request), request.params.id)),
  );
  app.delete(
    '/api/v1/people/:id/calendar-feed',
    { schema: { tags, summary: 'Revoke your calendar address', params: personIdParamsSchema, response: { 200: z.object({ revoked: z.number().int() }), ...problems(401, 404) } } },
    async (request) => revokeCalendarFeed(ctx.deps, requirePrincipal(request), request.params.id),
  );
  app.get(
    '/api/v1/calendar/:token',
    {
      schema: {
        tags,
        summary: 'The deadlines of a calendar address as iCalendar, with reminders (public: the address is the secret)',
        params: calendarTokenParamsSchema,
        produces: ['text/calendar'],
        response: { 200: z.string().describe('text/calendar'), ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const ics = await calendarFeedIcs(ctx.deps, request.params.token.replace(/\.ics$/, ''));
      return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=3600').send(ics);
    },
  );
};
