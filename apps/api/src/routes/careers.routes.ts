import { listJobRoles, readJobRoleProfile, searchPrograms } from '@modality/app';
import { jobRoleListSchema, jobRoleParamsSchema, jobRoleProfileSchema, programPageSchema, programSearchQuerySchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/**
 * The careers knowledge: roles (with occupation codes, US outlook and pay, shortage evidence — every number
 * with its source, vintage and confidence; unconfirmed values are `null` with a warning) and the program
 * directory (imported with `modality import programs`).
 */
export const careersRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get(
    '/api/v1/roles',
    { schema: { tags: ['careers'], summary: 'Imaging roles', response: { 200: jobRoleListSchema } } },
    () => listJobRoles(ctx.deps),
  );

  app.get(
    '/api/v1/roles/:code',
    {
      schema: {
        tags: ['careers'],
        summary: 'One role: the work, entry education, credentials per jurisdiction, occupation codes, outlook and pay, shortage evidence',
        params: jobRoleParamsSchema,
        response: { 200: jobRoleProfileSchema, ...problems(404) },
      },
    },
    (request) => readJobRoleProfile(ctx.deps, { code: request.params.code }),
  );

  app.get(
    '/api/v1/programs',
    {
      schema: {
        tags: ['careers'],
        summary: 'Programs of the directory by discipline, award, jurisdiction and accreditor, a page at a time (demo rows say so)',
        querystring: programSearchQuerySchema,
        response: { 200: programPageSchema, ...problems(400) },
      },
    },
    (request) => searchPrograms(ctx.deps, request.query),
  );
};
