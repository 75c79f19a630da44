import { acceptInvitation, createOrganisation, inviteMember, listMembers, listOrganisations } from '@modality/app';
import {
  acceptInvitationBodySchema,
  createInvitationBodySchema,
  createOrganisationBodySchema,
  invitationSchema,
  memberSchema,
  organisationSchema,
  personIdParamsSchema,
} from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/** Organisations, their members, and invitations. */
export const organisationRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get(
    '/api/v1/organisations',
    { schema: { tags: ['organisations'], summary: 'Organisations you belong to (all, for an admin)', response: { 200: z.array(organisationSchema), ...problems(401) } } },
    async (request) => listOrganisations(ctx.deps, requirePrincipal(request)),
  );

  app.post(
    '/api/v1/organisations',
    { schema: { tags: ['organisations'], summary: 'Create an organisation (admin)', body: createOrganisationBodySchema, response: { 201: organisationSchema, ...problems(400, 401, 403) } } },
    async (request, reply) => reply.code(201).send(await createOrganisation(ctx.deps, requirePrincipal(request), request.body)),
  );

  app.get(
    '/api/v1/organisations/:id/members',
    { schema: { tags: ['organisations'], summary: "An organisation's members (its staff)", params: personIdParamsSchema, response: { 200: z.array(memberSchema), ...problems(401, 403, 404) } } },
    async (request) => listMembers(ctx.deps, requirePrincipal(request), request.params.id),
  );

  app.post(
    '/api/v1/organisations/:id/invitations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Invite someone in a role (admin or org_admin); the token is shown once',
        params: personIdParamsSchema,
        body: createInvitationBodySchema,
        response: { 201: invitationSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.code(201).send(await inviteMember(ctx.deps, requirePrincipal(request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/invitations/accept',
    { schema: { tags: ['organisations'], summary: 'Accept an invitation sent to your address', body: acceptInvitationBodySchema, response: { 200: z.object({ organisationId: z.string() }), ...problems(400, 401) } } },
    async (request) => acceptInvitation(ctx.deps, requirePrincipal(request), request.body.token),
  );
};
