import { createHash } from 'node:crypto';
import { addDays, calendarDate, type PersonRecord } from '@modality/domain';
import { evaluate } from '@modality/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Hasher } from '../ports/index.js';
import { memoisedVerdict } from './verdict-memo.js';

const hasher = (): Hasher => ({
  hashPassword: () => Promise.reject(new Error('not used')),
  verifyPassword: () => Promise.reject(new Error('not used')),
  digest: (s) => createHash('sha256').update(s).digest('hex'),
});

const day = (from: string, span: number) => fc.integer({ min: 0, max: span }).map((n) => addDays(calendarDate(from), n));
const CODES = ['arrt:R', 'arrt:CT', 'arrt:MR', 'us-tx:mrt', 'us-ca:crt-diagnostic', 'nmtcb:CNMT'] as const;

/** Small valid records: a few credentials and CE activities, as an import would hold them. */
const recordArb = fc
  .record({
    credentials: fc.uniqueArray(fc.record({ credential: fc.constantFrom(...CODES), earnedOn: day('2010-01-01', 5000) }), { maxLength: 3, selector: (c) => c.credential }),
    ce: fc.array(fc.record({ title: fc.constant('CE'), completedOn: day('2022-01-01', 1400), credits: fc.integer({ min: 1, max: 12 }), category: fc.constantFrom('A' as const, 'A+' as const) }), { maxLength: 8 }),
  })
  .map(({ credentials, ce }): PersonRecord => ({ format: 'modality/person-record@1', person: { name: 'Test', birthDate: calendarDate('1990-01-01'), country: 'US', region: 'us-tx' }, credentials, ce }));

describe('memoisedVerdict', () => {
  it('always gives what the rules engine gives, for any sequence of records, days and targets (repeats included)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(recordArb, day('2024-01-01', 1000), fc.constantFrom(undefined, 'arrt:CT', 'arrt:MR')), { minLength: 1, maxLength: 12 }), (asks) => {
        const deps = { hasher: hasher() };
        for (const [record, asOf, target] of [...asks, ...asks]) {
          expect(memoisedVerdict(deps, record, asOf, target)).toEqual(evaluate(record, asOf, target === undefined ? {} : { target }));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('answers a repeated question from memory, and a changed record, day or target afresh', () => {
    const deps = { hasher: hasher() };
    const record = { format: 'modality/person-record@1', person: { name: 'Ana', birthDate: calendarDate('1990-01-01'), country: 'US', region: 'us-tx' }, credentials: [{ credential: 'arrt:R', earnedOn: calendarDate('2015-06-01') }], ce: [] } as unknown as PersonRecord;
    const asOf = calendarDate('2026-11-30');
    const first = memoisedVerdict(deps, record, asOf, undefined);
    expect(memoisedVerdict(deps, structuredClone(record), asOf, undefined)).toBe(first);
    const withCe = { ...record, ce: [{ title: 'Dose', completedOn: calendarDate('2026-01-10'), credits: 6, category: 'A' }] } as unknown as PersonRecord;
    expect(memoisedVerdict(deps, withCe, asOf, undefined)).not.toBe(first);
    expect(memoisedVerdict(deps, withCe, asOf, undefined)).toEqual(evaluate(withCe, asOf));
    expect(memoisedVerdict(deps, record, calendarDate('2026-12-01'), undefined)).not.toBe(first);
    expect(memoisedVerdict(deps, record, asOf, 'arrt:CT')).not.toBe(first);
    // Another set of dependencies keeps its own memory.
    expect(memoisedVerdict({ hasher: hasher() }, record, asOf, undefined)).not.toBe(first);
  });
});
