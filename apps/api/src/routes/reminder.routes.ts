import { myReminderDays, setMyReminderDays, type ReminderDay } from '@modality/app';
import { reminderSettingsSchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/** Which renewal reminders the signed-in person gets by mail. */
export const reminderRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get(
    '/api/v1/me/reminders',
    { schema: { tags: ['auth'], summary: 'Which renewal reminders I get (days before each deadline)', response: { 200: reminderSettingsSchema, ...problems(401) } } },
    async (request) => ({ days: [...(await myReminderDays(ctx.deps, requirePrincipal(request)))] as ReminderDay[] }),
  );
  app.put(
    '/api/v1/me/reminders',
    { schema: { tags: ['auth'], summary: 'Choose my renewal reminders: any of 90, 30 and 7 days before each deadline, or none', body: reminderSettingsSchema, response: { 200: reminderSettingsSchema, ...problems(400, 401, 403) } } },
    async (request) => ({ days: [...(await setMyReminderDays(ctx.deps, requirePrincipal(request), request.body.days))] as ReminderDay[] }),
  );
};
