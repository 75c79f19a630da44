import { testDialects } from '@modality/testkit';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type TestServer } from './testing/test-server.js';

/**
 * Fuzz: every operation of `/api/openapi.json`, signed out and signed in, with inputs generated from its
 * schemas and then broken — wrong types, missing and extra fields, junk path and query values, malformed
 * JSON, odd content types, a missing or wrong CSRF token. Whatever arrives: no 5xx, every 4xx is
 * problem+json, and no protected operation answers a signed-out caller. Seeded and bounded (CI-sized);
 * `FUZZ_RUNS` raises the runs per operation and mode, `FUZZ_SEED` replays another seed.
 */

type Schema = Readonly<Record<string, unknown>>;
interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly schema?: Schema;
}
interface Operation {
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: { readonly content?: Readonly<Record<string, { readonly schema?: Schema }>> };
}
interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
  readonly components?: { readonly schemas?: Readonly<Record<string, Schema>> };
}

/** Operations a signed-out caller may use (README: "no sign-in", "public"). Every other one must say 401. */
const PUBLIC = new Set([
  'GET /api/health',
  'POST /api/v1/auth/sign-up',
  'POST /api/v1/auth/sign-in',
  'POST /api/v1/check',
  'POST /api/v1/plan',
  'GET /api/v1/roles',
  'GET /api/v1/roles/{code}',
  'GET /api/v1/programs',
  'GET /api/v1/catalogue',
  'POST /api/v1/vc/verify',
  'GET /api/v1/status-lists/{id}',
  'GET /api/v1/calendar/{token}',
  'GET /.well-known/did.json',
  'GET /did.json',
  'GET /issuers/{issuerId}/did.json',
  // Accounts and mail: a reset or confirmation link is used signed out (docs/accounts-and-mail.md).
  'POST /api/v1/auth/password-reset',
  'POST /api/v1/auth/password-reset/confirm',
  'POST /api/v1/auth/verify-email',
  // Open postings are public (docs/staffing.md); a sign-off link needs no account (docs/clinical.md).
  'GET /api/v1/postings',
  'GET /api/v1/postings/{id}',
  'GET /api/v1/sign/{token}',
  'POST /api/v1/sign/{token}',
  'GET /api/v1/postprimary/links/{token}',
  'POST /api/v1/postprimary/links/{token}/verify',
  'POST /api/v1/postprimary/links/{token}/review',
]);

/** Operations that end the caller's session (or all of them): each run gets a throwaway session. */
const SESSION_ENDING = new Set([
  'POST /api/v1/auth/sign-out',
  'POST /api/v1/me/sessions/sign-out-everywhere',
  'DELETE /api/v1/me/sessions/{id}',
  'DELETE /api/v1/me',
]);

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);

const isObject = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value of the wrong kind for almost any field. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 20 }),
  fc.constant('x'.repeat(5000)),
  fc.constant('2026-02-30'),
  fc.constant('<script>alert(1)</script>'),
  fc.constant("' OR 1=1 --"),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

/** Values shaped by `schema`, each field sometimes replaced by a wrong one, left out, or joined by extras. */
function fromSchema(doc: OpenApiDocument, schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  if (!isObject(schema) || depth > 4) return fc.oneof(wrongValue, fc.jsonValue({ maxDepth: 2 }));
  const ref = schema.$ref;
  if (typeof ref === 'string')
    return fromSchema(doc, doc.components?.schemas?.[ref.replace('#/components/schemas/', '')], depth + 1);
  const alternatives = (schema.anyOf ?? schema.oneOf ?? schema.allOf) as unknown[] | undefined;
  if (Array.isArray(alternatives) && alternatives.length > 0)
    return fc.oneof(...alternatives.map((a) => fromSchema(doc, a, depth + 1)));
  if (Array.isArray(schema.enum)) return fc.oneof(fc.constantFrom(...(schema.enum as unknown[])), wrongValue);
  if ('const' in schema) return fc.oneof(fc.constant(schema.const), wrongValue);
  const shaped = (): fc.Arbitrary<unknown> => {
    switch (schema.type) {
      case 'object': {
        const properties = isObject(schema.properties) ? schema.properties : {};
        const fields = Object.fromEntries(
          Object.entries(properties).map(([k, v]) => [
            k,
            fc.oneof(
              { weight: 3, arbitrary: fromSchema(doc, v, depth + 1) },
              { weight: 1, arbitrary: wrongValue },
            ),
          ]),
        );
        return fc
          .tuple(
            fc.record(fields, { requiredKeys: [] }),
            fc.dictionary(fc.string({ maxLength: 8 }), wrongValue, { maxKeys: 2 }),
            fc.boolean(),
          )
          .map(([known, extra, addExtra]) => (addExtra ? { ...extra, ...known } : known));
      }
      case 'array':
        return fc.array(fromSchema(doc, schema.items, depth + 1), { maxLength: 3 });
      case 'integer':
      case 'number':
        return fc.oneof(
          fc.integer({ min: -5, max: 100 }),
          fc.constant(-1),
          fc.constant(1e308),
          fc.double({ noNaN: true }),
        );
      case 'boolean':
        return fc.boolean();
      case 'string':
        return fc.oneof(
          fc.string({ maxLength: 30 }),
          fc.constant(''),
          fc.constant('2026-11-30'),
          fc.constant('arrt:R'),
          fc.constant('us-tx'),
          fc.constant('\u0000\uffff'),
        );
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  };
  return fc.oneof({ weight: 4, arbitrary: shaped() }, { weight: 1, arbitrary: wrongValue });
}

/** A path or query value: plausible, empty, long, encoded junk, traversal. */
const paramValue = fc.oneof(
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.constantFrom(
    '0',
    '-1',
    'psn_does_not_exist',
    '..%2F..%2Fetc%2Fpasswd',
    '%00',
    '%E0%A4%A',
    'a'.repeat(300),
    'null',
    'undefined',
    '[]',
    '{}',
  ),
);

interface Request {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly payload: string | undefined;
}

function requestArbitrary(
  doc: OpenApiDocument,
  path: string,
  method: string,
  operation: Operation,
): fc.Arbitrary<Request> {
  const pathParams = (path.match(/\{[^}]+\}/g) ?? []).map((p) => p.slice(1, -1));
  const query = (operation.parameters ?? []).filter((p) => p.in === 'query');
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
  const body: fc.Arbitrary<string | undefined> = fc.oneof(
    { weight: 4, arbitrary: fromSchema(doc, bodySchema).map((v) => JSON.stringify(v) ?? 'null') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '{"format": ',
        '{',
        '[1,2',
        'not json',
        '',
        '\u0000',
        '{"__proto__": {"admin": true}}',
        '{"constructor": {"prototype": {}}}',
      ),
    },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
  return fc
    .record({
      pathValues: fc.array(paramValue, { minLength: pathParams.length, maxLength: pathParams.length }),
      queryValues: fc.record(
        Object.fromEntries(
          query.map((q) => [
            q.name,
            fc.oneof(
              fromSchema(doc, q.schema).map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))),
              paramValue,
            ),
          ]),
        ),
        { requiredKeys: [] },
      ),
      junkQuery: fc.option(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), paramValue), {
        nil: undefined,
      }),
      payload: body,
      contentType: fc.constantFrom(
        'application/json',
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/problem+json',
        undefined,
      ),
      headers: fc.record(
        {
          accept: fc.constantFrom('application/json', '*/*', 'text/html', 'application/xml'),
          'x-forwarded-for': fc.constantFrom('1.2.3.4', 'garbage', '::1, 10.0.0.1'),
        },
        { requiredKeys: [] },
      ),
    })
    .map(({ pathValues, queryValues, junkQuery, payload, contentType, headers }) => {
      let url = path;
      pathParams.forEach((p, i) => (url = url.replace(`{${p}}`, encodeURIComponent(pathValues[i] ?? ''))));
      const search = new URLSearchParams(Object.entries(queryValues) as Array<[string, string]>);
      if (junkQuery !== undefined) search.append(junkQuery[0], junkQuery[1]);
      const qs = search.toString();
      const withBody = method !== 'GET' && method !== 'DELETE' && payload !== undefined;
      return {
        method: method.toUpperCase(),
        url: qs === '' ? url : `${url}?${qs}`,
        headers: {
          ...headers,
          ...(withBody && contentType !== undefined ? { 'content-type': contentType } : {}),
        },
        payload: withBody ? payload : undefined,
      };
    });
}

for (const dialect of testDialects()) {
  describe(`fuzz every OpenAPI operation [${dialect.name}]`, () => {
    let t: TestServer;
    let doc: OpenApiDocument;
    let session: { cookie: string; csrf: string };

    async function openSession(email: string): Promise<{ cookie: string; csrf: string }> {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email, password: 'modality-demo' },
      });
      return {
        cookie: res.cookies.find((c) => c.name === 'modality_session')?.value ?? '',
        csrf: res.json<{ csrfToken: string }>().csrfToken,
      };
    }

    beforeAll(async () => {
      t = await startTestServer(dialect);
      doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApiDocument>();
      // An org admin: the caller with the most to reach (their own organisation's people and members).
      session = await openSession(demo('victor.huang'));
    }, 60_000);
    afterAll(() => t.close());

    it('no 5xx, every 4xx is problem+json, no protected operation answers a signed-out caller', async () => {
      const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => ({ path, method, op })),
      );
      expect(operations.length).toBeGreaterThan(30);
      let sent = 0;
      const statuses = new Map<number, number>();
      for (const { path, method, op } of operations) {
        const key = `${method.toUpperCase()} ${path}`;
        for (const signedIn of [false, true]) {
          await fc.assert(
            fc.asyncProperty(
              requestArbitrary(doc, path, method, op),
              fc.constantFrom('right', 'right', 'wrong', 'none'),
              // A signed-out caller sometimes sends a forged or stale session cookie.
              fc.option(fc.oneof(fc.string({ maxLength: 60 }), fc.constant('x'.repeat(4000))), {
                nil: undefined,
              }),
              async (req, csrf, forgedCookie) => {
                // Signing out, ending sessions and deleting the account end the session they are sent with (or
                // every session of its account), so those operations get a throwaway one of another account.
                const who = signedIn && SESSION_ENDING.has(key) ? await openSession(demo('grace.kim')) : session;
                const cookies = signedIn
                  ? { modality_session: who.cookie }
                  : forgedCookie === undefined
                    ? {}
                    : { modality_session: forgedCookie };
                const headers =
                  signedIn && csrf !== 'none'
                    ? { ...req.headers, 'x-csrf-token': csrf === 'right' ? who.csrf : 'wrong-token' }
                    : req.headers;
                const res: LightMyRequestResponse = await t.app.inject({
                  method: req.method as 'GET',
                  url: req.url,
                  headers,
                  cookies,
                  ...(req.payload === undefined ? {} : { payload: req.payload }),
                });
                sent++;
                statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
                const what = `${key} ${signedIn ? 'signed in' : 'signed out'}: ${req.method} ${req.url} → ${String(res.statusCode)} ${res.body.slice(0, 200)}`;
                expect(res.statusCode, what).toBeLessThan(500);
                if (res.statusCode >= 400)
                  expect(res.headers['content-type'], what).toMatch(/^application\/problem\+json/);
                // The router refuses a malformed or overlong address before any route (or session check) runs.
                const refusedAddress =
                  res.statusCode === 414 ||
                  (res.statusCode === 400 && res.json<{ code: string }>().code === 'bad_url');
                if (!signedIn && !PUBLIC.has(key) && !refusedAddress) expect(res.statusCode, what).toBe(401);
              },
            ),
            { numRuns: RUNS, seed: SEED, endOnFailure: true },
          );
        }
      }
      console.info(
        `fuzz [${dialect.name}]: ${String(operations.length)} operations × signed out/in × ${String(RUNS)} runs = ${String(sent)} requests (seed ${String(SEED)}); statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`,
      );
    }, 300_000);
  });
}
