import type { CandidateIndex, QueryPlan } from './candidate-index.js';
import { wordsFor } from './bitset.js';
import { distance2, pairScore } from './score.js';
import type { TopKHeap } from './top-k-heap.js';

/**
 * Candidates failing exactly one requirement, in one word pass: with prefix ANDs Pᵢ and suffix ANDs Sᵢ
 * of the m clause bitsets, the ones failing only clause i are P₍ᵢ₋₁₎ & S₍ᵢ₊₁₎ & ~Bᵢ (3m word operations
 * per word). The radius test has no bitset, so it is checked on those bits (they must pass it) and on the
 * full AND (they must fail it). Pushes each near-miss into `heap` by score and returns, per requirement
 * index, how many candidates relaxing that requirement alone would add.
 */
export function scanNearMisses(index: CandidateIndex, plan: QueryPlan, heap: TopKHeap): Int32Array {
  const adds = new Int32Array(plan.requirements.length);
  const m = plan.clauses.length;
  const bits = plan.clauses.map((c) => c.bits);
  const reqOf = plan.clauses.map((c) => c.requirement);
  const pre = new Int32Array(m + 1);
  const suf = new Int32Array(m + 1);
  const live = index.live;
  const c = index.cols;
  const q = plan.q;
  const radius = plan.radiusRequirement;
  const words = wordsFor(c.n);
  const offer = (slot: number, requirement: number): void => {
    adds[requirement] = (adds[requirement] ?? 0) + 1;
    const d2 = distance2(q, c.lat[slot] ?? 0, c.lon[slot] ?? 0);
    const s = pairScore(q, c.quarters[q.modality]?.[slot] ?? 0, d2, c.payFloor[slot] ?? 0, c.procedures[q.procedure]?.[slot] ?? 0, c.languages[slot] ?? 0);
    heap.push(s, c.id[slot] ?? 0, slot);
  };
  for (let w = 0; w < words; w++) {
    const l = live[w] ?? 0;
    if (l === 0) continue;
    pre[0] = l;
    for (let i = 0; i < m; i++) pre[i + 1] = (pre[i] ?? 0) & ((bits[i] as Uint32Array)[w] ?? 0);
    suf[m] = -1;
    for (let i = m - 1; i >= 0; i--) suf[i] = (suf[i + 1] ?? 0) & ((bits[i] as Uint32Array)[w] ?? 0);
    for (let i = 0; i < m; i++) {
      let x = (pre[i] ?? 0) & (suf[i + 1] ?? 0) & ~((bits[i] as Uint32Array)[w] ?? 0);
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
  return adds;
}
