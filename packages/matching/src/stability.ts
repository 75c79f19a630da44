import { sitePrefers, type Placement, type PlacementProblem } from './placement-model.js';

/** Stability and welfare figures of a placement. */
export interface PlacementReport {
  readonly students: number;
  readonly placed: number;
  /** Mean and median list position of the placed (0 = first choice). */
  readonly meanRank: number;
  readonly medianRank: number;
  readonly firstChoiceShare: number;
  readonly topThreeShare: number;
  /** Pairs (student, site) that both prefer each other to what they have. */
  readonly blockingPairs: number;
  /** Seats assigned beyond a site's capacity, summed (must be 0). */
  readonly capacityViolations: number;
}

/**
 * Counts blocking pairs: student s and site t where s ranks t above its placement (or is unplaced) and t
 * has a free seat or prefers s to its worst placed student. Independent of how the placement was made.
 * O(total list length).
 */
export function countBlockingPairs(p: PlacementProblem, a: Placement): number {
  const { students, sites, listStart, listSite, priority, tieOrder, capacity } = p;
  const count = new Int32Array(sites);
  const worstPrio = new Float64Array(sites).fill(Infinity);
  const worstTie = new Int32Array(sites).fill(-1);
  for (let s = 0; s < students; s++) {
    const t = a.siteOf[s] ?? -1;
    if (t < 0) continue;
    count[t] = (count[t] ?? 0) + 1;
    const pr = priority[(listStart[s] ?? 0) + (a.rankOf[s] ?? 0)] ?? 0;
    const tie = tieOrder[s] ?? 0;
    if ((worstTie[t] ?? -1) < 0 || sitePrefers(worstPrio[t] ?? 0, worstTie[t] ?? 0, pr, tie)) {
      worstPrio[t] = pr;
      worstTie[t] = tie;
    }
  }
  let blocking = 0;
  for (let s = 0; s < students; s++) {
    const start = listStart[s] ?? 0;
    const end = (a.rankOf[s] ?? -1) >= 0 ? start + (a.rankOf[s] ?? 0) : (listStart[s + 1] ?? 0);
    for (let j = start; j < end; j++) {
      const t = listSite[j] ?? 0;
      if ((capacity[t] ?? 0) === 0) continue;
      if ((count[t] ?? 0) < (capacity[t] ?? 0) || sitePrefers(priority[j] ?? 0, tieOrder[s] ?? 0, worstPrio[t] ?? 0, worstTie[t] ?? 0)) blocking++;
    }
  }
  return blocking;
}

/** Placed count, rank statistics, blocking pairs and capacity violations of a placement. */
export function placementReport(p: PlacementProblem, a: Placement): PlacementReport {
  const ranks: number[] = [];
  const count = new Int32Array(p.sites);
  for (let s = 0; s < p.students; s++) {
    const t = a.siteOf[s] ?? -1;
    if (t < 0) continue;
    ranks.push(a.rankOf[s] ?? 0);
    count[t] = (count[t] ?? 0) + 1;
  }
  let violations = 0;
  for (let t = 0; t < p.sites; t++) violations += Math.max(0, (count[t] ?? 0) - (p.capacity[t] ?? 0));
  ranks.sort((x, y) => x - y);
  const placed = ranks.length;
  const sum = ranks.reduce((x, y) => x + y, 0);
  return {
    students: p.students,
    placed,
    meanRank: placed === 0 ? 0 : sum / placed,
    medianRank: placed === 0 ? 0 : (ranks[(placed - 1) >> 1] ?? 0),
    firstChoiceShare: placed === 0 ? 0 : ranks.filter((r) => r === 0).length / placed,
    topThreeShare: placed === 0 ? 0 : ranks.filter((r) => r < 3).length / placed,
    blockingPairs: countBlockingPairs(p, a),
    capacityViolations: violations,
  };
}
