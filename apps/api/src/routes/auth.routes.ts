import { signIn, signOut, signUp } from '@modality/app';
import { meSchema, signInBodySchema, signUpBodySchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sameOriginOnly } from '../http/origin.hooks.js';
import { requirePrincipal } from '../http/principal.js';
import { byBodyEmail } from '../http/rate-limit.hooks.js';
import { SESSION_COOKIE, clearSessionCookie, setSessionCookie } from '../http/session-cookie.js';
import { problems } from './errors.js';
import { toMe } from './me-response.js';
import type { RouteContext } from './route-context.js';

/**
 * Sign up, sign in, sign out, and who am I. Sign-up is rate-limited per client address; sign-in per address
 * and per account (the e-mail address tried), in the database so that every node counts the same attempts.
 */
export const authRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  // Both open a session, so both refuse another site's pages (login CSRF); they carry no CSRF token to check.
  const ownPagesOnly = sameOriginOnly(ctx.deps.publicUrl);
  app.post(
    '/api/v1/auth/sign-up',
    {
      onRequest: [ownPagesOnly, ctx.limit('sign-up-address')],
      schema: { tags: ['auth'], summary: 'Create an account (optionally accepting an invitation) and sign in', body: signUpBodySchema, response: { 201: meSchema, ...problems(400, 403, 409, 429) } },
    },
    async (request, reply) => {
      const { invitationToken, ...rest } = request.body;
      const session = await signUp(ctx.deps, invitationToken === undefined ? rest : { ...rest, invitationToken }, { userAgent: request.headers['user-agent'] ?? null });
      setSessionCookie(reply, session.token, session.expiresAt, ctx.secureCookies);
      return reply.code(201).send(toMe(session.principal));
    },
  );

  app.post(
    '/api/v1/auth/sign-in',
    {
      onRequest: [ownPagesOnly, ctx.limit('sign-in-address')],
      preValidation: ctx.limit('sign-in-account', byBodyEmail),
      schema: { tags: ['auth'], summary: 'Sign in with e-mail and password', body: signInBodySchema, response: { 200: meSchema, ...problems(400, 401, 403, 429) } },
    },
    async (request, reply) => {
      const session = await signIn(ctx.deps, request.body, { userAgent: request.headers['user-agent'] ?? null });
      setSessionCookie(reply, session.token, session.expiresAt, ctx.secureCookies);
      return toMe(session.principal);
    },
  );

  app.post(
    '/api/v1/auth/sign-out',
    { schema: { tags: ['auth'], summary: 'End this session', response: { 200: z.object({ signedOut: z.literal(true) }), ...problems(403) } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await signOut(ctx.deps, token);
      clearSessionCookie(reply, ctx.secureCookies);
      return { signedOut: true as const };
    },
  );

  app.get(
    '/api/v1/auth/me',
    { schema: { tags: ['auth'], summary: 'The signed-in user, their roles, and the CSRF token', response: { 200: meSchema, ...problems(401) } } },
    async (request) => toMe(requirePrincipal(request)),
  );
};
