import { personVerdict, todayUtc } from '@modality/app';
import { personIdParamsSchema, personRecordSchema, verdictQuerySchema, verdictSchema } from '@modality/contracts';
import type { PersonRecord } from '@modality/domain';
import { deadlinesToIcs, evaluate } from '@modality/rules';
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
      schema: {
        tags: ['rules'],
        summary: 'Compliance and eligibility verdict for the person record in the body (not stored)',
        querystring: verdictQuerySchema,
        body: personRecordSchema,
        response: { 200: verdictSchema, ...problems(400) },
      },
    },
    // The body was validated against personRecordSchema; the cast restores the domain's readonly types.
    async (request) => {
      const { asOf, target } = request.query;
      return evaluate(request.body as PersonRecord, asOf ?? todayUtc(ctx.deps), target === undefined ? {} : { target }) as z.output<typeof verdictSchema>;
    },
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
      const { asOf, target } = request.query;
      const { verdict } = await personVerdict(ctx.deps, requirePrincipal(request), request.params.id, asOf ?? todayUtc(ctx.deps), target);
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
      const asOf = request.query.asOf ?? todayUtc(ctx.deps);
      const { record, verdict } = await personVerdict(ctx.deps, requirePrincipal(request), request.params.id, asOf);
      const ics = deadlinesToIcs(verdict, { dtstamp: ctx.deps.clock.now().toISOString().replace(/\.\d{3}Z$/, 'Z'), uidDomain: 'modality.local', personName: record.person.name });
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', `attachment; filename="deadlines-${request.params.id}.ics"`).send(ics);
    },
  );
};
