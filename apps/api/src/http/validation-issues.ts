import { toFieldIssues, withRefusedValues } from '@modality/contracts';
import type { FieldIssue } from '@modality/domain';
import type { ZodFastifySchemaValidationError } from 'fastify-type-provider-zod';
import type { z } from 'zod';

/**
 * Rebuilds the zod issues that fastify-type-provider-zod flattened into `validation` entries, so that
 * request errors read exactly like the CLI's (`credentials[0].earnedOn: not a real calendar date`).
 * Fields outside the body are prefixed with where they came from (`querystring.limit`). Each message quotes
 * the refused value from `input` (the body, query or params that failed), as the CLI's do.
 */
export function validationIssues(
  validation: readonly ZodFastifySchemaValidationError[],
  context: string | undefined,
  input?: unknown,
): FieldIssue[] {
  const issues = validation.map((v) => {
    const path = v.instancePath
      .split('/')
      .filter((p) => p !== '')
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    return { ...v.params, code: v.keyword, path, message: v.message } as unknown as z.core.$ZodIssue;
  });
  const out = withRefusedValues(toFieldIssues(issues), input);
  if (context === undefined || context === 'body') return out;
  return out.map((i) => ({ ...i, path: i.path === '' ? context : `${context}.${i.path}` }));
}
