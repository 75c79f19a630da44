/*
 * Seeded pseudo-random numbers. The core never calls Math.random: every tie order and every generated data
 * set must come out the same from the same seed, on every machine. A seeded generator is a pure function of
 * its seed, so the core may use it.
 *
 * Two generators, because their users need two different things:
 * - `seededRng(seed, stream)` (xoshiro128**, seeded by SplitMix32) gives many independent streams of one
 *   seed and a period of 2^128 − 1. Matching's data sets draw tens of millions of numbers from a dozen
 *   streams; streams that overlap or correlate make postings that no generated candidate can meet, so
 *   the benchmark's queries come back empty. Use this one for anything new.
 * - `mulberry32(seed)` is one stream with a period of 2^32. Different seeds are only different starting
 *   points on that one cycle, so it cannot give independent streams; it stays because the demo data and
 *   the rules and planner benchmarks' records were generated with it and must come out the same.
 */

/** A stream of uniform pseudo-random numbers. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

const GOLDEN = 0x9e3779b9;

/**
 * An independent stream for `(seed, stream)`: different streams of one seed are uncorrelated.
 *
 * @example
 * const rng = seededRng(42, 1);
 * rng.int(6) // 0..5, the same on every run
 */
export function seededRng(seed: number, stream = 0): Rng {
  let x = (seed ^ Math.imul(stream + 1, GOLDEN)) >>> 0;
  const split = (): number => {
    x = (x + GOLDEN) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split() | 1;
  const nextU32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  return {
    next: () => nextU32() / 4294967296,
    int: (n: number) => Math.floor((nextU32() / 4294967296) * n),
  };
}

function rotl(v: number, k: number): number {
  return (v << k) | (v >>> (32 - k));
}

/**
 * mulberry32: one stream of floats in [0, 1) for a seed. Only for the data that was generated with it
 * (see the top of this file); use {@link seededRng} for anything new.
 *
 * @example
 * const rnd = mulberry32(7);
 * rnd() // the same number in [0, 1) on every run
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seeded permutation of 0..n-1 (Fisher–Yates), e.g. the one shared tie-breaking order of placement.
 *
 * @example
 * seededPermutation(4, seededRng(1)) // Int32Array of 0, 1, 2, 3 in an order fixed by the seed
 */
export function seededPermutation(n: number, rng: Rng): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = p[i] ?? 0;
    p[i] = p[j] ?? 0;
    p[j] = t;
  }
  return p;
}
