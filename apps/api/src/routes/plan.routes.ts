import { planPathway } from '@modality/app';
import { planRequestSchema, planSchema } from '@modality/contracts';
import type { PersonRecord } from '@modality/domain';
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
      onRequest: ctx.limit('compute-address'),
      schema: {
        tags: ['careers'],
        summary: 'A sourced step-by-step plan to a role in a jurisdiction, from a person record or a blank start',
        body: planRequestSchema,
        response: { 200: planSchema, ...problems(400, 429) },
      },
    },
    // The record was validated against personRecordSchema; the casts restore the domain's readonly types and back.
    (request) => planPathway(ctx.deps, { ...request.body, record: request.body.record as PersonRecord | undefined }) as z.output<typeof planSchema>,
  );
};
