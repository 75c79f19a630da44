import type { CandidateIndex, QueryPlan } from './candidate-index.js';
import { popcount32, wordsFor } from './bitset.js';
import { distance2, pairScore } from './score.js';
import { blockBounds, blocksBestFirst } from './block-bounds.js';
import { blockPlace } from './block-radius.js';
import type { TopKHeap } from './top-k-heap.js';

/**
 * Candidates failing exactly one requirement, in one word pass: with prefix ANDs Pᵢ and suffix ANDs Sᵢ
 * of the m clause bitsets, the ones failing only clause i are P₍ᵢ₋₁₎ & S₍ᵢ₊₁₎ & ~Bᵢ (3m word operations
 * per word). The radius test has no bitset, so it is checked on those bits (they must pass it) and on the
 * full AND (they must fail it). Pushes each near-miss into `heap` by score and returns, per requirement
 * index, how many candidates relaxing that requirement alone would add.
 *
 * Takes the scan's plan as is: a start date between range boundaries is made exact word by word (the
 * bracketing range bitsets plus the column test), and only in the words that can hold a near-miss at
 * all — one failing at most one requirement passes at least one of any two clauses, so a word where the
 * two most selective clauses (or their supersets) are both zero is skipped after two loads.
 *
 * Where a block lies wholly inside the radius no row test is needed (nobody there fails it), and where it
 * lies wholly outside (relocation not accepted) everyone passing the clauses fails the radius alone; in
 * such blocks, when their score bound cannot reach the heap, near-misses are counted a word at a time.
 */
export function scanNearMisses(index: CandidateIndex, plan: QueryPlan, heap: TopKHeap): Int32Array {
  const adds = new Int32Array(plan.requirements.length);
  const clauses = [...plan.clauses];
  const day = plan.posting.startBy;
  let start = -1;
  let low: Uint32Array | null = null;
  let high: Uint32Array | null = null;
  if (plan.startResidual >= 0) {
    ({ low, high } = index.availableBracket(day));
    start = clauses.findIndex((c) => c.requirement === plan.startResidual);
    // The superset clause was dropped (every live candidate is in it), but the exact test can still fail.
    if (start < 0) {
      clauses.push({ bits: high, count: index.liveCount, requirement: plan.startResidual });
      start = clauses.length - 1;
    }
  }
  const m = clauses.length;
  const bits = clauses.map((c) => c.bits);
  const reqOf = clauses.map((c) => c.requirement);
  const f0 = m >= 2 ? (bits[0] as Uint32Array) : null;
  const f1 = m >= 2 ? (bits[1] as Uint32Array) : null;
  const cw = new Int32Array(Math.max(m, 1));
  const pre = new Int32Array(Math.max(m, 1));
  const live = index.live;
  const reloc = index.relocating;
  const c = index.cols;
  const avail = c.availableDay;
  const q = plan.q;
  const radius = plan.radiusRequirement;
  const words = wordsFor(c.n);
  const dist2 = distance2;
  const score = pairScore;
  // Block-max pruning: a block whose score bound cannot beat the heap's worst (checked as the block starts;
  // the heap only gets better) has its near-misses counted, not scored.
  const bw = index.blockWords;
  const bound = blockBounds(index, plan, Math.ceil(words / bw));
  const minId = index.blockMinId;
  let scoring = true;
  const offer = (slot: number, requirement: number): void => {
    adds[requirement] = (adds[requirement] ?? 0) + 1;
    if (!scoring) return;
    const d2 = dist2(q, c.lat[slot] ?? 0, c.lon[slot] ?? 0);
    const s = score(q, c.quarters[q.modality]?.[slot] ?? 0, d2, c.payFloor[slot] ?? 0, c.procedures[q.procedure]?.[slot] ?? 0, c.languages[slot] ?? 0);
    heap.push(s, c.id[slot] ?? 0, slot);
  };
  const exactStart = (w: number, among: number): number => {
    // The start clause's word, exact on the bits of `among` (low and high are set whenever start ≥ 0).
    const sure = (low as Uint32Array)[w] ?? 0;
    let x = ((high as Uint32Array)[w] ?? 0) & ~sure & among;
    let v = sure;
    while (x !== 0) {
      const t = x & -x;
      x ^= t;
      if ((avail[(w << 5) + 31 - Math.clz32(t)] ?? 0) <= day) v |= t;
    }
    return v;
  };
  // A block whose bounding box lies wholly outside the radius (no relocation accepted) can only hold
  // candidates failing the radius alone: they pass every clause, so one AND with an early exit suffices.
  const farOnly = radius >= 0 && !plan.acceptRelocation;
  const pop = popcount32;
  const nb = Math.ceil(words / bw);
  for (const b of blocksBestFirst(bound, minId, nb)) {
    const from = b * bw;
    const to = Math.min(words, from + bw);
    const ub = bound[b] ?? 0;
    const kth = heap.scores[0] ?? 0;
    scoring = !(heap.size === heap.k && (ub < kth || (ub === kth && (minId[b] ?? 0) > (heap.ids[0] ?? 0))));
    const place = radius >= 0 ? blockPlace(index, q, b) : 'inside';
    if (farOnly && place === 'outside') {
      // Nobody here passes the radius (see blockPlace): whoever passes every clause fails it alone.
      for (let w = from; w < to; w++) {
        let x = live[w] ?? 0;
        for (let i = 0; i < m && x !== 0; i++) if (i !== start) x &= (bits[i] as Uint32Array)[w] ?? 0;
        if (x !== 0 && start >= 0) x &= exactStart(w, x);
        if (!scoring) {
          adds[radius] = (adds[radius] ?? 0) + pop(x);
          continue;
        }
        while (x !== 0) {
          const t = x & -x;
          x ^= t;
          offer((w << 5) + 31 - Math.clz32(t), radius);
        }
      }
      continue;
    }
    // Where the block lies tells who passes the radius without a row test: everyone (inside), or, outside
    // it with relocation accepted, exactly those willing to relocate. Only a mixed block needs row tests.
    const inside = place === 'inside';
    const byBits = inside || place === 'outside';
    for (let w = from; w < to; w++) {
      let l = live[w] ?? 0;
      if (f0 !== null && f1 !== null) l &= (f0[w] ?? 0) | (f1[w] ?? 0);
      if (l === 0) continue;
      // Prefix ANDs on the way up (pre[i]: l and clauses 0..i-1), suffix ANDs on the way down.
      let p = l;
      for (let i = 0; i < m; i++) {
        let v: number;
        if (i === start) {
          const sure = (low as Uint32Array)[w] ?? 0;
          v = (((high as Uint32Array)[w] ?? 0) & ~sure & l) === 0 ? sure : exactStart(w, l);
        } else v = (bits[i] as Uint32Array)[w] ?? 0;
        cw[i] = v;
        pre[i] = p;
        p &= v;
      }
      let sfx = -1;
      for (let i = m - 1; i >= 0; i--) {
        const v = cw[i] ?? 0;
        let x = (pre[i] ?? 0) & sfx & ~v;
        sfx &= v;
        if (x === 0) continue;
        const requirement = reqOf[i] ?? 0;
        if (byBits) {
          if (!inside) x &= reloc[w] ?? 0;
          if (!scoring) {
            adds[requirement] = (adds[requirement] ?? 0) + pop(x);
            continue;
          }
        }
        while (x !== 0) {
          const t = x & -x;
          x ^= t;
          const slot = (w << 5) + 31 - Math.clz32(t);
          if (byBits || index.passesRadius(plan, slot)) offer(slot, requirement);
        }
      }
      if (radius >= 0 && !inside) {
        let x = p;
        if (byBits) {
          x &= ~(reloc[w] ?? 0);
          if (!scoring) {
            adds[radius] = (adds[radius] ?? 0) + pop(x);
            continue;
          }
        }
        while (x !== 0) {
          const t = x & -x;
          x ^= t;
          const slot = (w << 5) + 31 - Math.clz32(t);
          if (byBits || !index.passesRadius(plan, slot)) offer(slot, radius);
        }
      }
    }
  }
  return adds;
}
