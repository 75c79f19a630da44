import { calendarDate as d } from '@modality/domain';
import { ARRT_CT_CLINICAL_EXPERIENCE, ARRT_MR_CLINICAL_EXPERIENCE } from '@modality/knowledge';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { evaluatePostprimaryLog, type PostprimaryLogEntry } from './postprimary-log.js';
import { record } from './testing/records.js';

const REF = d('2026-11-30');
const day = fc.integer({ min: 0, max: 1500 }).map((n) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const entry = fc.record({
  discipline: fc.constantFrom('ct' as const, 'mr' as const),
  procedure: fc.constantFrom(...ARRT_CT_CLINICAL_EXPERIENCE.procedures.map((p) => p.code), ...ARRT_MR_CLINICAL_EXPERIENCE.procedures.map((p) => p.code)),
  performedOn: day,
  verified: fc.boolean(),
  reviewed: fc.boolean(),
});
const log = fc.array(entry, { maxLength: 40 });
const credential = fc.constantFrom('arrt:CT', 'arrt:MR');
const evaluated = (c: string, l: readonly PostprimaryLogEntry[]) => {
  const e = evaluatePostprimaryLog(c, l, REF);
  if (e === undefined) throw new Error('no requirement set');
  return e;
};

describe('evaluatePostprimaryLog (properties)', () => {
  it('is monotone: adding a verified and reviewed entry never lowers the count, nor turns a met requirement unmet', () => {
    fc.assert(
      fc.property(credential, log, entry, (c, l, extra) => {
        const before = evaluated(c, l);
        const after = evaluated(c, [...l, { ...extra, verified: true, reviewed: true }]);
        expect(after.counted).toBeGreaterThanOrEqual(before.counted);
        if (before.met === true) expect(after.met).toBe(true);
      }),
    );
  });
  it('never counts an entry waiting for the verifier or the supervisor', () => {
    fc.assert(
      fc.property(credential, log, entry, fc.constantFrom([false, false], [true, false], [false, true]), (c, l, extra, [verified, reviewed]) => {
        const before = evaluated(c, l);
        const after = evaluated(c, [...l, { ...extra, verified, reviewed }]);
        expect(after.counted).toBe(before.counted);
        expect(after.met).toBe(before.met);
      }),
    );
  });
  it('counts only the credential’s own discipline, within the 24 months before the reference day', () => {
    fc.assert(
      fc.property(credential, log, (c, l) => {
        const e = evaluated(c, l);
        const own = c === 'arrt:CT' ? 'ct' : 'mr';
        expect(e.counted).toBe(l.filter((x) => x.discipline === own && x.verified && x.reviewed && x.performedOn >= e.countsFrom && x.performedOn <= REF).length);
      }),
    );
  });
  it('never invents a total: MR has none (met is null, the words say it was not found); CT’s is shipped flagged', () => {
    fc.assert(
      fc.property(log, (l) => {
        const mr = evaluated('arrt:MR', l);
        expect(mr.required).toBeNull();
        expect(mr.met).toBeNull();
        expect(mr.words).toContain('Not confirmed by ARRT: the number of MR procedures required was not found');
        const ct = evaluated('arrt:CT', l);
        expect(ct.required).toBe(125);
        expect(ct.requiredConfidence).toBe('unconfirmed');
        expect(ct.words).toMatch(new RegExp(`^${String(ct.counted)} of 125 CT procedures confirmed`));
        expect(ct.words).toContain('Not confirmed by ARRT');
      }),
    );
  });
  it('has no requirement set for other credentials', () => {
    expect(evaluatePostprimaryLog('arrt:M', [], REF)).toBeUndefined();
  });
});

describe('ARRT CT and MR eligibility read the postprimary log', () => {
  const R = { credential: 'arrt:R', earnedOn: '2016-07-01' };
  const se = (category: string, forCredential: string) => ({ completedOn: '2026-01-10', credits: 4, kind: 'structured-education' as const, contentCategory: category, forCredential, category: 'A' as const });
  const fullSe = (c: string) => ['Patient Care', 'Safety', 'Image Production', 'Procedures'].map((x) => se(x, c));
  const ctEntry = (verified: boolean, reviewed: boolean): PostprimaryLogEntry => ({ discipline: 'ct', procedure: 'ct:chest', performedOn: '2026-03-01', verified, reviewed });
  const eligibility = (target: string, postprimaryLog: readonly PostprimaryLogEntry[]) => {
    const e = evaluate(record({ credentials: [R], ce: fullSe(target) }), d('2026-11-26'), { target, postprimaryLog }).eligibility[0];
    if (e === undefined) throw new Error('no entry');
    return e;
  };

  it('shows "N of 125 CT procedures confirmed", flagged, counting only verified and reviewed entries', () => {
    const e = eligibility('arrt:CT', [ctEntry(true, true), ctEntry(true, true), ctEntry(true, false), ctEntry(false, false)]);
    expect(e.eligible).toBe(false);
    expect(e.missing).toEqual([expect.objectContaining({ rule: 'arrt.postprimary.clinical-experience', need: 125, have: 2, unit: 'procedures', countConfirmed: false })]);
    expect(e.missing[0]?.what).toMatch(/^2 of 125 CT procedures confirmed \(verified and reviewed\), performed since 2024-11-26\. Not confirmed by ARRT/);
  });
  it('is met by 125 confirmed CT entries (the flagged total), and not by 124', () => {
    expect(eligibility('arrt:CT', Array.from({ length: 125 }, () => ctEntry(true, true))).eligible).toBe(true);
    expect(eligibility('arrt:CT', Array.from({ length: 124 }, () => ctEntry(true, true))).eligible).toBe(false);
  });
  it('for MR says what is confirmed and that ARRT’s number was not found, with no target', () => {
    const e = eligibility('arrt:MR', [{ discipline: 'mr', procedure: 'mr:brain', performedOn: '2026-03-01', verified: true, reviewed: true }]);
    expect(e.missing).toEqual([expect.objectContaining({ rule: 'arrt.postprimary.clinical-experience', have: 1, countConfirmed: false })]);
    expect(e.missing[0]?.what).toMatch(/^1 MR procedure confirmed .*the number of MR procedures required was not found/);
  });
  it('without a log given, reads the record’s clinical section as before', () => {
    const e = evaluate(record({ credentials: [R], ce: fullSe('arrt:CT') }), d('2026-11-26'), { target: 'arrt:CT' }).eligibility[0];
    expect(e?.missing[0]?.what).toMatch(/^documented clinical procedures in the discipline/);
  });
});
