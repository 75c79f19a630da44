/**
 * Cursor pagination, the one way: a page is read as `limit + 1` rows ordered by id after the cursor's id;
 * the extra row only says that there is a next page. Cursors are opaque to clients (base64url of the last
 * id), so the paging key can change without breaking them.
 */

/** A page of rows and the cursor of the next one (`null` on the last page). */
export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

/** What a use case that pages takes: the cursor a previous page returned, and the page size. */
export interface PageInput {
  readonly cursor?: string | undefined;
  readonly limit: number;
}

/**
 * The cursor that resumes after `lastId`.
 *
 * @example
 * encodeCursor('jrcert:A1') // 'anJjZXJ0OkEx'
 */
export function encodeCursor(lastId: string): string {
  return Buffer.from(lastId, 'utf8').toString('base64url');
}

/** The id a cursor resumes after (a cursor that is not base64url decodes to an id that matches nothing useful, never an error). */
export function decodeCursor(cursor: string): string {
  return Buffer.from(cursor, 'base64url').toString('utf8');
}

/** The repository's `{ after, limit }` for a page: one row more than the page, to see whether another follows. */
export function pageRequest(input: PageInput): { readonly after?: string; readonly limit: number } {
  return { limit: input.limit + 1, ...(input.cursor === undefined ? {} : { after: decodeCursor(input.cursor) }) };
}

/** The page of `rows` read with {@link pageRequest}: at most `limit` items, and the cursor after the last if more rows exist. */
export function pageOf<T extends { readonly id: string }>(rows: readonly T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(last.id) : null };
}
