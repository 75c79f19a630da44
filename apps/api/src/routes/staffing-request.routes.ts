import { answerRequest, applyToPosting, myRequests, postingRequests, readRequest, requestToRepresent, whoHasSeenMe } from '@modality/app';
import { postingParamsSchema, profileViewsSchema, requestParamsSchema, requestToRepresentBodySchema, staffingRequestSchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/**
 * Consent before every submission: a recruiter asks a candidate to represent them for one posting; only
 * on acceptance does the organisation see name and contact. A candidate applying is a submission too; a
 * candidate is put forward for a posting once, by anyone.
 */
export const staffingRequestRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.post(
    '/api/v1/postings/:id/requests',
    {
      schema: {
        tags: ['staffing'],
        summary: 'Ask a candidate (by handle) for consent to represent them for this posting; 409 if anyone already represents them there; 403 naming the rule for residents of countries protected from active recruitment',
        params: postingParamsSchema,
        body: requestToRepresentBodySchema,
        response: { 201: staffingRequestSchema, ...problems(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => reply.code(201).send(await requestToRepresent(ctx.deps, requirePrincipal(request), request.params.id, request.body)),
  );

  app.get(
    '/api/v1/postings/:id/requests',
    { schema: { tags: ['staffing'], summary: "A posting's requests and applications (its organisation)", params: postingParamsSchema, response: { 200: z.array(staffingRequestSchema), ...problems(401, 404) } } },
    async (request) => postingRequests(ctx.deps, requirePrincipal(request), request.params.id),
  );

  app.post(
    '/api/v1/postings/:id/apply',
    { schema: { tags: ['staffing'], summary: 'Apply to an open posting yourself (a submission)', params: postingParamsSchema, response: { 201: staffingRequestSchema, ...problems(401, 404, 409) } } },
    async (request, reply) => reply.code(201).send(await applyToPosting(ctx.deps, requirePrincipal(request), request.params.id)),
  );

  app.get(
    '/api/v1/requests/:id',
    { schema: { tags: ['staffing'], summary: "A request, for the candidate or the organisation (name and e-mail once accepted)", params: requestParamsSchema, response: { 200: staffingRequestSchema, ...problems(401, 404) } } },
    async (request) => readRequest(ctx.deps, requirePrincipal(request), request.params.id),
  );

  for (const answer of ['accept', 'decline', 'withdraw'] as const) {
    app.post(
      `/api/v1/requests/:id/${answer}`,
      {
        schema: {
          tags: ['staffing'],
          summary: answer === 'withdraw' ? 'Withdraw a request or application you accepted or made (the candidate)' : `${answer === 'accept' ? 'Accept' : 'Decline'} a request to represent you (the candidate)`,
          params: requestParamsSchema,
          response: { 200: staffingRequestSchema, ...problems(401, 404, 409) },
        },
      },
      async (request) => answerRequest(ctx.deps, requirePrincipal(request), request.params.id, answer),
    );
  }

  app.get(
    '/api/v1/me/requests',
    { schema: { tags: ['staffing'], summary: 'Your requests and applications', response: { 200: z.array(staffingRequestSchema), ...problems(401) } } },
    async (request) => myRequests(ctx.deps, requirePrincipal(request)),
  );

  app.get(
    '/api/v1/me/profile-views',
    { schema: { tags: ['staffing'], summary: 'Who has seen your profile: each time an organisation read your name and contact', response: { 200: profileViewsSchema, ...problems(401) } } },
    async (request) => whoHasSeenMe(ctx.deps, requirePrincipal(request)),
  );
};
