import type { CandidateIndex, QueryPlan } from './candidate-index.js';
import { pairScore, KM2_PER_DEG2 } from './score.js';

/** Upper bound of the score in each block, from its maxima, minimum pay and bounding box. */
export function blockBounds(index: CandidateIndex, plan: QueryPlan, nb: number): Float64Array {
  const q = plan.q;
  const out = new Float64Array(nb);
  const mq = index.blockMaxQuarters[q.modality] ?? new Uint8Array(nb);
  const mp = index.blockMaxProcedures[q.procedure] ?? new Uint16Array(nb);
  const km2 = KM2_PER_DEG2;
  const score = pairScore;
  for (let b = 0; b < nb; b++) {
    // The score is monotone in each coordinate distance, so the box point nearest the posting bounds it.
    const lat = Math.min(Math.max(q.lat, index.blockLat0[b] ?? 0), index.blockLat1[b] ?? 0);
    const lon = Math.min(Math.max(q.lon, index.blockLon0[b] ?? 0), index.blockLon1[b] ?? 0);
    const dx = (lon - q.lon) * q.cosLat;
    const dy = lat - q.lat;
    out[b] = score(q, mq[b] ?? 0, (dx * dx + dy * dy) * km2, index.blockMinPay[b] ?? 0, mp[b] ?? 0, index.blockLanguages[b] ?? 0);
  }
  return out;
}

/**
 * Block numbers best bound first; among equal bounds the smallest ids first, since score ties are won by
 * the lower id. A scan visiting blocks in this order fills its heap with the best early, so the most
 * blocks are only counted.
 */
export function blocksBestFirst(bound: Float64Array, minId: ArrayLike<number>, nb: number): number[] {
  return Array.from({ length: nb }, (_, b) => b).sort((a, b) => (bound[b] ?? 0) - (bound[a] ?? 0) || (minId[a] ?? 0) - (minId[b] ?? 0));
}
