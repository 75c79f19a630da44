import { readMyProfile, updateMyProfile } from '@modality/app';
import { profileSchema, updateProfileBodySchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/** One's own candidate profile: off until turned on; who may find it; what one is looking for. */
export const profileRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get(
    '/api/v1/me/profile',
    { schema: { tags: ['staffing'], summary: 'Your candidate profile, your handle, and your credentials as your record shows them', response: { 200: profileSchema, ...problems(401, 404) } } },
    async (request) => readMyProfile(ctx.deps, requirePrincipal(request)),
  );

  app.put(
    '/api/v1/me/profile',
    {
      schema: {
        tags: ['staffing'],
        summary: 'Turn your profile on or off, choose who may find it, and say what you are looking for',
        body: updateProfileBodySchema,
        response: { 200: profileSchema, ...problems(400, 401, 404) },
      },
    },
    async (request) => updateMyProfile(ctx.deps, requirePrincipal(request), request.body),
  );
};
