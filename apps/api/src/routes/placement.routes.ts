import { getSiteRanking, listPlacementRuns, myPlacement, myRotationsIcs, publishPlacementRun, rankSites, rotationScheduleCsv, runPlacement } from '@modality/app';
import { myPlacementSchema, placementRunInputSchema, placementRunSchema, placementRunsSchema, schoolRunParamsSchema, schoolTermParamsSchema, siteRankingInputSchema, siteRankingSchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/** Students rank a term's sites; the director runs placement, publishes it and exports the schedule. */
export const placementRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const tags = ['clinical placement'];
  app.get(
    '/api/v1/schools/:id/terms/:termId/ranking',
    { schema: { tags, summary: "Your ranking of the school's sites for a term (students)", params: schoolTermParamsSchema, response: { 200: siteRankingSchema, ...problems(400, 401, 403, 404) } } },
    async (request) => getSiteRanking(ctx.deps, requirePrincipal(request), request.params.id, request.params.termId),
  );
  app.put(
    '/api/v1/schools/:id/terms/:termId/ranking',
    {
      schema: {
        tags,
        summary: "Rank the school's sites for a term, first choice first (replaces your ranking)",
        params: schoolTermParamsSchema,
        body: siteRankingInputSchema,
        response: { 200: siteRankingSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => rankSites(ctx.deps, requirePrincipal(request), request.params.id, request.params.termId, request.body.sites),
  );
  app.post(
    '/api/v1/schools/:id/terms/:termId/placements',
    {
      schema: {
        tags,
        summary: 'Place the students for a term, stable or optimal, each assignment explained (kept unpublished)',
        params: schoolTermParamsSchema,
        body: placementRunInputSchema,
        response: { 201: placementRunSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.code(201).send(await runPlacement(ctx.deps, requirePrincipal(request), request.params.id, request.params.termId, request.body.mode)),
  );
  app.get(
    '/api/v1/schools/:id/terms/:termId/placements',
    { schema: { tags, summary: "The term's placement runs, newest first", params: schoolTermParamsSchema, response: { 200: placementRunsSchema, ...problems(401, 403, 404) } } },
    async (request) => ({ runs: await listPlacementRuns(ctx.deps, requirePrincipal(request), request.params.id, request.params.termId) }),
  );
  app.post(
    '/api/v1/schools/:id/placements/:runId/publish',
    {
      schema: {
        tags,
        summary: "Publish a run: the school's rotations in the term's dates become its assignments",
        params: schoolRunParamsSchema,
        response: { 200: placementRunSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => publishPlacementRun(ctx.deps, requirePrincipal(request), request.params.id, request.params.runId),
  );
  app.get(
    '/api/v1/schools/:id/terms/:termId/schedule.csv',
    {
      schema: {
        tags,
        summary: 'The published rotation schedule of a term as CSV',
        params: schoolTermParamsSchema,
        produces: ['text/csv'],
        response: { 200: z.string().describe('text/csv'), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { csv, filename } = await rotationScheduleCsv(ctx.deps, requirePrincipal(request), request.params.id, request.params.termId);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(csv);
    },
  );
  app.get(
    '/api/v1/me/placement',
    { schema: { tags, summary: 'Your terms to rank sites for, and your published rotations', response: { 200: myPlacementSchema, ...problems(401) } } },
    async (request) => myPlacement(ctx.deps, requirePrincipal(request)),
  );
  app.get(
    '/api/v1/me/rotations.ics',
    { schema: { tags, summary: 'Your published rotations as iCalendar', produces: ['text/calendar'], response: { 200: z.string().describe('text/calendar'), ...problems(401) } } },
    async (request, reply) => {
      const ics = await myRotationsIcs(ctx.deps, requirePrincipal(request));
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="rotations.ics"').send(ics);
    },
  );
};
