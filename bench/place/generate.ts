import { seededPermutation, seededRng, type PlacementProblem } from '@modality/matching';

/**
 * Seeded placement instances (plan §8.1 batch): sites at random points with capacities 2–12 and a
 * popularity; each student ranks `listLength` sites drawn from a popularity-weighted sample by distance +
 * popularity + noise; site priority = a shared student quality + site-specific noise, with 20 % of sites
 * using three coarse priority classes (ties, broken by one shared seeded order).
 */
export function generatePlacement(students: number, sites: number, listLength: number, seed: number): PlacementProblem {
  const r = seededRng(seed, 300);
  const sx = new Float64Array(sites);
  const sy = new Float64Array(sites);
  const pop = new Float64Array(sites);
  const coarse = new Uint8Array(sites);
  const capacity = new Int32Array(sites);
  for (let t = 0; t < sites; t++) {
    sx[t] = r.next();
    sy[t] = r.next();
    pop[t] = r.next() ** 2;
    coarse[t] = r.next() < 0.2 ? 1 : 0;
    capacity[t] = 2 + r.int(11);
  }
  const quality = new Float64Array(students);
  const listStart = new Int32Array(students + 1);
  const listSite: number[] = [];
  const priority: number[] = [];
  const rs = seededRng(seed, 301);
  const rp = seededRng(seed, 302);
  const len = Math.min(listLength, sites);
  for (let s = 0; s < students; s++) {
    quality[s] = rs.next();
    const x = rs.next();
    const y = rs.next();
    const pool = new Map<number, number>();
    while (pool.size < Math.min(sites, len * 3)) {
      const t = rs.int(sites);
      if (pool.has(t)) continue;
      const d = Math.hypot((sx[t] ?? 0) - x, (sy[t] ?? 0) - y);
      pool.set(t, -d * 3 + (pop[t] ?? 0) + rs.next() * 0.3);
    }
    const chosen = [...pool.entries()].sort((a, b) => b[1] - a[1]).slice(0, len).map(([t]) => t);
    for (const t of chosen) {
      listSite.push(t);
      const p = (quality[s] ?? 0) + rp.next() * 0.2;
      priority.push(coarse[t] === 1 ? Math.floor(p * 3) : p);
    }
    listStart[s + 1] = listSite.length;
  }
  return { students, sites, capacity, listStart, listSite: Int32Array.from(listSite), priority: Float64Array.from(priority), tieOrder: seededPermutation(students, seededRng(seed, 303)) };
}
