import { deleteOwnRecord, exportRecordWithVersion, importRecord, listVisiblePeople, type ImportTarget } from '@modality/app';
import { importResultSchema, pageQuerySchema, peoplePageSchema, personIdParamsSchema, personRecordSchema } from '@modality/contracts';
import type { PersonRecord } from '@modality/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';
import { RECORD_IMPORT_BODY_LIMIT } from '../http/body-limits.js';

/** People you may see, and their records: export, and import (replace) as one transaction. */
export const peopleRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get(
    '/api/v1/people',
    { schema: { tags: ['people'], summary: 'People whose records you may read, a page at a time', querystring: pageQuerySchema, response: { 200: peoplePageSchema, ...problems(400, 401) } } },
    async (request) => {
      const page = await listVisiblePeople(ctx.deps, requirePrincipal(request), request.query);
      return {
        items: page.items.map((p) => ({ id: p.id, name: p.name, country: p.country, region: p.region, isSelf: p.isSelf, canChange: p.canChange, credentials: [...p.credentials], updatedAt: p.updatedAt })),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.get(
    '/api/v1/people/:id/record',
    { schema: { tags: ['people'], summary: 'Export a person record (v1)', params: personIdParamsSchema, response: { 200: personRecordSchema, ...problems(401, 404) } } },
    // Readonly domain lists to the schema's mutable ones: same values, only the modifier differs.
    async (request, reply) => {
      const { record, version } = await exportRecordWithVersion(ctx.deps, requirePrincipal(request), request.params.id);
      // The version a change of one entry names in If-Match to be refused if the record moved on.
      if (version !== '') void reply.header('etag', `"${version}"`);
      return record as z.output<typeof personRecordSchema>;
    },
  );

  app.delete(
    '/api/v1/people/:id',
    { schema: { tags: ['people'], summary: 'Delete your own person record entirely (owner only)', params: personIdParamsSchema, response: { 200: z.object({ deleted: z.literal(true) }), ...problems(401, 403, 404) } } },
    async (request) => {
      await deleteOwnRecord(ctx.deps, requirePrincipal(request), request.params.id);
      return { deleted: true as const };
    },
  );

  const importRoute = (target: (params: Record<string, string>, principalUserId: string) => ImportTarget) =>
    async (request: { body: unknown; params: unknown } & Parameters<typeof requirePrincipal>[0]) => {
      const principal = requirePrincipal(request);
      // The body was validated against personRecordSchema by the route's schema.
      return importRecord(ctx.deps, principal, target(request.params as Record<string, string>, principal.user.id), request.body as PersonRecord);
    };

  const importSchema = (summary: string, params?: z.ZodType) => ({
    tags: ['people'],
    summary,
    ...(params ? { params } : {}),
    body: personRecordSchema,
    response: { 200: importResultSchema, ...problems(400, 401, 403, 404) },
  });

  app.put('/api/v1/me/record', { bodyLimit: RECORD_IMPORT_BODY_LIMIT, schema: importSchema('Import your own record (replaces it; same record twice changes nothing)') }, importRoute(() => ({ kind: 'self' })));
  app.put(
    '/api/v1/people/:id/record',
    { bodyLimit: RECORD_IMPORT_BODY_LIMIT, schema: importSchema("Import (replace) a person's record, as its owner or as permitted staff", personIdParamsSchema) },
    importRoute((p) => ({ kind: 'person', personId: p.id ?? '' })),
  );
  app.put(
    '/api/v1/users/:id/record',
    { bodyLimit: RECORD_IMPORT_BODY_LIMIT, schema: importSchema('Import the record of a member of your organisation who has none yet', personIdParamsSchema) },
    importRoute((p) => ({ kind: 'user', userId: p.id ?? '' })),
  );
};
