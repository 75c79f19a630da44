import { addRecordEntry, ceQuestionsForPerson, deleteRecordEntry, replacePersonInfo, replaceRecordEntry, type RecordEntry } from '@modality/app';
import {
  ceQuestionListSchema,
  importResultSchema,
  personDetailsSchema,
  personIdParamsSchema,
  RECORD_ENTRY_SCHEMAS,
  recordEntryParamsSchema,
  recordEntryResultSchema,
  recordVersionHeadersSchema,
  versionOfIfMatch,
  type RecordSectionName,
} from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/** Each section the forms change, with the contract of one of its entries (the import's own) and its noun. */
const SECTIONS: readonly { readonly section: RecordSectionName; readonly noun: string }[] = [
  { section: 'credentials', noun: 'a credential or licence' },
  { section: 'education', noun: 'a programme or degree' },
  { section: 'exams', noun: 'an examination' },
  { section: 'ce', noun: 'a CE activity' },
  { section: 'clinical', noun: 'a clinical log entry' },
];

/**
 * The record forms: add, replace and delete one entry of a section of a person's record, under the
 * person (`/api/v1/people/{id}/{section}[/{entryId}]`). Same contracts, checks and access rule as the import.
 */
export const recordEntryRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.put(
    '/api/v1/people/:id/person',
    {
      schema: {
        tags: ['people'],
        summary: "Change who a record is about: name, birth date, country and region (owner or permitted staff)",
        params: personIdParamsSchema,
        body: personDetailsSchema,
        response: { 200: importResultSchema, ...problems(400, 401, 403, 404) },
      },
    },
    // The body passed personDetailsSchema; the cast only restores the CalendarDate brand of birthDate.
    async (request) => replacePersonInfo(ctx.deps, requirePrincipal(request), request.params.id, request.body as Parameters<typeof replacePersonInfo>[3]),
  );

  app.get(
    '/api/v1/people/:id/ce-questions',
    {
      schema: {
        tags: ['people'],
        summary: "The questions the CE form asks about an activity: what the rules of this person's credentials count",
        params: personIdParamsSchema,
        response: { 200: ceQuestionListSchema, ...problems(401, 404) },
      },
    },
    async (request) => ({ items: (await ceQuestionsForPerson(ctx.deps, requirePrincipal(request), request.params.id)).map((q) => ({ ...q, matches: [...q.matches], credentials: [...q.credentials] })) }),
  );

  for (const { section, noun } of SECTIONS) {
    const schema = RECORD_ENTRY_SCHEMAS[section];
    // The body passed this section's contract; the cast pairs it with its section and restores the CalendarDate brand.
    const entryOf = (body: unknown) => ({ section, entry: body }) as RecordEntry;

    app.post(
      `/api/v1/people/:id/${section}`,
      {
        schema: {
          tags: ['people'],
          summary: `Add ${noun} to a person's record (owner or permitted staff)`,
          params: personIdParamsSchema,
          body: schema,
          response: { 201: recordEntryResultSchema, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => reply.code(201).send(await addRecordEntry(ctx.deps, requirePrincipal(request), request.params.id, entryOf(request.body))),
    );

    app.put(
      `/api/v1/people/:id/${section}/:entryId`,
      {
        schema: {
          tags: ['people'],
          summary: `Replace ${noun} of a person's record, by its id (If-Match: the record's ETag, optional)`,
          params: recordEntryParamsSchema,
          headers: recordVersionHeadersSchema,
          body: schema,
          response: { 200: recordEntryResultSchema, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        replaceRecordEntry(ctx.deps, requirePrincipal(request), request.params.id, { entryId: request.params.entryId, expectedVersion: versionOfIfMatch(request.headers['if-match']) }, entryOf(request.body)),
    );

    app.delete(
      `/api/v1/people/:id/${section}/:entryId`,
      {
        schema: {
          tags: ['people'],
          summary: `Delete ${noun} from a person's record, by its id (If-Match: the record's ETag, optional)`,
          params: recordEntryParamsSchema,
          headers: recordVersionHeadersSchema,
          response: { 200: recordEntryResultSchema, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        deleteRecordEntry(ctx.deps, requirePrincipal(request), request.params.id, section, { entryId: request.params.entryId, expectedVersion: versionOfIfMatch(request.headers['if-match']) }),
    );
  }
};
