import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Posting } from './model.js';
import { matchCandidate, PostingIndex } from './posting-index.js';
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
});
