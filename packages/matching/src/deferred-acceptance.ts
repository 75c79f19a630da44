import { placementOf, sitePrefers, validatePlacementProblem, type Placement, type PlacementProblem } from './placement-model.js';

/**
 * Student-proposing deferred acceptance with capacities (Gale–Shapley; the NRMP's mechanism after Roth–
 * Peranson). Each site keeps its best `capacity` proposers so far in a min-heap (worst at the root) and
 * rejects the rest; the result is the student-optimal stable matching. O(total list length · log cap).
 *
 * @example
 * const placement = deferredAcceptance(problem);
 * countBlockingPairs(problem, placement) // 0
 */
export function deferredAcceptance(p: PlacementProblem): Placement {
  validatePlacementProblem(p);
  const { students, sites, capacity, listStart, listSite, priority, tieOrder } = p;
  const offset = new Int32Array(sites + 1);
  for (let t = 0; t < sites; t++) offset[t + 1] = (offset[t] ?? 0) + (capacity[t] ?? 0);
  const seats = offset[sites] ?? 0;
  const heldStudent = new Int32Array(seats);
  const heldPrio = new Float64Array(seats);
  const held = new Int32Array(sites);
  const next = new Int32Array(students);
  const accepted = new Int32Array(students).fill(-1);
  const stack = new Int32Array(students);
  let top = 0;
  for (let s = students - 1; s >= 0; s--) {
    stack[top++] = s;
    next[s] = listStart[s] ?? 0;
  }
  while (top > 0) {
    let s = stack[--top] ?? 0;
    while (s >= 0) {
      const end = listStart[s + 1] ?? 0;
      let placedOrEvicted = -1;
      while ((next[s] ?? 0) < end) {
        const j = next[s] ?? 0;
        next[s] = j + 1;
        const t = listSite[j] ?? 0;
        const cap = capacity[t] ?? 0;
        if (cap === 0) continue;
        const pr = priority[j] ?? 0;
        const base = offset[t] ?? 0;
        const h = held[t] ?? 0;
        if (h < cap) {
          siftUp(heldStudent, heldPrio, tieOrder, base, h, s, pr);
          held[t] = h + 1;
          accepted[s] = j;
          break;
        }
        const w = heldStudent[base] ?? 0;
        if (sitePrefers(pr, tieOrder[s] ?? 0, heldPrio[base] ?? 0, tieOrder[w] ?? 0)) {
          siftDown(heldStudent, heldPrio, tieOrder, base, cap, s, pr);
          accepted[s] = j;
          accepted[w] = -1;
          placedOrEvicted = w;
          break;
        }
      }
      s = placedOrEvicted;
    }
  }
  return placementOf(p, accepted);
}

/** a is worse for the site than b (so it belongs nearer the root). */
function worse(pa: number, sa: number, pb: number, sb: number, tie: Int32Array): boolean {
  return sitePrefers(pb, tie[sb] ?? 0, pa, tie[sa] ?? 0);
}

function siftUp(st: Int32Array, pr: Float64Array, tie: Int32Array, base: number, size: number, s: number, p: number): void {
  let i = size;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!worse(p, s, pr[base + parent] ?? 0, st[base + parent] ?? 0, tie)) break;
    st[base + i] = st[base + parent] ?? 0;
    pr[base + i] = pr[base + parent] ?? 0;
    i = parent;
  }
  st[base + i] = s;
  pr[base + i] = p;
}

function siftDown(st: Int32Array, pr: Float64Array, tie: Int32Array, base: number, size: number, s: number, p: number): void {
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= size) break;
    let c = l;
    const r = l + 1;
    if (r < size && worse(pr[base + r] ?? 0, st[base + r] ?? 0, pr[base + l] ?? 0, st[base + l] ?? 0, tie)) c = r;
    if (!worse(pr[base + c] ?? 0, st[base + c] ?? 0, p, s, tie)) break;
    st[base + i] = st[base + c] ?? 0;
    pr[base + i] = pr[base + c] ?? 0;
    i = c;
  }
  st[base + i] = s;
  pr[base + i] = p;
}
