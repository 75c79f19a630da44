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
        response: { 200: z.unknown().describe('application/pdf (binary)'), ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { credential, cycle } = request.query;
      const file = await personAuditPacket(ctx.deps, requirePrincipal(request), request.params.id, credential, cycle);
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${file.fileName}"`).send(Buffer.from(file.pdf));
    },
  );
};
