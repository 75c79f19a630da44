import { describeError, isApiProblem } from '../../api/client';

/** Why a change or delete was refused, in words: the entry gone or changed meanwhile is said as such. */
export function refusalWords(error: unknown, what: string): string {
  if (isApiProblem(error) && error.status === 404)
    return `${what} This entry is no longer on the record: it was changed or deleted elsewhere (another tab, or staff). The record below is the current one.`;
  if (isApiProblem(error) && error.status === 409)
    return `${what} The record was changed elsewhere meanwhile. The record below is the current one; make the change again.`;
  return `${what} ${describeError(error)}`;
}
