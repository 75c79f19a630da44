import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { DEFAULT_RATE_LIMITS, purgeRateLimits, type ProofDeps, type RateLimitPolicies } from '@modality/app';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerAuthHooks } from './http/auth.hooks.js';
import { DEFAULT_BODY_LIMIT } from './http/body-limits.js';
import { registerSecurityHeaders, SWAGGER_UI_CSP } from './http/security-headers.js';
import { registerErrorHandler } from './http/error-handler.js';
import { problem, sendProblem } from './http/problem.js';
import { rateLimiter } from './http/rate-limit.hooks.js';
import { responseSerializerCompiler } from './http/response-serializer.js';
import { recordRouteTable } from './http/route-table.js';
import { fastifyTrustProxy, type TrustProxy } from './http/trust-proxy.js';
import { accountRoutes } from './routes/account.routes.js';
import { auditPacketRoutes } from './routes/audit-packet.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { calendarRoutes } from './routes/calendar.routes.js';
import { careersRoutes } from './routes/careers.routes.js';
import { clinicalRoutes } from './routes/clinical.routes.js';
import { postprimaryRoutes } from './routes/postprimary.routes.js';
import { cohortRoutes } from './routes/cohort.routes.js';
import { programRequirementsRoutes } from './routes/program-requirements.routes.js';
import { programGradeFormRoutes } from './routes/program-grade-form.routes.js';
import { clinicalSiteRoutes } from './routes/clinical-site.routes.js';
import { placementRoutes } from './routes/placement.routes.js';
import { timeRecordRoutes } from './routes/time-record.routes.js';
import { catalogueRoutes } from './routes/catalogue.routes.js';
import { checkRoutes } from './routes/check.routes.js';
import { devMailRoutes } from './routes/dev-mail.routes.js';
import { fhirRoutes } from './routes/fhir.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { jobsRoutes } from './routes/jobs.routes.js';
import { myDataRoutes } from './routes/my-data.routes.js';
import { organisationRoutes } from './routes/organisation.routes.js';
import { peopleRoutes } from './routes/people.routes.js';
import { recordEntryRoutes } from './routes/record-entry.routes.js';
import { recordFileRoutes } from './routes/record-file.routes.js';
import { planRoutes } from './routes/plan.routes.js';
import { postingRoutes } from './routes/posting.routes.js';
import { profileRoutes } from './routes/profile.routes.js';
import { rankingRoutes } from './routes/ranking.routes.js';
import { savedSearchRoutes } from './routes/saved-search.routes.js';
import { staffingRequestRoutes } from './routes/staffing-request.routes.js';
import type { RouteContext } from './routes/route-context.js';
import { reminderRoutes } from './routes/reminder.routes.js';
import { sessionRoutes } from './routes/session.routes.js';
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
  /** This install is the demo (fictitious data): the web app says so on every page. */
  readonly demo?: boolean;
  /** Which proxies to believe about the client address (`TRUST_PROXY`, see `parseTrustProxy`); none by default. */
  readonly trustProxy?: TrustProxy;
  /** Rate limits replacing the defaults, by policy (tests lower or raise them). */
  readonly rateLimits?: Partial<RateLimitPolicies>;
}

/** How often ended rate-limit windows are swept from the database. */
const PURGE_EVERY_MS = 10 * 60_000;

/**
 * Builds the HTTP server: the `/api/v1` routes, OpenAPI 3.1 at `/api/openapi.json` and docs at `/api/docs`,
 * problem+json errors, and the web app with a single-page fallback. Does not listen; call `listen`.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Larger only on the routes that document it (record import).
    bodyLimit: DEFAULT_BODY_LIMIT,
    // Off unless configured: otherwise any client could pick its own address with X-Forwarded-For.
    trustProxy: fastifyTrustProxy(options.trustProxy ?? false),
    // Errors the router raises before any route runs (a malformed or overlong address) are problems too.
    frameworkErrors: (error, _request, reply) => {
      const status = error.statusCode ?? 400;
      const body = problem(status, status === 414 ? 'uri_too_long' : 'bad_url', status === 414 ? 'A part of the address is too long' : 'The address is not valid');
      sendProblem(reply, body);
    },
  }).withTypeProvider<ZodTypeProvider>();
  recordRouteTable(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);
  registerErrorHandler(app);

  await app.register(fastifyCookie);
  await registerSecurityHeaders(app, { hsts: options.secureCookies ?? false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Modality API', version: options.version ?? '0.0.0', description: 'Careers, credentials and staffing for the medical-imaging workforce.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'modality_session' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // Swagger UI's pages get a policy of their own: the same as the app's, except that its bundle injects a
  // <style> element; scripts stay 'self' only. No validator badge: it would load an image from elsewhere.
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: SWAGGER_UI_CSP, uiConfig: { validatorUrl: null } });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  registerAuthHooks(app, options.deps);
  const ctx: RouteContext = {
    deps: options.deps,
    secureCookies: options.secureCookies ?? false,
    version: options.version ?? '0.0.0',
    demo: options.demo ?? false,
    limit: rateLimiter(options.deps, { ...DEFAULT_RATE_LIMITS, ...options.rateLimits }),
  };
  const purge = setInterval(() => {
    purgeRateLimits(options.deps).catch((error: unknown) => app.log.warn({ err: error }, 'could not purge rate-limit windows'));
  }, PURGE_EVERY_MS);
  purge.unref();
  app.addHook('onClose', () => clearInterval(purge));
  await app.register(healthRoutes, ctx);
  await app.register(authRoutes, ctx);
  await app.register(accountRoutes, ctx);
  await app.register(sessionRoutes, ctx);
  await app.register(myDataRoutes, ctx);
  await app.register(reminderRoutes, ctx);
  await app.register(devMailRoutes, ctx);
  await app.register(organisationRoutes, ctx);
  await app.register(peopleRoutes, ctx);
  await app.register(recordEntryRoutes, ctx);
  await app.register(recordFileRoutes, ctx);
  await app.register(checkRoutes, ctx);
  await app.register(planRoutes, ctx);
  await app.register(careersRoutes, ctx);
  await app.register(catalogueRoutes, ctx);
  await app.register(vcRoutes, ctx);
  await app.register(fhirRoutes, ctx);
  await app.register(auditPacketRoutes, ctx);
  await app.register(calendarRoutes, ctx);
  await app.register(postingRoutes, ctx);
  await app.register(jobsRoutes, ctx);
  await app.register(profileRoutes, ctx);
  await app.register(savedSearchRoutes, ctx);
  await app.register(rankingRoutes, ctx);
  await app.register(staffingRequestRoutes, ctx);
  await app.register(clinicalRoutes, ctx);
  await app.register(postprimaryRoutes, ctx);
  await app.register(cohortRoutes, ctx);
  await app.register(programRequirementsRoutes, ctx);
  await app.register(programGradeFormRoutes, ctx);
  await app.register(clinicalSiteRoutes, ctx);
  await app.register(placementRoutes, ctx);
  await app.register(timeRecordRoutes, ctx);

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
