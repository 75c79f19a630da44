import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * Writes responses from their zod schemas with `fast-json-stringify`, the serializer Fastify itself uses:
 * the schema is turned into JSON Schema once per route, and each answer is written from it, emitting only
 * the properties the schema declares (an undeclared field never leaves the server) and failing on a
 * missing required one. Validating every answer with zod before `JSON.stringify` cost a record read about
 * a sixth of its time (measured with `--cpu-prof` under `npm run bench:api`). A schema that JSON Schema
 * cannot express (a transform) keeps the zod serializer.
 */
export const responseSerializerCompiler: FastifySerializerCompiler<unknown> = (route) => {
  const { schema } = route;
  if (schema instanceof z.ZodType) {
    const json = jsonSchemaOf(schema);
    if (json !== undefined)
      return fastJson(json as Parameters<typeof fastJson>[0]);
  }
  return zodSerializerCompiler(route as Parameters<typeof zodSerializerCompiler>[0]);
};

/** The schema's output as JSON Schema (draft 7, which fast-json-stringify reads), or undefined when it has none. */
function jsonSchemaOf(schema: z.ZodType): object | undefined {
  try {
    return withoutClosedObjects(z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'throw' }));
  } catch {
    return undefined;
  }
}

/**
 * Drops `additionalProperties: false`. fast-json-stringify never writes an undeclared property anyway; but
 * it picks a union's branch by validating the value against each branch, and a closed branch would refuse
 * a value carrying one more field, where zod picks the first branch that fits and strips the rest.
 */
function withoutClosedObjects(node: unknown): object {
  if (Array.isArray(node)) return node.map((n: unknown) => (typeof n === 'object' && n !== null ? withoutClosedObjects(n) : n));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'additionalProperties' && value === false) continue;
    out[key] = typeof value === 'object' && value !== null ? withoutClosedObjects(value) : value;
  }
  return out;
}
