import { clockIn, clockOut, decideTimeException, myTimeRecords, planShift, schoolHourWarnings, timeExceptionQueue } from '@modality/app';
import {
  clockInSchema,
  clockOutSchema,
  myTimeSchema,
  plannedShiftResultSchema,
  plannedShiftSchema,
  schoolHourWarningsSchema,
  timeDecisionSchema,
  timeExceptionSchema,
  timeExceptionsSchema,
  timeRecordParamsSchema,
  timeRecordSchema,
} from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/** Clocking in and out at a clinical site, the instructor's exception queue, and the hour-limit warnings. */
export const timeRecordRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const tags = ['clinical-time'];
  app.post(
    '/api/v1/clinical/time/clock-in',
    { schema: { tags, summary: 'Clock in at a site where you have a rotation today (the location is optional)', body: clockInSchema, response: { 201: timeRecordSchema, ...problems(400, 401, 409) } } },
    async (request, reply) => reply.code(201).send(await clockIn(ctx.deps, requirePrincipal(request), request.body)),
  );
  app.post(
    '/api/v1/clinical/time/clock-out',
    { schema: { tags, summary: 'Clock out of your open record (a time given afterwards makes it an exception)', body: clockOutSchema, response: { 200: timeRecordSchema, ...problems(400, 401, 409) } } },
    async (request) => clockOut(ctx.deps, requirePrincipal(request), request.body),
  );
  app.get(
    '/api/v1/clinical/time/mine',
    { schema: { tags, summary: 'Your time records, today’s and this week’s hours, and the hour limits broken or about to be', response: { 200: myTimeSchema, ...problems(400, 401) } } },
    async (request) => myTimeRecords(ctx.deps, requirePrincipal(request)),
  );
  app.post(
    '/api/v1/clinical/time/planned-shifts',
    {
      schema: {
        tags,
        summary: 'Plan a shift at a site of your rotation; the answer lists the hour limits it would break',
        body: plannedShiftSchema,
        response: { 201: plannedShiftResultSchema, ...problems(400, 401) },
      },
    },
    async (request, reply) => reply.code(201).send(await planShift(ctx.deps, requirePrincipal(request), request.body)),
  );
  app.get(
    '/api/v1/clinical/time/exceptions',
    { schema: { tags, summary: 'Time records of your school’s students waiting for a decision (instructors, program director)', response: { 200: timeExceptionsSchema, ...problems(401) } } },
    async (request) => ({ exceptions: await timeExceptionQueue(ctx.deps, requirePrincipal(request)) }),
  );
  app.post(
    '/api/v1/clinical/time/exceptions/:id/decision',
    {
      schema: {
        tags,
        summary: 'Approve or reject a time record with an exception, with an optional reason; the student is mailed (instructors, program director)',
        params: timeRecordParamsSchema,
        body: timeDecisionSchema,
        response: { 200: timeExceptionSchema, ...problems(400, 401, 404, 409) },
      },
    },
    async (request) => decideTimeException(ctx.deps, requirePrincipal(request), request.params.id, request.body.decision, request.body.reason),
  );
  app.get(
    '/api/v1/clinical/time/warnings',
    { schema: { tags, summary: 'Hour-limit warnings of your school’s students (instructors, program director)', response: { 200: schoolHourWarningsSchema, ...problems(401) } } },
    async (request) => ({ students: await schoolHourWarnings(ctx.deps, requirePrincipal(request)) }),
  );
};
