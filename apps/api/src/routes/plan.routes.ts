import { todayUtc } from '@modality/app';
import { planRequestSchema, planSchema } from '@modality/contracts';
import { ValidationError, type PersonRecord } from '@modality/domain';
import { plan } from '@modality/planner';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/**
 * `POST /api/v1/plan`: the pathway plan for `{ target, in, record?, asOf? }` (nothing stored, no sign-in
 * needed — the same as `modality plan --json`). An unknown role or jurisdiction is a 400 naming the field
 * and listing the valid values.
 */
export const planRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.post(
    '/api/v1/plan',
    {
      schema: {
        tags: ['careers'],
        summary: 'A sourced step-by-step plan to a role in a jurisdiction, from a person record or a blank start',
        body: planRequestSchema,
        response: { 200: planSchema, ...problems(400) },
      },
    },
    async (request) => {
      const { target, in: where, record, asOf } = request.body;
      // The record was validated against personRecordSchema; the cast restores the domain's readonly types.
      const result = plan({ target, in: where, asOf: asOf ?? todayUtc(ctx.deps), ...(record === undefined ? {} : { record: record as PersonRecord }) });
      if (!result.ok) throw new ValidationError(result.error.map((e) => ({ path: e.field, message: e.message })), 'Unknown target role or jurisdiction');
      return result.value as z.output<typeof planSchema>;
    },
  );
};
