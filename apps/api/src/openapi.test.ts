import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testing/test-server.js';

type Schema = Readonly<Record<string, unknown>>;
interface Operation {
  readonly parameters?: ReadonlyArray<{ readonly name: string; readonly in: string; readonly schema?: Schema }>;
  readonly requestBody?: { readonly content?: Readonly<Record<string, { readonly schema?: Schema }>> };
  readonly responses?: Readonly<Record<string, { readonly content?: Readonly<Record<string, { readonly schema?: Schema }>> }>>;
}
interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
  readonly components?: { readonly schemas?: Readonly<Record<string, Schema>> };
}

/** Keys that say what a value is; a schema with none of them accepts anything. */
const SHAPE_KEYS = ['type', '$ref', 'anyOf', 'oneOf', 'allOf', 'enum', 'const', 'not'];
const isObject = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every place in a schema (following `$ref`s into the components) that accepts any value: a schema with no
 * shape at all (`{}`), or an object with no properties whose extra properties are unconstrained (an open
 * record of unknown).
 */
function untypedPlaces(doc: OpenApiDocument, root: Schema, where: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const walk = (s: unknown, at: string): void => {
    if (!isObject(s)) return;
    const ref = s.$ref;
    if (typeof ref === 'string') {
      if (seen.has(ref)) return;
      seen.add(ref);
      const name = ref.replace('#/components/schemas/', '');
      const target = doc.components?.schemas?.[name];
      if (target === undefined) found.push(`${at}: dangling ${ref}`);
      walk(target, `${at} → ${name}`);
      return;
    }
    if (!SHAPE_KEYS.some((k) => k in s)) found.push(`${at}: {} (accepts anything)`);
    const extra = s.additionalProperties;
    const open = extra === undefined || extra === true || (isObject(extra) && !SHAPE_KEYS.some((k) => k in extra));
    if (s.type === 'object' && !isObject(s.properties) && open) found.push(`${at}: an open record of unknown values`);
    if (isObject(s.properties)) for (const [k, v] of Object.entries(s.properties)) walk(v, `${at}.${k}`);
    if (isObject(extra) && !open) walk(extra, `${at}[*]`);
    walk(s.items, `${at}[]`);
    for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const) {
      const list = s[key];
      if (Array.isArray(list)) list.forEach((v, i) => walk(v, `${at}.${key}[${i}]`));
    }
  };
  walk(root, where);
  return found;
}

function untypedSchemas(doc: OpenApiDocument): string[] {
  const found: string[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const name = `${method.toUpperCase()} ${path}`;
      for (const p of op.parameters ?? []) if (p.schema !== undefined) found.push(...untypedPlaces(doc, p.schema, `${name} ${p.in}.${p.name}`));
      for (const [type, body] of Object.entries(op.requestBody?.content ?? {})) {
        found.push(...(body.schema === undefined ? [`${name} request ${type}: no schema`] : untypedPlaces(doc, body.schema, `${name} request ${type}`)));
      }
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        for (const [type, body] of Object.entries(response.content ?? {})) {
          found.push(...(body.schema === undefined ? [`${name} ${status} ${type}: no schema`] : untypedPlaces(doc, body.schema, `${name} ${status} ${type}`)));
        }
      }
    }
  }
  return found;
}

for (const dialect of testDialects()) {
  describe(`the OpenAPI document [${dialect.name}]`, () => {
    let t: TestServer;
    let doc: OpenApiDocument;
    beforeAll(async () => {
      t = await startTestServer(dialect);
      doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApiDocument>();
    });
    afterAll(() => t.close());

    it('types every request and response schema: none is {} or an open record of unknown', () => {
      expect(Object.keys(doc.paths).length).toBeGreaterThan(20);
      expect(untypedSchemas(doc)).toEqual([]);
    });

    it('the check finds an untyped schema where there is one', () => {
      const planted: OpenApiDocument = {
        paths: { '/x': { get: { responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Loose' } } } } } } } },
        components: { schemas: { Loose: { type: 'object', properties: { a: {}, b: { type: 'object', additionalProperties: {} } } } } },
      };
      expect(untypedSchemas(planted)).toEqual(['GET /x 200 application/json → Loose.a: {} (accepts anything)', 'GET /x 200 application/json → Loose.b: an open record of unknown values']);
    });

    it('publishes the catalogue, the job-role profile and Me with their abilities as named schemas', () => {
      expect(Object.keys(doc.components?.schemas ?? {})).toEqual(expect.arrayContaining(['Catalogue', 'JobRoleProfile', 'JobRoleList', 'Me', 'Abilities', 'Verdict', 'Plan']));
    });
  });
}
