import {
  addPreceptor,
  createSite,
  createTerm,
  deleteSite,
  deleteTerm,
  listManagedSites,
  listTerms,
  removePreceptor,
  saveSchoolTimeSettings,
  schoolTimeSettings,
  setSiteArea,
  setSiteCapacity,
  updateSite,
} from '@modality/app';
import {
  capacitySchema,
  deletedSchema,
  managedSiteSchema,
  managedSitesSchema,
  newPreceptorSchema,
  newSiteSchema,
  newTermSchema,
  schoolParamsSchema,
  schoolPreceptorParamsSchema,
  schoolSiteParamsSchema,
  schoolSiteTermParamsSchema,
  schoolTermParamsSchema,
  siteAreaSchema,
  siteChangeSchema,
  termSchema,
  termsSchema,
  timeSettingsInputSchema,
  timeSettingsSchema,
} from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/**
 * A school's clinical sites (details, preceptors, places per term) and terms, kept by its program director
 * and administrators. Students get 403; people of other organisations 404.
 */
export const clinicalSiteRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const tags = ['clinical placement'];
  app.get(
    '/api/v1/schools/:id/sites',
    { schema: { tags, summary: "The school's clinical sites with details, preceptors and places per term", params: schoolParamsSchema, response: { 200: managedSitesSchema, ...problems(401, 403, 404) } } },
    async (request) => ({ sites: await listManagedSites(ctx.deps, requirePrincipal(request), request.params.id) }),
  );
  app.post(
    '/api/v1/schools/:id/sites',
    { schema: { tags, summary: 'Add a clinical site', params: schoolParamsSchema, body: newSiteSchema, response: { 201: managedSiteSchema, ...problems(400, 401, 403, 404) } } },
    async (request, reply) => reply.code(201).send(await createSite(ctx.deps, requirePrincipal(request), request.params.id, request.body)),
  );
  app.patch(
    '/api/v1/schools/:id/sites/:siteId',
    { schema: { tags, summary: "Change a site's name, address, city or modalities", params: schoolSiteParamsSchema, body: siteChangeSchema, response: { 200: managedSiteSchema, ...problems(400, 401, 403, 404) } } },
    async (request) => updateSite(ctx.deps, requirePrincipal(request), request.params.id, request.params.siteId, request.body),
  );
  app.delete(
    '/api/v1/schools/:id/sites/:siteId',
    { schema: { tags, summary: 'Remove a site no student has logged a procedure at', params: schoolSiteParamsSchema, response: { 200: deletedSchema, ...problems(401, 403, 404, 409) } } },
    async (request) => deleteSite(ctx.deps, requirePrincipal(request), request.params.id, request.params.siteId),
  );
  app.post(
    '/api/v1/schools/:id/sites/:siteId/preceptors',
    { schema: { tags, summary: 'Add a preceptor (name and credentials) to a site', params: schoolSiteParamsSchema, body: newPreceptorSchema, response: { 201: managedSiteSchema, ...problems(400, 401, 403, 404) } } },
    async (request, reply) => reply.code(201).send(await addPreceptor(ctx.deps, requirePrincipal(request), request.params.id, request.params.siteId, request.body)),
  );
  app.delete(
    '/api/v1/schools/:id/sites/:siteId/preceptors/:preceptorId',
    { schema: { tags, summary: 'Remove a preceptor from a site', params: schoolPreceptorParamsSchema, response: { 200: managedSiteSchema, ...problems(401, 403, 404) } } },
    async (request) => removePreceptor(ctx.deps, requirePrincipal(request), request.params.id, request.params.siteId, request.params.preceptorId),
  );
  app.put(
    '/api/v1/schools/:id/sites/:siteId/capacities/:termId',
    { schema: { tags, summary: 'How many students the site takes in a term', params: schoolSiteTermParamsSchema, body: capacitySchema, response: { 200: managedSiteSchema, ...problems(400, 401, 403, 404) } } },
    async (request) => setSiteCapacity(ctx.deps, requirePrincipal(request), request.params.id, request.params.siteId, request.params.termId, request.body.capacity),
  );
  app.put(
    '/api/v1/schools/:id/sites/:siteId/area',
    {
      schema: {
        tags,
        summary: "Set the site's area (centre and radius in metres) that a time punch is checked against, or clear it with null",
        params: schoolSiteParamsSchema,
        body: siteAreaSchema,
        response: { 200: managedSiteSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => setSiteArea(ctx.deps, requirePrincipal(request), request.params.id, request.params.siteId, request.body.area),
  );
  app.get(
    '/api/v1/schools/:id/time-settings',
    {
      schema: {
        tags,
        summary: "The school's time settings (time zone, classroom hours, evening, late grace minutes) and the sourced hour limits with how sure each is",
        params: schoolParamsSchema,
        response: { 200: timeSettingsSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => schoolTimeSettings(ctx.deps, requirePrincipal(request), request.params.id),
  );
  app.put(
    '/api/v1/schools/:id/time-settings',
    { schema: { tags, summary: "Change the school's time settings", params: schoolParamsSchema, body: timeSettingsInputSchema, response: { 200: timeSettingsSchema, ...problems(400, 401, 403, 404) } } },
    async (request) => saveSchoolTimeSettings(ctx.deps, requirePrincipal(request), request.params.id, request.body),
  );
  app.get(
    '/api/v1/schools/:id/terms',
    { schema: { tags, summary: "The school's terms, earliest first", params: schoolParamsSchema, response: { 200: termsSchema, ...problems(401, 403, 404) } } },
    async (request) => ({ terms: await listTerms(ctx.deps, requirePrincipal(request), request.params.id) }),
  );
  app.post(
    '/api/v1/schools/:id/terms',
    { schema: { tags, summary: 'Add a term (a name and its dates)', params: schoolParamsSchema, body: newTermSchema, response: { 201: termSchema, ...problems(400, 401, 403, 404) } } },
    async (request, reply) => reply.code(201).send(await createTerm(ctx.deps, requirePrincipal(request), request.params.id, request.body)),
  );
  app.delete(
    '/api/v1/schools/:id/terms/:termId',
    { schema: { tags, summary: 'Remove a term with its places, rankings and runs (published rotations stay)', params: schoolTermParamsSchema, response: { 200: deletedSchema, ...problems(401, 403, 404) } } },
    async (request) => deleteTerm(ctx.deps, requirePrincipal(request), request.params.id, request.params.termId),
  );
};
