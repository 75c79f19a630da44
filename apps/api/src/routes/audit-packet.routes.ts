import { personAuditPacket } from '@modality/app';
import { auditPacketQuerySchema, personIdParamsSchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/** The CE audit packet of one credential's cycle, as a PDF. */
export const auditPacketRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get(
    '/api/v1/people/:id/audit-packet.pdf',
    {
      schema: {
        tags: ['rules'],
        summary: 'CE audit packet (PDF): the cycle, activities by category, totals against the requirement, certificates, sources',
        params: personIdParamsSchema,
        querystring: auditPacketQuerySchema,
        produces: ['application/pdf'],
        response: { 200: z.string().meta({ format: 'binary' }).describe('application/pdf'), ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { credential, cycle } = request.query;
      const file = await personAuditPacket(ctx.deps, requirePrincipal(request), request.params.id, credential, cycle);
      // The schema says "binary string" for OpenAPI; a Buffer body skips the JSON serializer and goes out as bytes.
      const body = Buffer.from(file.pdf) as unknown as string;
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${file.fileName}"`).send(body);
    },
  );
};
