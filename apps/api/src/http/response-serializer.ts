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
    if (json !== undefined) return fastJson(json as Parameters<typeof fastJson>[0]) as (data: unknown) => string;
  }
  return zodSerializerCompiler(route as Parameters<typeof zodSerializerCompiler>[0]);
};

/** The schema's output as JSON Schema (draft 7, which fast-json-stringify reads), or undefined when it has none. */
function jsonSchemaOf(schema: z.ZodType): object | undefined {
  try {
    return z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'throw' });
  } catch {
    return undefined;
  }
}
