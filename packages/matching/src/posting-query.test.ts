import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index.js';
import type { CandidateRecord, Posting, Relaxation } from './model.js';
import { requirementsOf } from './requirements.js';
import { matchPosting } from './posting-query.js';
import { referenceMatch, referenceScore, referenceVerdicts } from './reference.js';
import { candidateArb, candidatesArb, postingArb } from './test-arbitraries.js';

/** Small availability buckets so postings fall before, between, on and after the range boundaries. */
const OPTIONS = { availOrigin: 2005, availWidth: 5, availBuckets: 5, blockSlots: 32, pruneAbove: 0 };

function check(candidates: CandidateRecord[], posting: Posting, k: number, options: typeof OPTIONS = OPTIONS): void {
  const index = CandidateIndex.fromRecords(candidates, options);
  const got = matchPosting(index, posting, { k, nearMisses: 10_000 });
  const ref = referenceMatch(candidates, posting, k);
  expect(got.matches.map((m) => m.id)).toEqual(ref.ids);
  expect(got.matches.map((m) => m.score)).toEqual(ref.scores);
  expect(got.totalQualified).toBe(ref.totalQualified);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  for (const m of got.matches) {
    expect(m.requirements.every((v) => v.pass)).toBe(true);
    expect(referenceVerdicts(byId.get(m.id) as CandidateRecord, posting).every(Boolean)).toBe(true);
    expect(m.contributions.reduce((a, b) => a + b, 0)).toBe(m.score);
  }
  expect(new Map(got.nearMisses.map((n) => [n.id, n.requirements.indexOf(n.failed)]))).toEqual(ref.nearMisses);
  expect(relaxationsByIndex(posting, got.relaxations)).toEqual(referenceAdds(ref.nearMisses));
}

/** Relaxation counts keyed by the requirement's index in requirementsOf order. */
function relaxationsByIndex(posting: Posting, relaxations: readonly Relaxation[]): Map<number, number> {
  const keys = requirementsOf(posting).map((r) => `${r.kind}:${r.detail}`);
  return new Map(relaxations.map((r) => [keys.indexOf(`${r.requirement.kind}:${r.requirement.detail}`), r.adds]));
}

function referenceAdds(nearMisses: Map<number, number>): Map<number, number> {
  const adds = new Map<number, number>();
  for (const failed of nearMisses.values()) adds.set(failed, (adds.get(failed) ?? 0) + 1);
  return adds;
}

describe('matchPosting', () => {
  it('returns exactly the brute-force top k, explanations and near-misses', () => {
    fc.assert(fc.property(candidatesArb(60), postingArb(), fc.integer({ min: 0, max: 20 }), (cs, p, k) => check(cs, p, k)), { numRuns: 400 });
  });

  // Hundreds of geo-sorted candidates in 32-slot blocks and a small radius without relocation: most
  // blocks lie outside the circle, where the near-miss scan keeps only the candidates failing the radius alone.
  it('near-miss scan of blocks outside the radius is exact', () => {
    const local = postingArb().map((p) => ({ ...p, allOf: [], anyOf: [], licences: p.id % 2 === 0 ? null : p.licences, shifts: [], minYears: 0, radiusKm: 5 + (p.id % 60), acceptRelocation: false, travel: false }));
    const many = fc.uniqueArray(candidateArb(fc.integer({ min: 0, max: 10_000 })), { selector: (c) => c.id, minLength: 100, maxLength: 400 });
    fc.assert(fc.property(many, local, fc.integer({ min: 0, max: 10 }), (cs, p, k) => check(cs, p, k)), { numRuns: 200 });
  });

  // Candidates at a few city points, as profiles keep them: whole blocks lie inside the radius (their row
  // tests are skipped), others wholly outside; with and without relocation, all or few near-misses asked for.
  it('is exact when whole blocks lie inside or outside the radius', () => {
    const points = [
      [40.1, -74.9],
      [40.15, -74.85],
      [40.8, -74.2],
      [40.5, -74.5],
    ] as const;
    const clustered = fc
      .uniqueArray(candidateArb(fc.integer({ min: 0, max: 10_000 })), { selector: (c) => c.id, minLength: 100, maxLength: 400 })
      .map((cs) => cs.map((c) => ({ ...c, lat: Math.fround(points[c.id % 4]?.[0] ?? 40), lon: Math.fround(points[c.id % 4]?.[1] ?? -75) })));
    const near = postingArb().map((p) => ({ ...p, lat: Math.fround(40.1), lon: Math.fround(-74.9), radiusKm: [5, 10, 60, 120][p.id % 4] ?? 5 }));
    fc.assert(fc.property(clustered, near, fc.integer({ min: 0, max: 10 }), (cs, p, k) => check(cs, p, k)), { numRuns: 200 });
    // Without block-max pruning (few enough may qualify): every block scanned, still by its place.
    fc.assert(fc.property(clustered, near, fc.integer({ min: 1, max: 10 }), (cs, p, k) => check(cs, p, k, { ...OPTIONS, pruneAbove: 100_000 })), { numRuns: 100 });
    fc.assert(
      fc.property(clustered, near, fc.integer({ min: 1, max: 5 }), (cs, p, nearK) => {
        const got = matchPosting(CandidateIndex.fromRecords(cs, OPTIONS), p, { k: 3, nearMisses: nearK });
        const ref = referenceMatch(cs, p, 3);
        const all = [...ref.nearMisses.keys()].map((id) => ({ id, score: referenceScore(cs.find((c) => c.id === id) as CandidateRecord, p) })).sort((a, b) => b.score - a.score || a.id - b.id);
        expect(got.nearMisses.map((n) => n.id)).toEqual(all.slice(0, nearK).map((n) => n.id));
        expect(relaxationsByIndex(p, got.relaxations)).toEqual(referenceAdds(ref.nearMisses));
      }),
      { numRuns: 200 },
    );
  });

  // Few near-misses asked for, blocks of 32 slots and pruning from the first candidate: the near-miss scan
  // skips scoring blocks whose bound cannot beat the heap, and must still return the best ones exactly.
  it('returns exactly the best near-misses by score, then id, when only a few are asked for', () => {
    fc.assert(
      fc.property(fc.uniqueArray(candidateArb(fc.integer({ min: 0, max: 10_000 })), { selector: (c) => c.id, minLength: 50, maxLength: 300 }), postingArb(), fc.integer({ min: 1, max: 8 }), (cs, p, nearK) => {
        const got = matchPosting(CandidateIndex.fromRecords(cs, OPTIONS), p, { k: 3, nearMisses: nearK });
        const byId = new Map(cs.map((c) => [c.id, c]));
        const best = [...referenceMatch(cs, p, 3).nearMisses.keys()]
          .map((id) => ({ id, score: referenceScore(byId.get(id) as CandidateRecord, p) }))
          .sort((a, b) => b.score - a.score || a.id - b.id)
          .slice(0, nearK);
        expect(got.nearMisses.map((n) => [n.id, n.score])).toEqual(best.map((n) => [n.id, n.score]));
        expect(relaxationsByIndex(p, got.relaxations)).toEqual(referenceAdds(referenceMatch(cs, p, 3).nearMisses));
      }),
      { numRuns: 200 },
    );
  });

  it('breaks score ties by id when only a coarse criterion scores', () => {
    const coarse = postingArb().map((p) => ({
      ...p, allOf: [], anyOf: [], licences: null, minYears: 0, shifts: [], startBy: 2045, sponsors: true, travel: false, radiusKm: null,
      weights: { experience: 0, distance: 0, pay: 0, procedures: 0, language: 0.5 },
    }));
    fc.assert(fc.property(candidatesArb(80), coarse, fc.integer({ min: 1, max: 15 }), (cs, p, k) => check(cs, p, k)), { numRuns: 300 });
  });

  it('returns only candidates meeting every hard requirement, and none outside the top k scores higher than the k-th', () => {
    fc.assert(
      fc.property(candidatesArb(80), postingArb(), fc.integer({ min: 1, max: 10 }), (cs, p, k) => {
        const index = CandidateIndex.fromRecords(cs);
        const got = matchPosting(index, p, { k });
        const returned = new Set(got.matches.map((m) => m.id));
        for (const m of got.matches) expect(referenceVerdicts(cs.find((c) => c.id === m.id) as CandidateRecord, p).every(Boolean)).toBe(true);
        const last = got.matches[got.matches.length - 1];
        for (const c of cs) {
          if (returned.has(c.id) || !referenceVerdicts(c, p).every(Boolean)) continue;
          expect(got.matches.length).toBe(k);
          if (last === undefined) continue;
          const s = referenceScore(c, p);
          expect(s < last.score || (s === last.score && c.id > last.id)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports each relaxation with the number of candidates failing only that requirement', () => {
    fc.assert(
      fc.property(candidatesArb(60), postingArb(), (cs, p) => {
        const got = matchPosting(CandidateIndex.fromRecords(cs, OPTIONS), p, { k: 5, nearMisses: 1 });
        const ref = referenceMatch(cs, p, 5);
        expect(relaxationsByIndex(p, got.relaxations)).toEqual(referenceAdds(ref.nearMisses));
        expect(got.nearMisses.length).toBe(Math.min(1, ref.nearMisses.size));
      }),
      { numRuns: 300 },
    );
  });

  it('explains a pending credential with its remaining work and earliest date', () => {
    const base: CandidateRecord = {
      id: 7, held: [0], pending: [{ credential: 6, remaining: 12, unit: 'procedures', earliestDay: 2100 }], licences: [4],
      modalityQuarters: new Map([[1, 8]]), procedures: new Map(), lat: 40, lon: -75, relocate: false, travel: false,
      shifts: [0], availableDay: 2000, payFloor: 50_000, languages: [0], authorisedCountries: [0],
    };
    const posting: Posting = {
      id: 1, allOf: [0, 6], anyOf: [], licences: [4], modality: 1, minYears: 1, shifts: [0], startBy: 2010, lat: 40, lon: -75,
      radiusKm: 50, acceptRelocation: false, travel: false, country: 0, sponsors: false,
      weights: { experience: 0.5, distance: 0.5, pay: 0, procedures: 0, language: 0 }, wantYears: 2, payMax: 60_000, procedure: 0,
      procedureWant: 10, language: 0, distanceScaleKm: 20,
    };
    const result = matchPosting(CandidateIndex.fromRecords([base]), posting, { k: 5, nearMisses: 5 });
    expect(result.matches).toEqual([]);
    expect(result.nearMisses[0]?.failed).toEqual({ requirement: { kind: 'credential', detail: 6 }, pass: false, gap: 12, gapUnit: 'procedures', earliestDay: 2100 });
    expect(result.relaxations).toEqual([{ requirement: { kind: 'credential', detail: 6 }, adds: 1 }]);
  });
});
