import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32, seededPermutation, seededRng } from './seeded-random.js';

describe('seeded random numbers', () => {
  it('give the very numbers they always gave (the demo data and the benchmark data sets depend on them)', () => {
    const r = seededRng(42);
    expect([r.next(), r.next(), r.int(1000)]).toEqual([0.8624723902903497, 0.038825237890705466, 223]);
    const s = seededRng(42, 1);
    expect([s.next(), s.int(1000)]).toEqual([0.8288239079993218, 213]);
    const m = mulberry32(42);
    expect([m(), m(), m()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
    expect(Array.from(seededPermutation(8, seededRng(7)))).toEqual([1, 5, 7, 3, 4, 6, 2, 0]);
  });

  it('repeat for the same seed and stay in range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1_000_000 }), (seed, stream, n) => {
        const a = seededRng(seed, stream);
        const b = seededRng(seed, stream);
        const m1 = mulberry32(seed);
        const m2 = mulberry32(seed);
        for (let i = 0; i < 20; i++) {
          const x = a.next();
          expect(b.next()).toBe(x);
          expect(x >= 0 && x < 1).toBe(true);
          const k = a.int(n);
          expect(b.int(n)).toBe(k);
          expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true);
          const y = m1();
          expect(m2()).toBe(y);
          expect(y >= 0 && y < 1).toBe(true);
        }
      }),
    );
  });

  it('give different streams for different stream numbers of one seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 1000 }), (seed, stream) => {
        const a = seededRng(seed, stream);
        const b = seededRng(seed, stream + 1);
        const xs = Array.from({ length: 8 }, () => a.next());
        const ys = Array.from({ length: 8 }, () => b.next());
        expect(xs).not.toEqual(ys);
      }),
    );
  });

  it('permute 0..n-1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer(), (n, seed) => {
        const p = Array.from(seededPermutation(n, seededRng(seed)));
        expect([...p].sort((x, y) => x - y)).toEqual(Array.from({ length: n }, (_, i) => i));
      }),
    );
  });
});
