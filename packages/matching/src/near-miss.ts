import type { CandidateIndex, QueryPlan } from './candidate-index.js';
import { wordsFor } from './bitset.js';
import { distance2, KM2_PER_DEG2, pairScore } from './score.js';
import { blockBounds } from './block-bounds.js';

const KM2 = KM2_PER_DEG2;
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
  const pre = new Int32Array(m + 1);
  const suf = new Int32Array(m + 1);
  const live = index.live;
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
  for (let from = 0; from < words; from += bw) {
    const to = Math.min(words, from + bw);
    const b = from / bw;
    const ub = bound[b] ?? 0;
    const kth = heap.scores[0] ?? 0;
    scoring = !(heap.size === heap.k && (ub < kth || (ub === kth && (minId[b] ?? 0) > (heap.ids[0] ?? 0))));
    if (farOnly && outsideRadius(index, q, b)) {
      for (let w = from; w < to; w++) {
        let x = live[w] ?? 0;
        for (let i = 0; i < m && x !== 0; i++) if (i !== start) x &= (bits[i] as Uint32Array)[w] ?? 0;
        if (x !== 0 && start >= 0) x &= exactStart(w, x);
        while (x !== 0) {
          const t = x & -x;
          x ^= t;
          const slot = (w << 5) + 31 - Math.clz32(t);
          if (!index.passesRadius(plan, slot)) offer(slot, radius);
        }
      }
      continue;
    }
    for (let w = from; w < to; w++) {
      let l = live[w] ?? 0;
      if (f0 !== null && f1 !== null) l &= (f0[w] ?? 0) | (f1[w] ?? 0);
      if (l === 0) continue;
      for (let i = 0; i < m; i++) cw[i] = (bits[i] as Uint32Array)[w] ?? 0;
      if (start >= 0) cw[start] = exactStart(w, l);
      pre[0] = l;
      for (let i = 0; i < m; i++) pre[i + 1] = (pre[i] ?? 0) & (cw[i] ?? 0);
      suf[m] = -1;
      for (let i = m - 1; i >= 0; i--) suf[i] = (suf[i + 1] ?? 0) & (cw[i] ?? 0);
      for (let i = 0; i < m; i++) {
        let x = (pre[i] ?? 0) & (suf[i + 1] ?? 0) & ~(cw[i] ?? 0);
        while (x !== 0) {
          const t = x & -x;
          x ^= t;
          const slot = (w << 5) + 31 - Math.clz32(t);
          if (index.passesRadius(plan, slot)) offer(slot, reqOf[i] ?? 0);
        }
      }
      if (radius >= 0) {
        let x = pre[m] ?? 0;
        while (x !== 0) {
          const t = x & -x;
          x ^= t;
          const slot = (w << 5) + 31 - Math.clz32(t);
          if (!index.passesRadius(plan, slot)) offer(slot, radius);
        }
      }
    }
  }
  return adds;
}

/**
 * True when every point of block b's bounding box is farther than the posting's radius. The nearest box
 * point gives the least squared distance, computed with the same monotone operations as the per-row test,
 * so no row of the block can pass it. (Boxes are only ever widened, so they hold every live row.)
 */
function outsideRadius(index: CandidateIndex, q: QueryPlan['q'], b: number): boolean {
  const lat0 = index.blockLat0[b] ?? Infinity;
  if (lat0 === Infinity) return true; // never written: no rows
  const lat = Math.min(Math.max(q.lat, lat0), index.blockLat1[b] ?? 0);
  const lon = Math.min(Math.max(q.lon, index.blockLon0[b] ?? 0), index.blockLon1[b] ?? 0);
  const dx = (lon - q.lon) * q.cosLat;
  const dy = lat - q.lat;
  return (dx * dx + dy * dy) * KM2 > q.radius2;
}
