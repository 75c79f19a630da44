import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateColumns, writeRow } from './candidate-columns.js';
import { CandidateIndex } from './candidate-index.js';
import type { CandidateRecord } from './model.js';
import { matchPosting } from './posting-query.js';
import { candidateArb, candidatesArb, postingArb } from './test-arbitraries.js';

const OPTIONS = { availOrigin: 2005, availWidth: 5, availBuckets: 5, blockSlots: 32, pruneAbove: 0 };

type Op = { kind: 'upsert'; record: CandidateRecord } | { kind: 'remove'; id: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  candidateArb(fc.integer({ min: 0, max: 80 })).map((record) => ({ kind: 'upsert' as const, record })),
  fc.integer({ min: 0, max: 80 }).map((id) => ({ kind: 'remove' as const, id })),
);

describe('CandidateIndex', () => {
  it('answers after adds, updates and removes exactly as a fresh build of the final set', () => {
    fc.assert(
      fc.property(candidatesArb(40), fc.array(opArb, { maxLength: 120 }), fc.array(postingArb(), { minLength: 1, maxLength: 4 }), (initial, ops, postings) => {
        // A tiny initial capacity forces the grow path too.
        const index = CandidateIndex.fromRecords(initial.filter((c) => c.id <= 80), OPTIONS);
        const truth = new Map(initial.filter((c) => c.id <= 80).map((c) => [c.id, c]));
        for (const op of ops) {
          if (op.kind === 'upsert') {
            index.upsert(op.record);
            truth.set(op.record.id, op.record);
          } else {
            expect(index.remove(op.id)).toBe(truth.delete(op.id));
          }
        }
        expect(index.size).toBe(truth.size);
        const rebuilt = CandidateIndex.fromRecords([...truth.values()], OPTIONS);
        for (const p of postings) {
          expect(matchPosting(index, p, { k: 10, nearMisses: 50 })).toEqual(matchPosting(rebuilt, p, { k: 10, nearMisses: 50 }));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a bulk build answers exactly like adding the same candidates one by one', () => {
    fc.assert(
      fc.property(candidatesArb(70), fc.array(postingArb(), { minLength: 1, maxLength: 3 }), (cs, postings) => {
        const bulk = CandidateIndex.fromRecords(cs, OPTIONS);
        const one = CandidateIndex.fromRecords([], OPTIONS);
        for (const c of cs) one.upsert(c);
        for (const p of postings) expect(matchPosting(one, p, { k: 8, nearMisses: 30 })).toEqual(matchPosting(bulk, p, { k: 8, nearMisses: 30 }));
      }),
      { numRuns: 200 },
    );
  });

  it('reads back what was written (lat/lon as float32)', () => {
    fc.assert(
      fc.property(candidateArb(fc.integer({ min: 0, max: 2 ** 32 - 1 })), (c) => {
        const got = CandidateIndex.fromRecords([c]).record(c.id);
        expect(got?.held.slice().sort()).toEqual([...c.held].sort());
        expect(got?.modalityQuarters).toEqual(c.modalityQuarters);
        expect(got?.availableDay).toBe(c.availableDay);
        expect(got?.id).toBe(c.id);
      }),
    );
  });

  it('rejects duplicate ids in a bulk build', () => {
    const [c] = fc.sample(candidateArb(fc.constant(5)), 1);
    expect(() => CandidateIndex.fromRecords([c as CandidateRecord, c as CandidateRecord])).toThrow(/duplicate candidate id 5/);
  });

  it('adopting the columns (in-place reorder, then updates past the capacity) answers like a copying build', () => {
    const many = fc.uniqueArray(candidateArb(fc.integer({ min: 0, max: 10_000 })), { selector: (c) => c.id, minLength: 64, maxLength: 200 });
    fc.assert(
      fc.property(many, fc.array(candidateArb(fc.integer({ min: 0, max: 10_000 })), { maxLength: 10 }), fc.array(postingArb(), { minLength: 1, maxLength: 3 }), (records, extra, postings) => {
        const cols = allocateColumns(records.length);
        records.forEach((r, row) => writeRow(cols, row, r));
        cols.n = records.length;
        const adopted = CandidateIndex.build(cols, { ...OPTIONS, adopt: true });
        const copied = CandidateIndex.fromRecords(records, OPTIONS);
        expect(adopted.cols).toBe(cols);
        for (const r of extra) {
          adopted.upsert(r);
          copied.upsert(r);
        }
        for (const p of postings) {
          const a = matchPosting(adopted, p, { k: 10, nearMisses: 50 });
          const b = matchPosting(copied, p, { k: 10, nearMisses: 50 });
          expect(a.matches).toEqual(b.matches);
          expect(a.totalQualified).toBe(b.totalQualified);
          expect(a.nearMisses.map((n) => [n.id, n.score])).toEqual(b.nearMisses.map((n) => [n.id, n.score]));
        }
        for (const r of records) expect(adopted.record(r.id)).toEqual(copied.record(r.id));
      }),
      { numRuns: 100 },
    );
  });
});
