import { healthSchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from './route-context.js';

/** `GET /api/health`: the process is up and its database answers. */
export const healthRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get(
    '/api/health',
    { schema: { tags: ['system'], summary: 'Liveness and database check', response: { 200: healthSchema } } },
    async () => {
      await ctx.deps.store.users.findById('health-probe');
      return { status: 'ok' as const, database: ctx.deps.store.dialect, version: ctx.version };
    },
  );
};
