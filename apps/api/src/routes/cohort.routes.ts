import { recordStudentLeaving, schoolCohort, schoolProgramEffectiveness } from '@modality/app';
import { cohortSchema, programEffectivenessSchema, schoolParamsSchema, studentLeavingSchema, studentLeftSchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/** A school's cohort dashboard, its JRCERT program effectiveness figures, and students leaving the program. */
export const cohortRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const tags = ['clinical'];
  app.get(
    '/api/v1/schools/:id/cohort',
    {
      schema: {
        tags,
        summary: "The program's current students: signed progress, entries waiting for a signature, and risks in words (program director and instructors)",
        params: schoolParamsSchema,
        response: { 200: cohortSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => schoolCohort(ctx.deps, requirePrincipal(request), request.params.id),
  );
  app.get(
    '/api/v1/schools/:id/program-effectiveness',
    {
      schema: {
        tags,
        summary: 'JRCERT program effectiveness figures with sample sizes: 5-year first-attempt pass rate, 5-year job placement rate, annual completion rate',
        params: schoolParamsSchema,
        response: { 200: programEffectivenessSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => schoolProgramEffectiveness(ctx.deps, requirePrincipal(request), request.params.id),
  );
  app.post(
    '/api/v1/schools/:id/leavers',
    {
      schema: {
        tags,
        summary: 'A student graduated or withdrew: their membership of the school ends; their record and signed log stay theirs (program director)',
        params: schoolParamsSchema,
        body: studentLeavingSchema,
        response: { 201: studentLeftSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.code(201).send(await recordStudentLeaving(ctx.deps, requirePrincipal(request), request.params.id, request.body)),
  );
};
