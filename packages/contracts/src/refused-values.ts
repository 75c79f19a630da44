import type { FieldIssue } from '@modality/domain';

const MAX_QUOTE = 60;

/**
 * A refused value as the person wrote it, in JSON, cut short when long.
 *
 * @example
 * quoteValue('arrt:ZZZ') // '"arrt:ZZZ"'
 */
export function quoteValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
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

/**
 * Every issue quoting the value it refused, unless its message quotes it already: the API and the CLI both
 * say `credentials[0].credential: unknown credential code "arrt:ZZZ"`, never the path alone. A missing
 * field has no value to quote.
 *
 * @example
 * withRefusedValues([{ path: 'asOf', message: 'not a real calendar date' }], { asOf: '2026-02-30' })
 * // [{ path: 'asOf', message: 'not a real calendar date (got "2026-02-30")' }]
 */
export function withRefusedValues(issues: readonly FieldIssue[], input: unknown): FieldIssue[] {
  return issues.map((i) => {
    const value = i.path === '' ? undefined : valueAt(input, i.path);
    if (value === undefined || i.message.includes(quoteValue(value))) return i;
    return { ...i, message: `${i.message} (got ${quoteValue(value)})` };
  });
}
