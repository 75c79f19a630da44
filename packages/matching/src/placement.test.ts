import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deferredAcceptance } from './deferred-acceptance.js';
import { optimalPlacement } from './min-cost-flow.js';
import { sitePrefers, type Placement, type PlacementProblem } from './placement-model.js';
import { seededPermutation, seededRng } from '@modality/domain';
import { countBlockingPairs, placementReport } from './stability.js';

/** Random instances; priorities drawn from a few values so ties (and the shared tie order) matter. */
const problemArb = (maxStudents: number, maxSites: number): fc.Arbitrary<PlacementProblem> =>
  fc
    .record({ students: fc.integer({ min: 0, max: maxStudents }), sites: fc.integer({ min: 1, max: maxSites }), seed: fc.integer() })
    .chain(({ students, sites, seed }) =>
      fc.record({
        capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: sites, maxLength: sites }),
        lists: fc.array(fc.shuffledSubarray([...Array(sites).keys()]), { minLength: students, maxLength: students }),
        prio: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: students * sites, maxLength: students * sites }),
      }).map(({ capacity, lists, prio }) => {
        const listStart = new Int32Array(students + 1);
        const flat: number[] = [];
        const pr: number[] = [];
        lists.forEach((l, s) => {
          for (const t of l) {
            flat.push(t);
            pr.push(prio[s * sites + t] ?? 0); // a site's priority for a student does not depend on the list
          }
          listStart[s + 1] = flat.length;
        });
        return {
          students,
          sites,
          capacity: Int32Array.from(capacity),
          listStart,
          listSite: Int32Array.from(flat),
          priority: Float64Array.from(pr),
          tieOrder: seededPermutation(students, seededRng(seed)),
        };
      }),
    );

/** Every assignment of students to sites (or none) that respects capacities and lists. */
function allPlacements(p: PlacementProblem): Placement[] {
  const out: Placement[] = [];
  const siteOf = new Int32Array(p.students).fill(-1);
  const rankOf = new Int32Array(p.students).fill(-1);
  const used = new Int32Array(p.sites);
  const rec = (s: number): void => {
    if (s === p.students) {
      out.push({ siteOf: siteOf.slice(), rankOf: rankOf.slice() });
      return;
    }
    rec(s + 1);
    for (let j = p.listStart[s] ?? 0; j < (p.listStart[s + 1] ?? 0); j++) {
      const t = p.listSite[j] ?? 0;
      if ((used[t] ?? 0) >= (p.capacity[t] ?? 0)) continue;
      used[t] = (used[t] ?? 0) + 1;
      siteOf[s] = t;
      rankOf[s] = j - (p.listStart[s] ?? 0);
      rec(s + 1);
      used[t] = (used[t] ?? 0) - 1;
      siteOf[s] = -1;
      rankOf[s] = -1;
    }
  };
  rec(0);
  return out;
}

/** Naive blocking-pair count straight from the definition (pairs, not the O(L) trick). */
function naiveBlocking(p: PlacementProblem, a: Placement): number {
  let n = 0;
  for (let s = 0; s < p.students; s++) {
    for (let j = p.listStart[s] ?? 0; j < (p.listStart[s + 1] ?? 0); j++) {
      const rank = j - (p.listStart[s] ?? 0);
      const mine = a.rankOf[s] ?? -1;
      if (mine >= 0 && rank >= mine) continue;
      const t = p.listSite[j] ?? 0;
      if ((p.capacity[t] ?? 0) === 0) continue;
      const holders: number[] = [];
      for (let o = 0; o < p.students; o++) if (a.siteOf[o] === t) holders.push(o);
      const prioOf = (o: number): number => p.priority[(p.listStart[o] ?? 0) + (a.rankOf[o] ?? 0)] ?? 0;
      if (holders.length < (p.capacity[t] ?? 0) || holders.some((o) => sitePrefers(p.priority[j] ?? 0, p.tieOrder[s] ?? 0, prioOf(o), p.tieOrder[o] ?? 0))) n++;
    }
  }
  return n;
}

describe('placement', () => {
  it('deferred acceptance is stable, within capacity and student-optimal among stable placements', () => {
    fc.assert(
      fc.property(problemArb(5, 3), (p) => {
        const da = deferredAcceptance(p);
        const report = placementReport(p, da);
        expect(report.blockingPairs).toBe(0);
        expect(report.capacityViolations).toBe(0);
        for (const other of allPlacements(p)) {
          if (naiveBlocking(p, other) !== 0) continue;
          for (let s = 0; s < p.students; s++) {
            const mine = da.rankOf[s] ?? -1;
            const theirs = other.rankOf[s] ?? -1;
            // No stable placement gives any student a better site (unplaced is worst).
            if (theirs >= 0) expect(mine >= 0 && mine <= theirs).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts blocking pairs as the definition does', () => {
    fc.assert(
      fc.property(problemArb(5, 3), fc.nat(), (p, pick) => {
        const all = allPlacements(p);
        const a = all[pick % all.length] as Placement;
        expect(countBlockingPairs(p, a)).toBe(naiveBlocking(p, a));
      }),
      { numRuns: 300 },
    );
  });

  it('the optimal mode places the most students, within capacity, at the least total rank for its students', () => {
    fc.assert(
      fc.property(problemArb(5, 3), (p) => {
        const opt = optimalPlacement(p);
        const report = placementReport(p, opt);
        expect(report.capacityViolations).toBe(0);
        const all = allPlacements(p);
        const placed = (a: Placement): number => a.siteOf.filter((t) => t >= 0).length;
        const maxPlaced = Math.max(...all.map(placed));
        expect(report.placed).toBe(maxPlaced);
        const cost = (a: Placement): number => a.rankOf.reduce((x, r) => x + Math.max(r, 0), 0);
        const best = Math.min(...all.filter((a) => placed(a) === maxPlaced).map(cost));
        expect(cost(opt)).toBe(best);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic for one tie order', () => {
    const [p] = fc.sample(problemArb(30, 6), { seed: 7, numRuns: 1 });
    const q = p as PlacementProblem;
    expect(deferredAcceptance(q)).toEqual(deferredAcceptance(q));
  });
});
