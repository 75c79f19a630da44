import { deleteMyAccount, downloadMyData } from '@modality/app';
import { accountDeletedSchema, deleteAccountBodySchema, myDataSchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { requirePrincipal } from '../http/principal.js';
import { clearSessionCookie } from '../http/session-cookie.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/** "Download my data" and account deletion, for the signed-in person. */
export const myDataRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get(
    '/api/v1/me/data',
    { schema: { tags: ['auth'], summary: 'Download my data: account, person record (v1), who read or changed my record and when, and the files kept on it', response: { 200: myDataSchema, ...problems(401) } } },
    async (request, reply) => {
      const data = await downloadMyData(ctx.deps, requirePrincipal(request));
      void reply.header('content-disposition', 'attachment; filename="my-modality-data.json"');
      // Readonly domain lists to the schema's mutable ones: same values, only the modifier differs.
      return data as z.output<typeof myDataSchema>;
    },
  );

  app.delete(
    '/api/v1/me',
    { schema: { tags: ['auth'], summary: 'Delete my account and all my data (confirm with the password)', body: deleteAccountBodySchema, response: { 200: accountDeletedSchema, ...problems(400, 401, 403) } } },
    async (request, reply) => {
      await deleteMyAccount(ctx.deps, requirePrincipal(request), request.body);
      clearSessionCookie(reply, ctx.secureCookies);
      return { deleted: true as const };
    },
  );
};
