import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageOf, pageRequest } from './cursor.js';

describe('cursor pagination', () => {
  it('a cursor decodes back to the id it was made from, and is URL-safe', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        const cursor = encodeCursor(id);
        expect(cursor).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(decodeCursor(cursor)).toBe(id);
      }),
    );
  });

  it('asks for one row more than the page, after the cursor', () => {
    expect(pageRequest({ limit: 2 })).toEqual({ limit: 3 });
    expect(pageRequest({ limit: 2, cursor: encodeCursor('b') })).toEqual({ limit: 3, after: 'b' });
  });

  it('gives a next cursor only when the extra row came back', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(pageOf(rows, 2)).toEqual({ items: [{ id: 'a' }, { id: 'b' }], nextCursor: encodeCursor('b') });
    expect(pageOf(rows.slice(0, 2), 2)).toEqual({ items: [{ id: 'a' }, { id: 'b' }], nextCursor: null });
    expect(pageOf([], 2)).toEqual({ items: [], nextCursor: null });
  });
});
