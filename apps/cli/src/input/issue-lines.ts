import type { FieldIssue } from '@modality/domain';

const MAX_QUOTE = 60;

/** The value as the user wrote it, in JSON, cut short when long. */
function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
}

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

/**
 * The value at a field path (`credentials[0].earnedOn`) of parsed JSON, or undefined when the path leads
 * nowhere (a missing field).
 */
export function valueAt(root: unknown, path: string): unknown {
  let here: unknown = root;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<string, unknown>)[part];
  }
  return here;
}

/** Every issue of some parsed JSON as a line, each prefixed (`record `) and quoting the refused value. */
export function issueLines(issues: readonly FieldIssue[], json: unknown, prefix = ''): string[] {
  return issues.map((i) => issueLine(`${prefix}${i.path === '' ? '(root)' : i.path}`, i.message, i.path === '' ? undefined : valueAt(json, i.path)));
}
