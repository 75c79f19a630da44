import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { responseSerializerCompiler } from './response-serializer.js';

const compile = (schema: z.ZodType) => responseSerializerCompiler({ schema, method: 'GET', url: '/x', httpStatus: '200' });

describe('response serializer', () => {
  const person = z.object({ id: z.string(), name: z.string(), born: z.iso.date().nullable(), tags: z.array(z.string()), extra: z.record(z.string(), z.number()).optional() });

  it('writes only the properties the schema declares (an undeclared field never leaves the server)', () => {
    const out = compile(person)({ id: 'p1', name: 'Ana', born: null, tags: ['a'], passwordHash: 'secret', extra: { n: 1 } });
    expect(JSON.parse(out)).toEqual({ id: 'p1', name: 'Ana', born: null, tags: ['a'], extra: { n: 1 } });
    expect(out).not.toContain('secret');
  });

  it('refuses an answer that lacks a required property', () => {
    expect(() => compile(person)({ id: 'p1', born: null, tags: [] })).toThrow(/name/);
  });

  it('picks the right branch of a union and keeps nested objects to their schema', () => {
    const shape = z.union([z.object({ kind: z.literal('a'), a: z.string() }), z.object({ kind: z.literal('b'), b: z.number() })]);
    expect(JSON.parse(compile(z.array(shape))([{ kind: 'b', b: 2, hidden: 1 }, { kind: 'a', a: 'x' }]))).toEqual([{ kind: 'b', b: 2 }, { kind: 'a', a: 'x' }]);
  });

  it('keeps the zod serializer for a schema JSON Schema cannot express (a transform), and it still validates', () => {
    const upper = z.object({ name: z.string().transform((s) => s.toUpperCase()) });
    expect(() => compile(upper)({ name: 1 })).toThrow();
  });
});
