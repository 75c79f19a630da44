import { attachRecordFile, deleteRecordFile, listRecordFiles, readRecordFile, RECORD_FILE_MAX_BYTES, type RecordFileRow, type RecordFileSubject } from '@modality/app';
import { personIdParamsSchema, recordFileListSchema, recordFileParamsSchema, recordFileSchema, recordFileUploadQuerySchema, type RecordFile, type RecordFileUploadQuery } from '@modality/contracts';
import { ValidationError } from '@modality/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

const view = (f: RecordFileRow): RecordFile => ({ id: f.id, subject: f.subject, fileName: f.fileName, mediaType: f.mediaType, size: f.size, createdAt: f.createdAt });

function subjectOf(q: RecordFileUploadQuery): RecordFileSubject {
  if (q.section === 'ce' && q.title !== undefined && q.completedOn !== undefined) return { section: 'ce', title: q.title, completedOn: q.completedOn };
  if (q.section === 'credentials' && q.credential !== undefined) return { section: 'credentials', credential: q.credential };
  // The query schema already requires these; this only keeps the types honest.
  throw new ValidationError([{ path: 'querystring.section', message: 'names no entry' }]);
}

/**
 * Files kept on a person's record — a CE certificate, a licence card — behind the blob port: upload (the
 * body is the file), list, download and delete, with the record's access rule.
 */
export const recordFileRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  // Only inside this plugin: any body that is not JSON arrives as bytes; its type is told from the bytes.
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: RECORD_FILE_MAX_BYTES + 1 }, (_request, body, done) => done(null, body));

  app.get(
    '/api/v1/people/:id/files',
    { schema: { tags: ['people'], summary: "The files kept on a person's record (certificates, licence cards)", params: personIdParamsSchema, response: { 200: recordFileListSchema, ...problems(401, 404) } } },
    async (request) => ({ items: (await listRecordFiles(ctx.deps, requirePrincipal(request), request.params.id)).map(view) }),
  );

  app.post(
    '/api/v1/people/:id/files',
    {
      bodyLimit: RECORD_FILE_MAX_BYTES + 1,
      schema: {
        tags: ['people'],
        summary: 'Keep a file on the record: the request body is the file (PDF, PNG or JPEG, at most 5 MiB, told from its bytes)',
        params: personIdParamsSchema,
        querystring: recordFileUploadQuerySchema,
        consumes: ['application/pdf', 'image/png', 'image/jpeg', 'application/octet-stream'],
        body: z.instanceof(Uint8Array).meta({ type: 'string', format: 'binary', description: 'the file itself (a JSON body is refused)' }),
        response: { 201: recordFileSchema, ...problems(400, 401, 403, 404, 413) },
      },
    },
    async (request, reply) => {
      const file = await attachRecordFile(ctx.deps, requirePrincipal(request), request.params.id, { subject: subjectOf(request.query), fileName: request.query.name, bytes: request.body });
      return reply.code(201).send(view(file));
    },
  );

  app.get(
    '/api/v1/people/:id/files/:fileId',
    {
      schema: {
        tags: ['people'],
        summary: 'Download a file kept on the record (owner, and staff who may read the record)',
        params: recordFileParamsSchema,
        produces: ['application/pdf', 'image/png', 'image/jpeg'],
        response: { 200: z.string().meta({ format: 'binary' }).describe('the file, as stored'), ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const { file, bytes } = await readRecordFile(ctx.deps, requirePrincipal(request), request.params.id, request.params.fileId);
      // The schema says "binary string" for OpenAPI; a Buffer body skips the JSON serializer and goes out as bytes.
      const body = Buffer.from(bytes) as unknown as string;
      return reply
        .type(file.mediaType)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(body);
    },
  );

  app.delete(
    '/api/v1/people/:id/files/:fileId',
    { schema: { tags: ['people'], summary: 'Delete a file kept on the record (owner or permitted staff)', params: recordFileParamsSchema, response: { 200: z.object({ deleted: z.literal(true) }), ...problems(401, 403, 404) } } },
    async (request) => {
      await deleteRecordFile(ctx.deps, requirePrincipal(request), request.params.id, request.params.fileId);
      return { deleted: true as const };
    },
  );
};
