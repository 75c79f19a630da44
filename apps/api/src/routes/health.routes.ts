import { checkHealth } from '@modality/app';
import { healthSchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from './route-context.js';

/** `GET /api/health`: the process is up and its database answers, and whether this install is the demo. */
export const healthRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get(
    '/api/health',
    { schema: { tags: ['system'], summary: 'Liveness and database check', response: { 200: healthSchema } } },
    async () => ({ status: 'ok' as const, ...(await checkHealth(ctx.deps)), version: ctx.version, demo: ctx.demo }),
  );
};
