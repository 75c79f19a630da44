import { getProgramGradeForm, updateProgramGradeForm } from '@modality/app';
import { programGradeFormInputSchema, programGradeFormSchema, schoolParamsSchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/** A program's own competency grade form (Modality's default when it keeps none). */
export const programGradeFormRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const tags = ['clinical'];
  app.get(
    '/api/v1/schools/:id/grade-form',
    {
      schema: {
        tags,
        summary: "The form the program's competency attempts are graded on: its own, with its version, or Modality's default (program director and instructors)",
        params: schoolParamsSchema,
        response: { 200: programGradeFormSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => getProgramGradeForm(ctx.deps, requirePrincipal(request), request.params.id),
  );
  app.put(
    '/api/v1/schools/:id/grade-form',
    {
      schema: {
        tags,
        summary: "Save the program's own grade form as a new version: its criteria, each must be met to pass or not (program director)",
        params: schoolParamsSchema,
        body: programGradeFormInputSchema,
        response: { 200: programGradeFormSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => updateProgramGradeForm(ctx.deps, requirePrincipal(request), request.params.id, request.body),
  );
};
