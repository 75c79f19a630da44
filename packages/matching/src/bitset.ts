/**
 * Dense bitsets over internal slots: bit i of word i >>> 5. At 1M slots one bitset is 125 KB and an AND
 * of a few of them is a ~31K-iteration word loop, cheaper than any compressed form at these densities.
 */

/** Words needed for `bits` bits. */
export function wordsFor(bits: number): number {
  return (bits + 31) >>> 5;
}

export function setBit(b: Uint32Array, i: number): void {
  b[i >>> 5] = (b[i >>> 5] ?? 0) | (1 << (i & 31));
}

export function clearBit(b: Uint32Array, i: number): void {
  b[i >>> 5] = (b[i >>> 5] ?? 0) & ~(1 << (i & 31));
}

export function testBit(b: Uint32Array, i: number): boolean {
  return (((b[i >>> 5] ?? 0) >>> (i & 31)) & 1) === 1;
}

/** Population count of one 32-bit word (SWAR; JS has no popcnt). */
export function popcount32(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Number of set bits. */
export function popcount(b: Uint32Array): number {
  let n = 0;
  for (let w = 0; w < b.length; w++) n += popcount32(b[w] ?? 0);
  return n;
}

/** Copies `src` into a new bitset of `words` words (growing the index). */
export function grown(src: Uint32Array, words: number): Uint32Array {
  const out = new Uint32Array(words);
  out.set(src.subarray(0, Math.min(src.length, words)));
  return out;
}

/** Slot of the lowest set bit of `word`, plus `base`: `t = w & -w`, then 31 − clz32(t). */
export function lowestBit(word: number): number {
  return 31 - Math.clz32(word & -word);
}
