import { myMatches, rankCandidates } from '@modality/app';
import { candidateRankingSchema, myMatchesSchema, rankingParamsSchema, rankingQuerySchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/** Explained matching both ways: a posting's candidates for its recruiters, and a candidate's postings for them. */
export const rankingRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get(
    '/api/v1/postings/:id/candidates',
    {
      schema: {
        tags: ['staffing'],
        summary: "A posting's candidates who chose to be found, ranked and explained, with near-misses and what relaxing each requirement adds (its recruiters and admins)",
        params: rankingParamsSchema,
        querystring: rankingQuerySchema,
        response: { 200: candidateRankingSchema, ...problems(400, 401, 404) },
      },
    },
    async (request) => rankCandidates(ctx.deps, requirePrincipal(request), request.params.id, request.query),
  );

  app.get(
    '/api/v1/me/matches',
    {
      schema: {
        tags: ['staffing'],
        summary: 'Open postings you qualify for now, and those one requirement away with what is left',
        querystring: rankingQuerySchema,
        response: { 200: myMatchesSchema, ...problems(401, 404) },
      },
    },
    async (request) => myMatches(ctx.deps, requirePrincipal(request), request.query),
  );
};
