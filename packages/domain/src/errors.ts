/**
 * Errors carry a stable `code`; only `apps/` map codes to HTTP statuses or exit codes. Expected outcomes
 * (a verdict, "not eligible") are values, never errors.
 */
export class DomainError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** One problem with one input field; `path` is the dotted/indexed path, e.g. `credentials[0].earnedOn`. */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/** Input that does not have the required shape or values; lists every bad field. */
export class ValidationError extends DomainError {
  readonly issues: readonly FieldIssue[];
  constructor(issues: readonly FieldIssue[], message = 'The input is not valid') {
    super('validation_failed', message);
    this.issues = issues;
  }
}

/** The thing asked for does not exist, or the caller may not know that it exists. */
export class NotFoundError extends DomainError {
  readonly entity: string;
  readonly id: string;
  constructor(entity: string, id: string) {
    super('not_found', `${entity} ${id} was not found`);
    this.entity = entity;
    this.id = id;
  }
}

/** No valid session, or wrong credentials. */
export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in first') {
    super('unauthenticated', message);
  }
}

/** Signed in, but this role may not do this. */
export class ForbiddenError extends DomainError {
  constructor(message = 'You may not do this') {
    super('forbidden', message);
  }
}

/** The change collides with existing state (e.g. an e-mail address already registered). */
export class ConflictError extends DomainError {
  constructor(message: string) {
    super('conflict', message);
  }
}

/**
 * Too many of something in a period: requests from one address or for one account, or a recruiter's requests
 * in a day. `retryAfterSeconds` says when to try again; `message` replaces the generic wording.
 */
export class RateLimitedError extends DomainError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number, message?: string) {
    super('rate_limited', message ?? `Too many attempts; try again in ${String(retryAfterSeconds)} second${retryAfterSeconds === 1 ? '' : 's'}`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The thing existed and is no longer there for the public (a posting that expired, was filled or closed). */
export class GoneError extends DomainError {
  constructor(message: string) {
    super('gone', message);
  }
}
