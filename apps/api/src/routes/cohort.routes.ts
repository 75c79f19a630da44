import { recordStudentLeaving, schoolCohort, schoolProgramEffectiveness, type Principal } from '@modality/app';
import { cohortSchema, programEffectivenessSchema, schoolParamsSchema, studentLeavingSchema, studentLeftSchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/** A school's cohort dashboard, its JRCERT program effectiveness figures, and students leaving the program. */
export const cohortRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const tags = ['clinical'];
  /** A figure of one school, read by one use case with the school's id (the same access rule in each). */
  const schoolRead = <S extends z.ZodType>(path: string, summary: string, response: S, read: (principal: Principal, schoolId: string) => Promise<z.output<S>>) => {
    // Widened to any schema for the route; each caller's use case is checked against `S` above.
    const body: z.ZodType = response;
    app.get(
      path,
      { schema: { tags, summary, params: schoolParamsSchema, response: { 200: body, ...problems(401, 403, 404) } } },
      async (request) => read(requirePrincipal(request), request.params.id),
    );
  };
  schoolRead(
    '/api/v1/schools/:id/cohort',
    "The program's current students: signed progress, entries waiting for a signature, and risks in words (program director and instructors)",
    cohortSchema,
    (principal, id) => schoolCohort(ctx.deps, principal, id),
  );
  schoolRead(
    '/api/v1/schools/:id/program-effectiveness',
    'JRCERT program effectiveness figures with sample sizes: 5-year first-attempt pass rate, 5-year job placement rate, annual completion rate',
    programEffectivenessSchema,
    (principal, id) => schoolProgramEffectiveness(ctx.deps, principal, id),
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
