import { checkRecord, personDeadlinesCalendar, personVerdict } from '@modality/app';
import { personIdParamsSchema, personRecordSchema, verdictQuerySchema, verdictSchema } from '@modality/contracts';
import type { PersonRecord } from '@modality/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/**
 * Verdicts: for a record in the body (nothing stored, no sign-in needed — the same as `modality check`),
 * for a stored person (same access as their record), and their deadlines as an iCalendar feed.
 */
export const checkRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.post(
    '/api/v1/check',
    {
      onRequest: ctx.limit('compute-address'),
      schema: {
        tags: ['rules'],
        summary: 'Compliance and eligibility verdict for the person record in the body (not stored)',
        querystring: verdictQuerySchema,
        body: personRecordSchema,
        response: { 200: verdictSchema, ...problems(400, 429) },
      },
    },
    // The body was validated against personRecordSchema; the casts restore the domain's readonly types and back.
    (request) => checkRecord(ctx.deps, { record: request.body as PersonRecord, ...request.query }).verdict as z.output<typeof verdictSchema>,
  );

  app.get(
    '/api/v1/people/:id/verdict',
    {
      schema: {
        tags: ['rules'],
        summary: "A stored person's verdict (same access as the record)",
        params: personIdParamsSchema,
        querystring: verdictQuerySchema,
        response: { 200: verdictSchema, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const { verdict } = await personVerdict(ctx.deps, requirePrincipal(request), { personId: request.params.id, ...request.query });
      return verdict as z.output<typeof verdictSchema>;
    },
  );

  app.get(
    '/api/v1/people/:id/deadlines.ics',
    {
      schema: {
        tags: ['rules'],
        summary: "A stored person's deadlines as an iCalendar (RFC 5545) feed",
        params: personIdParamsSchema,
        querystring: verdictQuerySchema.pick({ asOf: true }),
        produces: ['text/calendar'],
        response: { 200: z.string().describe('text/calendar'), ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const { ics, filename } = await personDeadlinesCalendar(ctx.deps, requirePrincipal(request), { personId: request.params.id, asOf: request.query.asOf });
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(ics);
    },
  );
};
