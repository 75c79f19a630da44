import type { JsonValue } from '@modality/domain';
import { z } from 'zod';

/**
 * Any JSON value, typed all the way down (the OpenAPI document shows it as one named, recursive schema):
 * what W3C documents carry in the parts Modality keeps verbatim.
 */
export const jsonValueSchema: z.ZodType<JsonValue> = z
  .lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValueSchema), z.record(z.string(), jsonValueSchema)]))
  .meta({ id: 'JsonValue', description: 'any JSON value' });

/** A JSON object whose members are any JSON values. */
export const jsonObjectSchema = z.record(z.string(), jsonValueSchema);
