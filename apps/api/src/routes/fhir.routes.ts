import { practitionerOf } from '@modality/app';
import { fhirPractitionerSchema, personIdParamsSchema } from '@modality/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

/** HL7 FHIR R4: a person's credentials as a Practitioner. */
export const fhirRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get(
    '/api/v1/people/:id/fhir/Practitioner',
    {
      schema: {
        tags: ['interop'],
        summary: "A person's credentials as a FHIR R4 Practitioner (same access as the record)",
        description: 'Qualifications with NUCC taxonomy codes, the HL7 NDH qualification extension (status, whereValid) and the issuing body as a contained Organization. See docs/interop.md.',
        params: personIdParamsSchema,
        produces: ['application/fhir+json'],
        response: { 200: fhirPractitionerSchema, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const practitioner = await practitionerOf(ctx.deps, requirePrincipal(request), request.params.id);
      return reply.type('application/fhir+json; charset=utf-8').send(practitioner as z.output<typeof fhirPractitionerSchema>);
    },
  );
};
