import {
  createPostprimaryLink,
  listPostprimaryEntries,
  logPostprimaryEntry,
  postprimaryProgressFor,
  postprimaryQueue,
  postprimaryRequirementSets,
  reviewFromQueue,
  reviewWithLink,
  verifyFromQueue,
  verifyWithLink,
  viewPostprimaryLink,
} from '@modality/app';
import {
  newPostprimaryEntrySchema,
  newPostprimaryLinkSchema,
  postprimaryDisciplineQuerySchema,
  postprimaryEntriesSchema,
  postprimaryEntryParamsSchema,
  postprimaryEntrySchema,
  postprimaryLinkSchema,
  postprimaryLinkViewSchema,
  postprimaryProgressSchema,
  postprimaryQueueSchema,
  postprimaryRequirementsListSchema,
  postprimaryTokenParamsSchema,
  supervisorStatementSchema,
  verifierStatementSchema,
} from '@modality/contracts';
import type { Principal } from '@modality/app';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sameToken } from '../http/auth.hooks.js';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/**
 * Who answers a link in the app: the signed-in caller, but only when the request also carries the session's
 * CSRF token (the link routes are CSRF-exempt, so a cross-site form must not sign in someone's name).
 */
function signerOf(request: FastifyRequest): Principal | null {
  const p = request.principal;
  return p !== null && sameToken(request.headers['x-csrf-token'], p.csrfToken) ? p : null;
}

/**
 * A technologist's postprimary clinical experience log (CT, MR): each procedure verified by a technologist,
 * then reviewed by a clinical supervisor at the same facility, both from one-time links that need no account.
 */
export const postprimaryRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const tags = ['postprimary'];
  app.get(
    '/api/v1/postprimary/requirements',
    { schema: { tags, summary: "ARRT's postprimary clinical experience requirements for CT and MR, each count with its source and how sure it is (flagged)", response: { 200: postprimaryRequirementsListSchema, ...problems(401) } } },
    (request) => {
      requirePrincipal(request);
      return { sets: postprimaryRequirementSets() };
    },
  );
  app.post(
    '/api/v1/postprimary/entries',
    { schema: { tags, summary: 'Log a procedure in your own postprimary clinical experience log (no patient data)', body: newPostprimaryEntrySchema, response: { 201: postprimaryEntrySchema, ...problems(400, 401) } } },
    async (request, reply) => reply.code(201).send(await logPostprimaryEntry(ctx.deps, requirePrincipal(request), request.body)),
  );
  app.get(
    '/api/v1/postprimary/entries',
    { schema: { tags, summary: 'Your postprimary log of a discipline, oldest first, with who verified and who reviewed each entry', querystring: postprimaryDisciplineQuerySchema, response: { 200: postprimaryEntriesSchema, ...problems(400, 401) } } },
    async (request) => ({ entries: await listPostprimaryEntries(ctx.deps, requirePrincipal(request), request.query.discipline) }),
  );
  app.get(
    '/api/v1/postprimary/progress',
    {
      schema: {
        tags,
        summary: 'Your progress in a discipline: only entries verified and reviewed within 24 months count (counts not confirmed by ARRT are flagged)',
        querystring: postprimaryDisciplineQuerySchema,
        response: { 200: postprimaryProgressSchema, ...problems(400, 401) },
      },
    },
    async (request) => postprimaryProgressFor(ctx.deps, requirePrincipal(request), request.query.discipline),
  );
  app.post(
    '/api/v1/postprimary/entries/:id/links',
    {
      schema: {
        tags,
        summary: "A one-time link (72 hours) for the entry's next signature: the verifier's, then the clinical supervisor's review; with an e-mail address it is also mailed",
        params: postprimaryEntryParamsSchema,
        body: newPostprimaryLinkSchema.nullish(),
        response: { 201: postprimaryLinkSchema, ...problems(400, 401, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await createPostprimaryLink(ctx.deps, requirePrincipal(request), request.params.id, { email: request.body?.email })),
  );
  app.get(
    '/api/v1/postprimary/links/:token',
    { schema: { tags, summary: 'The entry behind a verification or review link (public: the link is the secret)', params: postprimaryTokenParamsSchema, response: { 200: postprimaryLinkViewSchema, ...problems(400, 404, 410) } } },
    async (request) => viewPostprimaryLink(ctx.deps, request.params.token),
  );
  app.post(
    '/api/v1/postprimary/links/:token/verify',
    {
      schema: {
        tags,
        summary: 'Verify the procedure behind a link, with no account or signed in (then your account and its name are recorded): name, ARRT number, registration and that it was done in person (works once)',
        params: postprimaryTokenParamsSchema,
        body: verifierStatementSchema,
        response: { 200: postprimaryEntrySchema, ...problems(400, 404, 409, 410) },
      },
    },
    async (request) => verifyWithLink(ctx.deps, request.params.token, request.body, signerOf(request)),
  );
  app.post(
    '/api/v1/postprimary/links/:token/review',
    {
      schema: {
        tags,
        summary: "Review a verified procedure as clinical supervisor at the entry's facility, with no account or signed in; a different person from the verifier (works once)",
        params: postprimaryTokenParamsSchema,
        body: supervisorStatementSchema,
        response: { 200: postprimaryEntrySchema, ...problems(400, 404, 409, 410) },
      },
    },
    async (request) => reviewWithLink(ctx.deps, request.params.token, request.body, signerOf(request)),
  );
  app.get(
    '/api/v1/postprimary/waiting',
    {
      schema: {
        tags,
        summary: 'The postprimary entries waiting for your verification or review: links mailed to your confirmed address, unused and not expired, oldest first',
        response: { 200: postprimaryQueueSchema, ...problems(401) },
      },
    },
    async (request) => postprimaryQueue(ctx.deps, requirePrincipal(request)),
  );
  app.post(
    '/api/v1/postprimary/waiting/:id/verify',
    {
      schema: {
        tags,
        summary: 'Verify an entry waiting for you, signed in (your account and its name are recorded): the same statement and rules as from the link',
        params: postprimaryEntryParamsSchema,
        body: verifierStatementSchema,
        response: { 200: postprimaryEntrySchema, ...problems(400, 401, 404, 409, 410) },
      },
    },
    async (request) => verifyFromQueue(ctx.deps, requirePrincipal(request), request.params.id, request.body),
  );
  app.post(
    '/api/v1/postprimary/waiting/:id/review',
    {
      schema: {
        tags,
        summary: "Review an entry waiting for you as clinical supervisor at the entry's facility, signed in: the same statement and rules as from the link",
        params: postprimaryEntryParamsSchema,
        body: supervisorStatementSchema,
        response: { 200: postprimaryEntrySchema, ...problems(400, 401, 404, 409, 410) },
      },
    },
    async (request) => reviewFromQueue(ctx.deps, requirePrincipal(request), request.params.id, request.body),
  );
};
