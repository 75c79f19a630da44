import type { CandidateIndex, QueryPlan } from './candidate-index.js';
import { KM2_PER_DEG2 } from './score.js';

/**
 * Where a block of slots lies against a posting's radius, from the block's bounding box (boxes are only
 * ever widened, so they hold every live row): `outside` when every point of the box is farther than the
 * radius, `inside` when every point is within it, `mixed` otherwise. Both tests use the same monotone
 * operations as the per-row test (`passesRadius`, `scanRange`) on the box's nearest or farthest point, so
 * no row of an `outside` block passes the distance test and every row of an `inside` block does — the
 * row tests can be skipped there. A block never written is `outside` (it has no rows).
 */
export type BlockPlace = 'outside' | 'inside' | 'mixed';

export function blockPlace(index: CandidateIndex, q: QueryPlan['q'], b: number): BlockPlace {
  const lat0 = index.blockLat0[b] ?? Infinity;
  if (lat0 === Infinity) return 'outside';
  const lat1 = index.blockLat1[b] ?? 0;
  const lon0 = index.blockLon0[b] ?? 0;
  const lon1 = index.blockLon1[b] ?? 0;
  const km2 = KM2_PER_DEG2;
  // Nearest point of the box.
  const nLat = Math.min(Math.max(q.lat, lat0), lat1);
  const nLon = Math.min(Math.max(q.lon, lon0), lon1);
  const ndx = (nLon - q.lon) * q.cosLat;
  const ndy = nLat - q.lat;
  if ((ndx * ndx + ndy * ndy) * km2 > q.radius2) return 'outside';
  // Farthest corner: the larger distance on each axis (|a − q| is largest at one end of [a0, a1]).
  const fLat = Math.abs(lat0 - q.lat) >= Math.abs(lat1 - q.lat) ? lat0 : lat1;
  const fLon = Math.abs(lon0 - q.lon) >= Math.abs(lon1 - q.lon) ? lon0 : lon1;
  const fdx = (fLon - q.lon) * q.cosLat;
  const fdy = fLat - q.lat;
  return (fdx * fdx + fdy * fdy) * km2 <= q.radius2 ? 'inside' : 'mixed';
}
