import { createPosting, organisationPostings, readPosting, searchPostings, updatePosting } from '@modality/app';
import { createPostingBodySchema, postingPageSchema, postingParamsSchema, postingSchema, postingSearchQuerySchema, updatePostingBodySchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/**
 * Job postings: employers and agencies post through their recruiters and admins (pay and last day
 * required); the open ones are public and searchable by role, modality, place, pay and employment type.
 */
export const postingRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.post(
    '/api/v1/postings',
    {
      schema: {
        tags: ['staffing'],
        summary: 'Post a job (a recruiter or organisation admin of an employer or agency): a draft, or open at once',
        body: createPostingBodySchema,
        response: { 201: postingSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await createPosting(ctx.deps, requirePrincipal(request), request.body)),
  );

  app.get(
    '/api/v1/postings',
    {
      schema: {
        tags: ['staffing'],
        summary: 'Open postings by role, modality, employment type, pay and distance from a place, a page at a time (public)',
        querystring: postingSearchQuerySchema,
        response: { 200: postingPageSchema, ...problems(400) },
      },
    },
    (request) => searchPostings(ctx.deps, request.query),
  );

  app.get(
    '/api/v1/postings/:id',
    {
      schema: {
        tags: ['staffing'],
        summary: 'One posting (public once opened; a draft only for its organisation)',
        params: postingParamsSchema,
        response: { 200: postingSchema, ...problems(404) },
      },
    },
    (request) => readPosting(ctx.deps, request.principal, request.params.id),
  );

  app.patch(
    '/api/v1/postings/:id',
    {
      schema: {
        tags: ['staffing'],
        summary: 'Change a posting, or open, fill or close it (its organisation\'s recruiters and admins)',
        params: postingParamsSchema,
        body: updatePostingBodySchema,
        response: { 200: postingSchema, ...problems(400, 401, 404) },
      },
    },
    async (request) => updatePosting(ctx.deps, requirePrincipal(request), request.params.id, request.body),
  );

  app.get(
    '/api/v1/organisations/:id/postings',
    {
      schema: {
        tags: ['staffing'],
        summary: "An organisation's postings in every state, drafts included (its recruiters and admins)",
        params: postingParamsSchema,
        response: { 200: z.array(postingSchema), ...problems(401, 404) },
      },
    },
    async (request) => organisationPostings(ctx.deps, requirePrincipal(request), request.params.id),
  );
};
