import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdMap } from './id-map.js';

describe('IdMap', () => {
  it('answers like a Map under any sequence of sets and deletes', () => {
    const op = fc.tuple(fc.boolean(), fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 0xffffffff })), fc.integer({ min: 0, max: 1_000_000 }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.array(op, { maxLength: 300 }), (expected, ops) => {
        const m = new IdMap(expected);
        const ref = new Map<number, number>();
        for (const [del, id, slot] of ops) {
          if (del) expect(m.delete(id)).toBe(ref.delete(id));
          else {
            m.set(id, slot);
            ref.set(id, slot);
          }
          expect(m.size).toBe(ref.size);
          expect(m.get(id)).toBe(ref.get(id));
        }
        for (const [, id] of ops) {
          expect(m.get(id)).toBe(ref.get(id));
          expect(m.has(id)).toBe(ref.has(id));
        }
      }),
      { numRuns: 300 },
    );
  });
});
