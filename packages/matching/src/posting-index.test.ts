import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Posting } from './model.js';
import { matchCandidate, PostingIndex, topPostings } from './posting-index.js';
import { referencePostings, referenceVerdicts } from './reference.js';
import { requirementsOf } from './requirements.js';
import { candidateArb, postingArb } from './test-arbitraries.js';

const postingsArb = fc.uniqueArray(postingArb(fc.integer({ min: 0, max: 5000 })), { selector: (p) => p.id, maxLength: 80 });

describe('matchCandidate (candidate → postings)', () => {
  it('returns exactly the brute-force top k postings, explained, with near-misses', () => {
    fc.assert(
      fc.property(postingsArb, candidateArb(fc.constant(1)), fc.integer({ min: 0, max: 15 }), (ps, c, k) => {
        const got = matchCandidate(PostingIndex.build(ps), c, { k, nearMisses: 10_000 });
        const ref = referencePostings(ps, c, k);
        expect(got.matches.map((m) => m.id)).toEqual(ref.ids);
        expect(got.matches.map((m) => m.score)).toEqual(ref.scores);
        expect(got.totalQualified).toBe(ref.totalQualified);
        const byId = new Map(ps.map((p) => [p.id, p]));
        for (const m of got.matches) {
          expect(m.requirements.every((v) => v.pass)).toBe(true);
          expect(referenceVerdicts(c, byId.get(m.id) as Posting).every(Boolean)).toBe(true);
          expect(m.contributions.reduce((a, b) => a + b, 0)).toBe(m.score);
        }
        expect(new Map(got.nearMisses.map((n) => [n.id, n.requirements.indexOf(n.failed)]))).toEqual(ref.nearMisses);
        for (const n of got.nearMisses) {
          const kinds = requirementsOf(byId.get(n.id) as Posting).map((r) => r.kind);
          expect(kinds).toContain(n.failed.requirement.kind);
        }
        expect(got.relaxations.reduce((s, r) => s + r.adds, 0)).toBe(ref.nearMisses.size);
      }),
      { numRuns: 400 },
    );
  });

  // Hundreds of postings span many words of the sparse licence driver, and small k fills the heap early,
  // so the score-bound skip (distance part + the other weights < k-th) is exercised on most postings.
  it('sparse licence driver and score-bound skip never change the top k or the count', () => {
    const many = fc.uniqueArray(postingArb(fc.integer({ min: 0, max: 50_000 })), { selector: (p) => p.id, minLength: 100, maxLength: 400 });
    fc.assert(
      fc.property(many, fc.array(candidateArb(fc.constant(1)), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 12 }), (ps, cs, k) => {
        const index = PostingIndex.build(ps);
        for (const c of cs) {
          const got = topPostings(index, c, k);
          const ref = referencePostings(ps, c, k);
          expect(got.ids).toEqual(ref.ids);
          expect(got.scores).toEqual(ref.scores);
          expect(got.totalQualified).toBe(ref.totalQualified);
        }
      }),
      { numRuns: 150 },
    );
  });
});
