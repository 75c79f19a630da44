import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { ProofDeps } from '@modality/app';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerAuthHooks } from './http/auth.hooks.js';
import { registerErrorHandler } from './http/error-handler.js';
import { problem } from './http/problem.js';
import { auditPacketRoutes } from './routes/audit-packet.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { calendarRoutes } from './routes/calendar.routes.js';
import { careersRoutes } from './routes/careers.routes.js';
import { clinicalRoutes } from './routes/clinical.routes.js';
import { catalogueRoutes } from './routes/catalogue.routes.js';
import { checkRoutes } from './routes/check.routes.js';
import { fhirRoutes } from './routes/fhir.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { organisationRoutes } from './routes/organisation.routes.js';
import { peopleRoutes } from './routes/people.routes.js';
import { planRoutes } from './routes/plan.routes.js';
import type { RouteContext } from './routes/route-context.js';
import { vcRoutes } from './routes/vc.routes.js';

export interface ServerOptions {
  readonly deps: ProofDeps;
  /** pino options, `false` for none (tests). */
  readonly logger?: FastifyServerOptions['logger'];
  /** The built web app (index.html and assets); served at `/` when present. */
  readonly webDir?: string;
  readonly version?: string;
  /** Mark cookies `Secure` (serve over HTTPS, or behind a TLS-terminating proxy). */
  readonly secureCookies?: boolean;
  readonly authRateLimit?: RouteContext['authRateLimit'];
}

/**
 * Builds the HTTP server: the `/api/v1` routes, OpenAPI 3.1 at `/api/openapi.json` and docs at `/api/docs`,
 * problem+json errors, and the web app with a single-page fallback. Does not listen; call `listen`.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 20 * 1024 * 1024,
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false, errorResponseBuilder: (_req, ctx) => ({ statusCode: ctx.statusCode, message: 'rate limited' }) });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Modality API', version: options.version ?? '0.0.0', description: 'Careers, credentials and staffing for the medical-imaging workforce.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'modality_session' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  registerAuthHooks(app, options.deps);
  const ctx: RouteContext = {
    deps: options.deps,
    secureCookies: options.secureCookies ?? false,
    version: options.version ?? '0.0.0',
    authRateLimit: options.authRateLimit ?? { max: 20, timeWindowMs: 60_000 },
  };
  await app.register(healthRoutes, ctx);
  await app.register(authRoutes, ctx);
  await app.register(organisationRoutes, ctx);
  await app.register(peopleRoutes, ctx);
  await app.register(checkRoutes, ctx);
  await app.register(planRoutes, ctx);
  await app.register(careersRoutes, ctx);
  await app.register(catalogueRoutes, ctx);
  await app.register(vcRoutes, ctx);
  await app.register(fhirRoutes, ctx);
  await app.register(auditPacketRoutes, ctx);
  await app.register(calendarRoutes, ctx);
  await app.register(clinicalRoutes, ctx);

  const webDir = options.webDir;
  const hasWeb = webDir !== undefined && existsSync(join(webDir, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webDir, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || path === '/api' || !hasWeb || request.method !== 'GET') {
      return reply.code(404).type('application/problem+json').send(problem(404, 'not_found', `No route ${request.method} ${path}`));
    }
    // Single-page app: every other GET gets index.html and the client router takes over.
    return reply.sendFile('index.html');
  });
  return app;
}
