import { readCatalogue } from '@modality/app';
import { catalogueQuerySchema, catalogueSchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/** `GET /api/v1/catalogue`: credential and jurisdiction names and CE units, so that clients never load rule data. */
export const catalogueRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get(
    '/api/v1/catalogue',
    {
      schema: {
        tags: ['rules'],
        summary: 'Credentials (names, issuers), jurisdictions, and the CE rules in force on asOf with their units, in display words',
        querystring: catalogueQuerySchema,
        response: { 200: catalogueSchema, ...problems(400) },
      },
    },
    (request) => readCatalogue(ctx.deps, { asOf: request.query.asOf }),
  );
};
