import { parseInput } from '@modality/contracts';
import type { FieldIssue } from '@modality/domain';
import type { z } from 'zod';
import { BadInputError, type FieldNames } from '../outcome.js';
import { issueLine, valueAt } from './issue-lines.js';

/** The options that were given (commander leaves the others undefined; a contract treats absent and undefined alike, but exact types do not). */
export function given(values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}

/** Each issue as a line naming the option (`target` → `--target`) and quoting the refused value. */
export function optionIssueLines(issues: readonly FieldIssue[], values: Readonly<Record<string, unknown>>, names: FieldNames): string[] {
  return issues.map((i) => issueLine(names[i.path] ?? `--${i.path}`, i.message, valueAt(values, i.path)));
}

/**
 * Parses command-line options with a contract; a refused option is bad input naming the option and
 * quoting its value.
 *
 * @example
 * parseOptions(programSearchQuerySchema, { discipline: 'astrology', limit: '50' }, { jurisdiction: '--in' })
 * // throws BadInputError('invalid option', ['--discipline: Invalid option: expected one of … (got "astrology")'])
 */
export function parseOptions<S extends z.ZodType>(schema: S, values: Readonly<Record<string, unknown>>, names: FieldNames = {}): z.output<S> {
  const input = given(values);
  const parsed = parseInput(schema, input);
  if (!parsed.ok) throw new BadInputError(`invalid option${parsed.error.length === 1 ? '' : 's'}`, optionIssueLines(parsed.error, input, names));
  return parsed.value;
}
