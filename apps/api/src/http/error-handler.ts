import { RateLimitedError } from '@modality/domain';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DEFAULT_BODY_LIMIT, formatBytes } from './body-limits.js';
import { problem, problemFromDomainError } from './problem.js';
import { validationIssues } from './validation-issues.js';

/**
 * Every error leaves as `application/problem+json`. Domain errors map by their code, request validation
 * names each bad field, and a 500 says nothing about internals (the log has the details).
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let body = problemFromDomainError(error);
    if (body === undefined && hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext;
      const input =
        context === 'body' || context === undefined
          ? request.body
          : context === 'querystring'
            ? request.query
            : context === 'params'
              ? request.params
              : undefined;
      const issues = validationIssues(error.validation, context, input);
      body = problem(
        400,
        'validation_failed',
        issues.map((i) => `${i.path}: ${i.message}`).join('; '),
        issues,
      );
    }
    if (body === undefined && error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const limit = formatBytes(request.routeOptions.bodyLimit ?? DEFAULT_BODY_LIMIT);
      body = problem(
        413,
        'body_too_large',
        `The request body is larger than the ${limit} this route accepts`,
      );
    }
    if (
      body === undefined &&
      error.statusCode !== undefined &&
      error.statusCode >= 400 &&
      error.statusCode < 500
    ) {
      // Fastify's own client errors: malformed JSON, wrong content type, body too large …
      const code =
        error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? 'invalid_json'
          : 'bad_request';
      body = problem(error.statusCode, code, error.message);
    }
    if (body === undefined) {
      request.log.error({ err: error }, 'unhandled error');
      body = problem(500, 'internal', 'Something went wrong on our side');
    } else if (body.status >= 500) {
      request.log.error({ err: error }, 'domain error mapped to 5xx');
    }
    if (error instanceof RateLimitedError) void reply.header('retry-after', String(error.retryAfterSeconds));
    void reply.code(body.status).type('application/problem+json').send(body);
  });
}
