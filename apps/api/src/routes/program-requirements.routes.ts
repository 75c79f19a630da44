import { getProgramRequirements, updateProgramRequirements } from '@modality/app';
import { programRequirementsInputSchema, programRequirementsSchema, schoolParamsSchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/** A program's requirement settings: the set and version it follows, its simulation cap, its local requirements. */
export const programRequirementsRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const tags = ['clinical'];
  app.get(
    '/api/v1/schools/:id/requirements',
    {
      schema: {
        tags,
        summary: "The requirement set and version the program follows, its simulation cap and its own requirements, with the sets it may choose from (program director and instructors)",
        params: schoolParamsSchema,
        response: { 200: programRequirementsSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => getProgramRequirements(ctx.deps, requirePrincipal(request), request.params.id),
  );
  app.put(
    '/api/v1/schools/:id/requirements',
    {
      schema: {
        tags,
        summary: "Choose the program's requirement set and version, its simulation cap (no more than the set allows) and its own requirements (program director)",
        params: schoolParamsSchema,
        body: programRequirementsInputSchema,
        response: { 200: programRequirementsSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => updateProgramRequirements(ctx.deps, requirePrincipal(request), request.params.id, request.body),
  );
};
