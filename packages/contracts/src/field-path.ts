/**
 * Formats a zod issue path the way a person reads it in an error message and the web form keys its fields:
 * `credentials[0].earnedOn`.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}
