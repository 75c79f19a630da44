import { DomainError, ValidationError, type FieldIssue } from '@modality/domain';
import type { Problem } from '@modality/contracts';
import type { FastifyReply } from 'fastify';

/** HTTP status for each stable domain error code; anything else is a 500. */
const STATUS: Readonly<Record<string, number>> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  recruitment_restricted: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  csrf_failed: 403,
  origin_refused: 403,
  rate_limited: 429,
  issuing_unavailable: 503,
};

const TITLE: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Builds an RFC 9457 problem document; `type` is a URN naming the stable error code. */
export function problem(
  status: number,
  code: string,
  detail?: string,
  errors?: readonly FieldIssue[],
): Problem {
  return {
    type: `urn:modality:problem:${code}`,
    title: TITLE[status] ?? 'Error',
    status,
    code,
    ...(detail === undefined ? {} : { detail }),
    ...(errors === undefined ? {} : { errors: [...errors] }),
  };
}

/** The problem for a domain error (mapped by code), or undefined if it is not one. */
export function problemFromDomainError(error: unknown): Problem | undefined {
  if (!(error instanceof DomainError)) return undefined;
  const status = STATUS[error.code] ?? 500;
  const detail =
    error instanceof ValidationError
      ? `${error.message}: ${error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`
      : error.message;
  return problem(status, error.code, detail, error instanceof ValidationError ? error.issues : undefined);
}

/** Sends a problem document as `application/problem+json` with its status. */
export function sendProblem(reply: FastifyReply, body: Problem): void {
  void reply.code(body.status).type('application/problem+json').send(body);
}
