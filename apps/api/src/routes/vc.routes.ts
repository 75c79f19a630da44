import { addToWallet, installDidDocument, issuableFor, issueCredential, issuerDidDocument, revokeCredential, statusListCredential, verifyCredential, walletOf } from '@modality/app';
import {
  credentialIdParamsSchema,
  importResultSchema,
  issueCredentialRequestSchema,
  issuableSchema,
  issuedCredentialSchema,
  linkedDataDocumentSchema,
  personIdParamsSchema,
  revokeResultSchema,
  verifiableCredentialSchema,
  verificationReportSchema,
  verifyRequestSchema,
  walletSchema,
} from '@modality/contracts';
import type { JsonObject } from '@modality/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePrincipal } from '../http/principal.js';
import { problems } from './errors.js';
import type { RouteContext } from './route-context.js';

const issuerParams = z.strictObject({ issuerId: z.string().min(1).max(64) });
const statusListParams = z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

/**
 * Verifiable credentials: issue into a person's wallet, revoke, verify anything (public), the wallet, and
 * the documents verifiers resolve — `did:web` DID documents and Bitstring Status Lists (public).
 */
export const vcRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.post(
    '/api/v1/people/:id/vc',
    {
      schema: {
        tags: ['credentials'],
        summary: "Issue a signed credential (Open Badges 3.0) into a person's wallet",
        description:
          'competency / program / ce: an entry of the record (by position), issued by the organisation by its instructor, program director or org admin; snapshot: the record\'s credentials and their status on a date as Modality\'s rules engine found them, issued by the install.',
        params: personIdParamsSchema,
        body: issueCredentialRequestSchema,
        response: { 201: issuedCredentialSchema, ...problems(400, 401, 403, 404, 503) },
      },
    },
    async (request, reply) => {
      const issued = await issueCredential(ctx.deps, requirePrincipal(request), request.params.id, request.body);
      return reply.code(201).send(issued as z.output<typeof issuedCredentialSchema>);
    },
  );

  app.post(
    '/api/v1/vc/:credentialId/revoke',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Revoke a credential your organisation issued (program director or org admin)',
        params: credentialIdParamsSchema,
        response: { 200: revokeResultSchema, ...problems(401, 403, 404, 503) },
      },
    },
    async (request) => revokeCredential(ctx.deps, requirePrincipal(request), request.params.credentialId),
  );

  app.post(
    '/api/v1/vc/verify',
    {
      onRequest: ctx.limit('compute-address'),
      schema: {
        tags: ['credentials'],
        summary: 'Verify a credential: signature, issuer, revocation and validity window, each with its reason (public)',
        body: verifyRequestSchema,
        response: { 200: verificationReportSchema, ...problems(400, 429) },
      },
    },
    async (request) => (await verifyCredential(ctx.deps, request.body)) as z.output<typeof verificationReportSchema>,
  );

  app.get(
    '/api/v1/people/:id/wallet',
    {
      schema: {
        tags: ['credentials'],
        summary: 'The credentials a person received, each verified now (same access as the record)',
        params: personIdParamsSchema,
        response: { 200: walletSchema, ...problems(401, 404) },
      },
    },
    async (request) => ({ items: await walletOf(ctx.deps, requirePrincipal(request), request.params.id) }) as z.output<typeof walletSchema>,
  );

  app.get(
    '/api/v1/people/:id/issuable',
    {
      schema: {
        tags: ['credentials'],
        summary: "Signed-off clinical entries you may issue to this person as competencies, and in whose name",
        params: personIdParamsSchema,
        response: { 200: issuableSchema, ...problems(401, 404) },
      },
    },
    // Readonly lists to the schema's mutable ones: same values.
    async (request) => (await issuableFor(ctx.deps, requirePrincipal(request), request.params.id)) as z.output<typeof issuableSchema>,
  );

  app.post(
    '/api/v1/people/:id/wallet',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Keep a credential received elsewhere in the wallet (owner or permitted staff)',
        params: personIdParamsSchema,
        body: verifiableCredentialSchema,
        response: { 200: importResultSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => addToWallet(ctx.deps, requirePrincipal(request), request.params.id, request.body as JsonObject),
  );

  app.get(
    '/api/v1/status-lists/:id',
    { schema: { tags: ['credentials'], summary: 'A Bitstring Status List credential (public; verifiers read revocations here)', params: statusListParams, response: { 200: linkedDataDocumentSchema, ...problems(404) } } },
    async (request, reply) => reply.header('cache-control', 'no-cache').send(await statusListCredential(ctx.deps, request.params.id)),
  );

  const didJson = { tags: ['credentials'], response: { 200: linkedDataDocumentSchema, ...problems(404) } };
  app.get('/.well-known/did.json', { schema: { ...didJson, summary: "The install's did:web DID document (issuer of record snapshots)" } }, async () => installDidDocument(ctx.deps));
  // An install served under a path (MODALITY_PUBLIC_URL https://host/modality) is did:web:host:modality, whose
  // document is /modality/did.json: behind a proxy that strips the prefix, that arrives here.
  app.get('/did.json', { schema: { ...didJson, summary: "The install's DID document, for an install served under a path" } }, async () => installDidDocument(ctx.deps));
  app.get(
    '/issuers/:issuerId/did.json',
    { schema: { ...didJson, summary: "An organisation's did:web DID document", params: issuerParams } },
    async (request) => issuerDidDocument(ctx.deps, request.params.issuerId),
  );
};
