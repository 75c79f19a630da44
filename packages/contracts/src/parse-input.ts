import type { FieldIssue, Result } from '@modality/domain';
import type { z } from 'zod';
import { toFieldIssues } from './zod-issues.js';

/**
 * Parses untrusted input with a contract: the typed value, or every bad field by its path — the same
 * issues the API answers with, for callers that are not HTTP routes (the CLI's options and files).
 *
 * @example
 * parseInput(placementModeSchema, 'fastest') // { ok: false, error: [{ path: '', message: 'must be one of stable, optimal' }] }
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>, FieldIssue[]> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: toFieldIssues(parsed.error.issues) };
}
