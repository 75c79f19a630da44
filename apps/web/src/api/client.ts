import { problemSchema, type Problem } from '@modality/contracts';
import type { z } from 'zod';

/**
 * A failed API call, carrying the RFC 9457 problem the server sent (or one made up for a response that
 * was not problem+json, e.g. a proxy error or the network being down).
 */
export class ApiProblem extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }

  /** Every bad field, by path (`credentials[0].earnedOn`), for a 400 on invalid input. */
  get fieldErrors(): readonly { path: string; message: string }[] {
    return this.problem.errors ?? [];
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

/** A sentence for a person, from any error a request may throw. */
export function describeError(error: unknown): string {
  if (isApiProblem(error)) {
    const { title, detail, status, code } = error.problem;
    if (code === 'csrf_failed') {
      return 'Your session has changed since this page was loaded (signed in or out in another tab?). Reload the page and try again.';
    }
    if (status === 0) return detail ?? title;
    return detail !== undefined && detail !== '' && detail !== title ? `${title}: ${detail}` : title;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

let csrfToken: string | null = null;

/** The token of the signed-in session, sent as `x-csrf-token` on every change (set from `Me`). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  readonly method?: Method;
  readonly body?: unknown;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly signal?: AbortSignal;
}

const API_ROOT = '/api';

/**
 * The address of an API path, for a plain link (a file download such as `deadlines.ics`) rather than a
 * fetch: `apiUrl('/v1/people/p1/deadlines.ics', { asOf: '2026-11-26' })`.
 */
export function apiUrl(path: string, query?: RequestOptions['query']): string {
  return buildUrl(path, query);
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  const url = `${API_ROOT}${path}`;
  if (query === undefined) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs === '' ? url : `${url}?${qs}`;
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText !== '' ? response.statusText : `HTTP ${response.status}`,
    status: response.status,
    code: response.status === 401 ? 'unauthenticated' : 'http_error',
  };
  const text = await response.text().catch(() => '');
  if (text === '') return fallback;
  try {
    const parsed = problemSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON: keep the fallback
  }
  return fallback;
}

/**
 * Calls the API and returns the response body checked against `schema`. JSON in and out, same-origin
 * cookies, the CSRF header on changes; throws {@link ApiProblem} for any non-2xx answer.
 *
 * @example
 * const me = await apiRequest('/v1/auth/me', meSchema);
 */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  const response = await send(path, options);
  if (response.status === 204) return schema.parse(undefined);
  const data: unknown = await response.json();
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new ApiProblem({
      type: 'about:blank',
      title: 'Unexpected answer from the server',
      status: response.status,
      code: 'bad_response',
      detail: `The answer to ${path} did not have the expected shape.`,
    });
  }
  return parsed.data;
}

/** Like {@link apiRequest} for calls without a body in the answer (204). */
export async function apiSend(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  // A Blob (a file picked for upload) goes as its bytes; anything else as JSON.
  const raw = options.body instanceof Blob ? options.body : undefined;
  const body = raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers['content-type'] = raw === undefined ? 'application/json' : 'application/octet-stream';
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiProblem({
      type: 'about:blank',
      title: 'Cannot reach the server',
      status: 0,
      code: 'network_error',
      detail: 'Cannot reach the Modality server. Check your connection and try again.',
    });
  }
  if (!response.ok) throw new ApiProblem(await readProblem(response));
  return response;
}
