import { changeSavedSearch, deleteSavedSearch, mySavedSearches, saveSearch } from '@modality/app';
import { savedSearchBodySchema, savedSearchParamsSchema, savedSearchSchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/** One's saved job searches: the job board's filters, kept; new postings that match are mailed (job alerts). */
export const savedSearchRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get(
    '/api/v1/me/saved-searches',
    { schema: { tags: ['staffing'], summary: 'Your saved job searches, in words, and whether alerts are mailed', response: { 200: z.array(savedSearchSchema), ...problems(401) } } },
    async (request) => mySavedSearches(ctx.deps, requirePrincipal(request)),
  );

  app.post(
    '/api/v1/me/saved-searches',
    {
      schema: {
        tags: ['staffing'],
        summary: 'Save a job search (the job board\'s filters) and how often to hear of it; postings opened from now on that match it are mailed to you, hourly or as a daily or weekly digest',
        body: savedSearchBodySchema,
        response: { 201: savedSearchSchema, ...problems(400, 401, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await saveSearch(ctx.deps, requirePrincipal(request), request.body)),
  );

  app.put(
    '/api/v1/me/saved-searches/:id',
    {
      schema: {
        tags: ['staffing'],
        summary: 'Change the filters or alert frequency of one of your saved searches; new filters start its alerts again from now',
        params: savedSearchParamsSchema,
        body: savedSearchBodySchema,
        response: { 200: savedSearchSchema, ...problems(400, 401, 404) },
      },
    },
    async (request) => changeSavedSearch(ctx.deps, requirePrincipal(request), request.params.id, request.body),
  );

  app.delete(
    '/api/v1/me/saved-searches/:id',
    { schema: { tags: ['staffing'], summary: 'Delete one of your saved searches (its alerts stop)', params: savedSearchParamsSchema, response: { 200: z.object({ deleted: z.literal(true) }), ...problems(401, 404) } } },
    async (request) => {
      await deleteSavedSearch(ctx.deps, requirePrincipal(request), request.params.id);
      return { deleted: true as const };
    },
  );
};
