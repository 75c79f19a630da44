/**
 * Clinical placement: students rank sites; sites have capacities and a priority over the students who
 * ranked them. Rank lists are CSR arrays (one flat list, offsets per student), so 45K × 12 entries are a
 * few hundred KB and no per-student objects exist.
 */
export interface PlacementProblem {
  readonly students: number;
  readonly sites: number;
  /** Seats per site. */
  readonly capacity: Int32Array;
  /** Student s's list is listSite[listStart[s] .. listStart[s+1]), best first; length students + 1. */
  readonly listStart: Int32Array;
  readonly listSite: Int32Array;
  /** The site's priority for the student at each list entry: higher is preferred by the site. */
  readonly priority: Float64Array;
  /** One shared tie-breaking order (lower wins) for equal priorities, e.g. a seeded permutation. */
  readonly tieOrder: Int32Array;
}

/** An assignment: site per student (-1 = unplaced) and the position of that site in the student's list. */
export interface Placement {
  readonly siteOf: Int32Array;
  /** 0 = first choice; -1 when unplaced. */
  readonly rankOf: Int32Array;
}

/** The site `t` prefers student a (priority pa) to b (priority pb). */
export function sitePrefers(pa: number, ta: number, pb: number, tb: number): boolean {
  return pa > pb || (pa === pb && ta < tb);
}

/** Throws a RangeError naming the array when a problem is malformed (sizes, site codes, duplicates). */
export function validatePlacementProblem(p: PlacementProblem): void {
  if (p.capacity.length !== p.sites) throw new RangeError(`capacity: expected ${p.sites} entries, got ${p.capacity.length}`);
  if (p.listStart.length !== p.students + 1) throw new RangeError(`listStart: expected ${p.students + 1} entries`);
  if (p.tieOrder.length !== p.students) throw new RangeError(`tieOrder: expected ${p.students} entries`);
  if (p.priority.length !== p.listSite.length) throw new RangeError('priority: must align with listSite');
  const seen = new Int32Array(p.sites).fill(-1);
  for (let s = 0; s < p.students; s++) {
    const a = p.listStart[s] ?? 0;
    const b = p.listStart[s + 1] ?? 0;
    if (b < a || b > p.listSite.length) throw new RangeError(`listStart[${s + 1}]: out of order or out of range`);
    for (let j = a; j < b; j++) {
      const t = p.listSite[j] ?? -1;
      if (t < 0 || t >= p.sites) throw new RangeError(`listSite[${j}]: ${t} is not a site`);
      if (seen[t] === s) throw new RangeError(`listSite[${j}]: site ${t} ranked twice by student ${s}`);
      seen[t] = s;
    }
  }
  for (let t = 0; t < p.sites; t++) if ((p.capacity[t] ?? 0) < 0) throw new RangeError(`capacity[${t}]: negative`);
}

/**
 * The placement of each student from the list entry they hold (an index into `listSite`, or -1 for none):
 * the site, and its rank on the student's own list (0 = first choice).
 */
export function placementOf(p: PlacementProblem, entryOf: Int32Array): Placement {
  const siteOf = new Int32Array(p.students).fill(-1);
  const rankOf = new Int32Array(p.students).fill(-1);
  for (let s = 0; s < p.students; s++) {
    const j = entryOf[s] ?? -1;
    if (j >= 0) {
      siteOf[s] = p.listSite[j] ?? -1;
      rankOf[s] = j - (p.listStart[s] ?? 0);
    }
  }
  return { siteOf, rankOf };
}
