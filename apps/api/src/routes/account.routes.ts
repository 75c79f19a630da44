import { requestPasswordReset, resendEmailVerification, resetPassword, verifyEmail } from '@modality/app';
import {
  emailVerifiedSchema,
  passwordChangedSchema,
  passwordResetBodySchema,
  passwordResetRequestBodySchema,
  passwordResetRequestedSchema,
  verificationSentSchema,
  verifyEmailBodySchema,
} from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requirePrincipal } from '../http/principal.js';
import { byBodyEmail } from '../http/rate-limit.hooks.js';
import { clearSessionCookie } from '../http/session-cookie.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/**
 * Password reset by mail and e-mail verification. Asking for a reset is limited per client address and per
 * e-mail address (nobody's inbox can be flooded); using a link is limited per client address.
 */
export const accountRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.post(
    '/api/v1/auth/password-reset',
    {
      onRequest: ctx.limit('password-reset-address'),
      preValidation: ctx.limit('password-reset-account', byBodyEmail),
      schema: { tags: ['auth'], summary: 'Mail a single-use password-reset link (the same answer whether or not the address has an account)', body: passwordResetRequestBodySchema, response: { 202: passwordResetRequestedSchema, ...problems(400, 429) } },
    },
    async (request, reply) => {
      await requestPasswordReset(ctx.deps, request.body.email);
      return reply.code(202).send({ accepted: true as const });
    },
  );

  app.post(
    '/api/v1/auth/password-reset/confirm',
    {
      onRequest: ctx.limit('account-link-address'),
      schema: { tags: ['auth'], summary: 'Choose a new password with a reset link (works once, for 30 minutes); ends every session of the account', body: passwordResetBodySchema, response: { 200: passwordChangedSchema, ...problems(400, 429) } },
    },
    async (request, reply) => {
      const { sessionsEnded } = await resetPassword(ctx.deps, request.body);
      clearSessionCookie(reply, ctx.secureCookies);
      return { passwordChanged: true as const, sessionsEnded };
    },
  );

  app.post(
    '/api/v1/auth/verify-email',
    {
      onRequest: ctx.limit('account-link-address'),
      schema: { tags: ['auth'], summary: 'Confirm an e-mail address with the link mailed to it', body: verifyEmailBodySchema, response: { 200: emailVerifiedSchema, ...problems(400, 429) } },
    },
    async (request) => {
      await verifyEmail(ctx.deps, request.body.token);
      return { verified: true as const };
    },
  );

  app.post(
    '/api/v1/me/email-verification',
    { schema: { tags: ['auth'], summary: 'Mail me a new link to confirm my e-mail address', response: { 202: verificationSentSchema, ...problems(401, 403) } } },
    async (request, reply) => reply.code(202).send(await resendEmailVerification(ctx.deps, requirePrincipal(request))),
  );
};
