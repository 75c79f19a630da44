import { quoteValue as quote, valueAt } from '@modality/contracts';
import type { FieldIssue } from '@modality/domain';

/**
 * One problem as a line a person reads: where, what is wrong, and the refused value when the message does
 * not already quote it.
 *
 * @example
 * issueLine('--as-of', 'not a real calendar date', '2026-02-30') // '--as-of: not a real calendar date (got "2026-02-30")'
 */
export function issueLine(where: string, message: string, value?: unknown): string {
  if (value === undefined || message.includes(quote(value))) return `${where}: ${message}`;
  return `${where}: ${message} (got ${quote(value)})`;
}

export { valueAt };

/** Every issue of some parsed JSON as a line, each prefixed (`record `) and quoting the refused value. */
export function issueLines(issues: readonly FieldIssue[], json: unknown, prefix = ''): string[] {
  return issues.map((i) => issueLine(`${prefix}${i.path === '' ? '(root)' : i.path}`, i.message, i.path === '' ? undefined : valueAt(json, i.path)));
}
