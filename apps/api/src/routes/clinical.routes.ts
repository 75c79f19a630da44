import { clinicalProgress, procedureCatalogue, createSignRequest, deleteClinicalEntry, editClinicalEntry, getClinicalEntryWithHistory, listClinicalEntries, listEntriesToSign, logClinicalEntry, openClinicalSites, signInApp, signWithLink, viewSignRequest } from '@modality/app';
import {
  clinicalEntriesSchema,
  entriesToSignSchema,
  instructorSignatureSchema,
  newSignRequestSchema,
  procedureCatalogueQuerySchema,
  procedureCatalogueSchema,
  clinicalEntryEditSchema,
  clinicalEntryParamsSchema,
  clinicalEntryWithHistorySchema,
  clinicalLogEntrySchema,
  clinicalProgressQuerySchema,
  clinicalProgressSchema,
  clinicalSitesSchema,
  newClinicalEntrySchema,
  signatureSchema,
  signRequestSchema,
  signRequestViewSchema,
  signTokenParamsSchema,
} from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/** The student's clinical log, progress against a requirement set, and one-time sign-off links. */
export const clinicalRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const tags = ['clinical'];
  app.get(
    '/api/v1/clinical/procedures',
    {
      schema: {
        tags,
        summary: "The procedures of your program's discipline (or of ?discipline=), by section, and whose list it is (today Modality's own, not a registry's)",
        querystring: procedureCatalogueQuerySchema,
        response: { 200: procedureCatalogueSchema, ...problems(400, 401) },
      },
    },
    async (request) => procedureCatalogue(ctx.deps, requirePrincipal(request), request.query.discipline),
  );
  app.get(
    '/api/v1/clinical/sites',
    { schema: { tags, summary: 'The clinical sites open to you as a student', response: { 200: clinicalSitesSchema, ...problems(401) } } },
    async (request) => ({ sites: (await openClinicalSites(ctx.deps, requirePrincipal(request))).map((s) => ({ id: s.id, name: s.name })) }),
  );
  app.post(
    '/api/v1/clinical/entries',
    { schema: { tags, summary: 'Log a procedure in your own clinical log', body: newClinicalEntrySchema, response: { 201: clinicalLogEntrySchema, ...problems(400, 401) } } },
    async (request, reply) => reply.code(201).send(await logClinicalEntry(ctx.deps, requirePrincipal(request), request.body)),
  );
  app.get(
    '/api/v1/clinical/entries',
    { schema: { tags, summary: 'Your own clinical log, oldest first, with who signed each entry', response: { 200: clinicalEntriesSchema, ...problems(400, 401) } } },
    async (request) => ({ entries: await listClinicalEntries(ctx.deps, requirePrincipal(request)) }),
  );
  app.get(
    '/api/v1/clinical/entries/:id',
    {
      schema: {
        tags,
        summary: 'One entry of your log, with who signed it and its history in words (logged, edited, sign links, signed)',
        params: clinicalEntryParamsSchema,
        response: { 200: clinicalEntryWithHistorySchema, ...problems(401, 404) },
      },
    },
    async (request) => getClinicalEntryWithHistory(ctx.deps, requirePrincipal(request), request.params.id),
  );
  app.patch(
    '/api/v1/clinical/entries/:id',
    {
      schema: {
        tags,
        summary: 'Change your unsigned entry (checked like a new one); its pending sign links stop working. A signed entry is 409',
        params: clinicalEntryParamsSchema,
        body: clinicalEntryEditSchema,
        response: { 200: clinicalLogEntrySchema, ...problems(400, 401, 404, 409) },
      },
    },
    async (request) => editClinicalEntry(ctx.deps, requirePrincipal(request), request.params.id, request.body),
  );
  app.delete(
    '/api/v1/clinical/entries/:id',
    {
      schema: {
        tags,
        summary: 'Delete your unsigned entry. A signed entry is 409: it never changes',
        params: clinicalEntryParamsSchema,
        response: { 200: z.object({ deleted: z.literal(true) }), ...problems(401, 404, 409) },
      },
    },
    async (request) => {
      await deleteClinicalEntry(ctx.deps, requirePrincipal(request), request.params.id);
      return { deleted: true as const };
    },
  );
  app.get(
    '/api/v1/clinical/progress',
    {
      schema: {
        tags,
        summary: 'Your signed competencies against a requirement set (the set is flagged: its counts are not confirmed by the registry)',
        querystring: clinicalProgressQuerySchema,
        response: { 200: clinicalProgressSchema, ...problems(400, 401) },
      },
    },
    async (request) => clinicalProgress(ctx.deps, requirePrincipal(request), request.query.set),
  );
  app.post(
    '/api/v1/clinical/entries/:id/sign-requests',
    {
      schema: {
        tags,
        summary: 'A one-time link (72 hours) a technologist without an account opens to sign the entry; with an e-mail address it is also mailed there',
        params: clinicalEntryParamsSchema,
        body: newSignRequestSchema.nullish(),
        response: { 201: signRequestSchema, ...problems(400, 401, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await createSignRequest(ctx.deps, requirePrincipal(request), request.params.id, { email: request.body?.email })),
  );
  app.get(
    '/api/v1/clinical/to-sign',
    {
      schema: {
        tags,
        summary: "Unsigned entries of your schools' students, for a clinical instructor or program director to sign in the app",
        response: { 200: entriesToSignSchema, ...problems(401) },
      },
    },
    async (request) => ({ entries: await listEntriesToSign(ctx.deps, requirePrincipal(request)) }),
  );
  app.post(
    '/api/v1/clinical/entries/:id/sign',
    {
      schema: {
        tags,
        summary: "Sign a student's entry in the app, as a clinical instructor or program director of its school (works once; a signed entry never changes)",
        params: clinicalEntryParamsSchema,
        body: instructorSignatureSchema,
        response: { 200: clinicalLogEntrySchema, ...problems(400, 401, 404, 409) },
      },
    },
    async (request) => signInApp(ctx.deps, requirePrincipal(request), request.params.id, request.body),
  );
  app.get(
    '/api/v1/sign/:token',
    { schema: { tags, summary: 'The entry behind a sign-request link (public: the link is the secret)', params: signTokenParamsSchema, response: { 200: signRequestViewSchema, ...problems(400, 404, 410) } } },
    async (request) => viewSignRequest(ctx.deps, request.params.token),
  );
  app.post(
    '/api/v1/sign/:token',
    {
      schema: {
        tags,
        summary: 'Sign the entry behind a link, with no account: name, ARRT number and physical presence (works once)',
        params: signTokenParamsSchema,
        body: signatureSchema,
        response: { 200: clinicalLogEntrySchema, ...problems(400, 404, 410) },
      },
    },
    async (request) => signWithLink(ctx.deps, request.params.token, request.body),
  );
};
