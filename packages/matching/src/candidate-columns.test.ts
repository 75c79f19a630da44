import { describe, expect, it } from 'vitest';
import { allocateColumns, columnsOf } from './candidate-columns.js';

describe('candidate columns', () => {
  it('columnsOf lists every numeric column exactly once, under distinct names (copying and reordering rely on it)', () => {
    const c = allocateColumns(3);
    const arrays = Object.values(c)
      .flatMap((v: unknown) => (Array.isArray(v) ? (v as unknown[]) : [v]))
      .filter((v) => ArrayBuffer.isView(v));
    const listed = columnsOf(c);
    expect(listed).toHaveLength(arrays.length);
    expect(new Set(listed.map((x) => x.column))).toEqual(new Set(arrays));
    expect(new Set(listed.map((x) => x.name)).size).toBe(listed.length);
  });
});
