import { placementOf, validatePlacementProblem, type Placement, type PlacementProblem } from './placement-model.js';

/**
 * Welfare-optimal placement: a min-cost flow (source → student → site → sink, capacities on sites, cost
 * = list position) solved by successive shortest paths with Dijkstra and node potentials, one student
 * at a time, as in the Hungarian method's row-by-row augmentation. Adding a student pushes one unit along
 * the cheapest path either to a free seat or, when none is reachable, back to the source through a placed
 * student it displaces at a lower total rank (a negative cycle otherwise). The result places the maximum
 * number of students and, among such placements, has the minimum total rank (checked against brute force
 * in the tests). It ignores site priorities, so
 * it is not stable in general: compare both with {@link placementReport}.
 *
 * @example
 * const optimal = optimalPlacement(problem);
 * placementReport(problem, optimal).meanRank // ≤ the stable one's, usually
 */
export function optimalPlacement(p: PlacementProblem): Placement {
  validatePlacementProblem(p);
  const { students, sites, capacity, listStart, listSite } = p;
  const sink = students + sites;
  const nodes = sink + 1;
  const h = new Float64Array(nodes);
  const dist = new Float64Array(nodes);
  const stamp = new Int32Array(nodes);
  const done = new Int32Array(nodes);
  const parent = new Int32Array(nodes);
  const parentEntry = new Int32Array(nodes);
  const offset = new Int32Array(sites + 1);
  for (let t = 0; t < sites; t++) offset[t + 1] = (offset[t] ?? 0) + (capacity[t] ?? 0);
  const seatStudent = new Int32Array(offset[sites] ?? 0);
  const seatCount = new Int32Array(sites);
  const seatOf = new Int32Array(students).fill(-1);
  const entryOf = new Int32Array(students).fill(-1);
  const heap = new BinaryHeap(nodes * 4);
  const finalized: number[] = [];

  for (let s0 = 0; s0 < students; s0++) {
    const a = listStart[s0] ?? 0;
    const b = listStart[s0 + 1] ?? 0;
    if (a === b) continue;
    let hs = -Infinity;
    for (let j = a; j < b; j++) hs = Math.max(hs, (h[students + (listSite[j] ?? 0)] ?? 0) - (j - a));
    h[s0] = hs;
    const round = s0 + 1;
    heap.clear();
    finalized.length = 0;
    stamp[s0] = round;
    dist[s0] = 0;
    parent[s0] = -1;
    heap.push(0, s0);
    let found = false;
    while (heap.size > 0) {
      const d = heap.topKey();
      const u = heap.pop();
      if (done[u] === round || d > (dist[u] ?? 0)) continue;
      done[u] = round;
      finalized.push(u);
      if (u === sink) {
        found = true;
        break;
      }
      const relax = (v: number, cost: number, entry: number): void => {
        const nd = d + cost + (h[u] ?? 0) - (h[v] ?? 0);
        if (stamp[v] !== round || nd < (dist[v] ?? 0)) {
          stamp[v] = round;
          dist[v] = nd;
          parent[v] = u;
          parentEntry[v] = entry;
          heap.push(nd, v);
        }
      };
      if (u < students) {
        const sa = listStart[u] ?? 0;
        const sb = listStart[u + 1] ?? 0;
        for (let j = sa; j < sb; j++) {
          if (j === entryOf[u]) continue;
          const t = listSite[j] ?? 0;
          if ((capacity[t] ?? 0) === 0) continue;
          const v = students + t;
          if (done[v] !== round) relax(v, j - sa, j);
        }
      } else {
        const t = u - students;
        const base = offset[t] ?? 0;
        const cnt = seatCount[t] ?? 0;
        for (let k = 0; k < cnt; k++) {
          const s = seatStudent[base + k] ?? 0;
          if (done[s] !== round) relax(s, -((entryOf[s] ?? 0) - (listStart[s] ?? 0)), -1);
        }
        if (cnt < (capacity[t] ?? 0) && done[sink] !== round) relax(sink, 0, -1);
      }
    }
    let D: number;
    let v: number;
    if (found) {
      D = dist[sink] ?? 0;
      v = parent[sink] ?? -1;
    } else {
      // No free seat is reachable, but s0 may still displace a placed student at a lower total rank
      // (a negative path back to the source in the flow network): take the most negative one.
      let best = -1;
      let bestTrue = 0;
      for (const u of finalized) {
        if (u >= students || u === s0) continue;
        const trueCost = (dist[u] ?? 0) - (h[s0] ?? 0) + (h[u] ?? 0);
        if (trueCost < bestTrue) {
          bestTrue = trueCost;
          best = u;
        }
      }
      if (best < 0) continue;
      D = dist[best] ?? 0;
      const t = listSite[entryOf[best] ?? 0] ?? 0;
      removeSeat(seatStudent, seatCount, seatOf, offset, t, best);
      entryOf[best] = -1;
      v = parent[best] ?? -1;
    }
    for (const u of finalized) h[u] = (h[u] ?? 0) + Math.min(dist[u] ?? 0, D) - D;
    // Every other node implicitly gains D as well; only differences of potentials matter.
    while (v >= 0) {
      const t = v - students;
      const s = parent[v] ?? -1;
      const entry = parentEntry[v] ?? -1;
      const prevSeat = seatOf[s] ?? -1;
      const prevSite = prevSeat >= 0 ? (listSite[entryOf[s] ?? 0] ?? 0) : -1;
      if (prevSite >= 0) removeSeat(seatStudent, seatCount, seatOf, offset, prevSite, s);
      const base = offset[t] ?? 0;
      const c = seatCount[t] ?? 0;
      seatStudent[base + c] = s;
      seatOf[s] = base + c;
      seatCount[t] = c + 1;
      entryOf[s] = entry;
      v = prevSite >= 0 ? (parent[s] ?? -1) : -1;
    }
  }
  return placementOf(p, entryOf);
}

function removeSeat(seatStudent: Int32Array, seatCount: Int32Array, seatOf: Int32Array, offset: Int32Array, t: number, s: number): void {
  const base = offset[t] ?? 0;
  const last = base + (seatCount[t] ?? 1) - 1;
  const at = seatOf[s] ?? last;
  const moved = seatStudent[last] ?? s;
  seatStudent[at] = moved;
  seatOf[moved] = at;
  seatCount[t] = (seatCount[t] ?? 1) - 1;
  seatOf[s] = -1;
}

/** A binary min-heap of (key, node) with duplicates allowed (lazy deletion by the caller). */
class BinaryHeap {
  private keys: Float64Array;
  private vals: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.vals = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  topKey(): number {
    return this.keys[0] ?? 0;
  }

  push(key: number, val: number): void {
    if (this.size === this.keys.length) {
      const k = new Float64Array(this.keys.length * 2);
      k.set(this.keys);
      const v = new Int32Array(this.vals.length * 2);
      v.set(this.vals);
      this.keys = k;
      this.vals = v;
    }
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((this.keys[p] ?? 0) <= key) break;
      this.keys[i] = this.keys[p] ?? 0;
      this.vals[i] = this.vals[p] ?? 0;
      i = p;
    }
    this.keys[i] = key;
    this.vals[i] = val;
  }

  pop(): number {
    const top = this.vals[0] ?? 0;
    const n = --this.size;
    const key = this.keys[n] ?? 0;
    const val = this.vals[n] ?? 0;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      let c = l;
      if (l + 1 < n && (this.keys[l + 1] ?? 0) < (this.keys[l] ?? 0)) c = l + 1;
      if ((this.keys[c] ?? 0) >= key) break;
      this.keys[i] = this.keys[c] ?? 0;
      this.vals[i] = this.vals[c] ?? 0;
      i = c;
    }
    this.keys[i] = key;
    this.vals[i] = val;
    return top;
  }
}
