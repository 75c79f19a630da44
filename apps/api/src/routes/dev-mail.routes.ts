import { listMailbox } from '@modality/app';
import { mailboxSchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from './route-context.js';

/**
 * `GET /api/v1/dev/mail`: the demo's local mailbox, so that a visitor can open the mails the demo "sent".
 * Registered only on the demo (fictitious data, no SMTP): anywhere else the route does not exist.
 */
export const devMailRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  if (!ctx.demo) return;
  app.get(
    '/api/v1/dev/mail',
    { schema: { tags: ['system'], summary: "The demo's local mailbox, newest first (demo only)", response: { 200: mailboxSchema } } },
    async () => ({ mails: (await listMailbox(ctx.deps, 50)).map((m) => ({ to: m.to, subject: m.subject, text: m.text, status: m.status, createdAt: m.createdAt })) }),
  );
};
