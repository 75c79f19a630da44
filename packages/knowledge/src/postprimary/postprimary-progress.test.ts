import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthsBefore, overDailyCap, postprimaryProgress, type PostprimaryLogged } from './postprimary-progress.js';
import { ARRT_CT_CLINICAL_EXPERIENCE, ARRT_MR_CLINICAL_EXPERIENCE, POSTPRIMARY_REQUIREMENTS } from './postprimary-requirements.js';

const day = fc.integer({ min: 0, max: 1500 }).map((n) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const entry = fc.record({
  procedure: fc.constantFrom(...ARRT_CT_CLINICAL_EXPERIENCE.procedures.map((p) => p.code)),
  performedOn: day,
  verified: fc.boolean(),
  reviewed: fc.boolean(),
});
const log = fc.array(entry, { maxLength: 40 });
const set = fc.constantFrom(...POSTPRIMARY_REQUIREMENTS);

describe('postprimary requirement data', () => {
  it('every number is sourced; a count not found is null and unconfirmed, and every set is flagged in words', () => {
    for (const s of POSTPRIMARY_REQUIREMENTS) {
      expect(s.flag).toMatch(/^Not confirmed by ARRT/);
      for (const c of [s.totalRepetitions, s.dailyCap, s.windowMonths]) {
        if (c.value === null) expect(c.confidence).toBe('unconfirmed');
        else expect(c.sourceUrl).toMatch(/^https:\/\//);
      }
      expect(new Set(s.procedures.map((p) => p.code)).size).toBe(s.procedures.length);
      expect(s.verification).toMatchObject({ sourceUrl: 'https://www.arrt.org/pages/partners/clinical-experience-supervisor', confidence: 'official' });
    }
    expect(ARRT_CT_CLINICAL_EXPERIENCE.totalRepetitions).toMatchObject({ value: 125, confidence: 'unconfirmed' });
    expect(ARRT_MR_CLINICAL_EXPERIENCE.totalRepetitions.value).toBeNull();
    expect([ARRT_CT_CLINICAL_EXPERIENCE.dailyCap.value, ARRT_MR_CLINICAL_EXPERIENCE.dailyCap.value]).toEqual([9, 7]);
  });
});

describe('postprimaryProgress', () => {
  it('counts only entries both verified and reviewed, within 24 months', () => {
    const e = (performedOn: string, verified: boolean, reviewed: boolean): PostprimaryLogged => ({ procedure: 'ct:chest', performedOn, verified, reviewed });
    const p = postprimaryProgress(ARRT_CT_CLINICAL_EXPERIENCE, [e('2026-11-01', true, true), e('2026-11-02', true, false), e('2026-11-03', false, false), e('2024-11-29', true, true), e('2024-11-30', true, true)], '2026-11-30');
    expect(p).toMatchObject({ counted: 2, waiting: 2, expired: 1, required: 125, missing: 123, countsFrom: '2024-11-30', byProcedure: { 'ct:chest': 2 } });
  });

  it('never invents a target where none is known', () => {
    const p = postprimaryProgress(ARRT_MR_CLINICAL_EXPERIENCE, [], '2026-11-30');
    expect(p.required).toBeNull();
    expect(p.missing).toBeNull();
  });

  it('property: every entry on or before the day lands in exactly one of counted, waiting, expired', () => {
    fc.assert(
      fc.property(set, log, day, (s, l, asOf) => {
        const p = postprimaryProgress(s, l, asOf);
        expect(p.counted + p.waiting + p.expired).toBe(l.filter((e) => e.performedOn <= asOf).length);
        expect(Object.values(p.byProcedure).reduce((a, b) => a + b, 0)).toBe(p.counted);
      }),
    );
  });

  it('property: a verified-only or unverified entry never counts; adding a fully signed one never lowers the count', () => {
    fc.assert(
      fc.property(set, log, entry, day, (s, l, extra, asOf) => {
        const before = postprimaryProgress(s, l, asOf);
        const half = postprimaryProgress(s, [...l, { ...extra, reviewed: false }], asOf);
        expect(half.counted).toBe(before.counted);
        const full = postprimaryProgress(s, [...l, { ...extra, verified: true, reviewed: true }], asOf);
        expect(full.counted).toBeGreaterThanOrEqual(before.counted);
        if (before.missing !== null && full.missing !== null) expect(full.missing).toBeLessThanOrEqual(before.missing);
      }),
    );
  });

  it('property: monthsBefore goes back whole months and never lands after the day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 48 }), (d, m) => {
        const back = monthsBefore(d, m);
        expect(back <= d).toBe(true);
        expect(monthsBefore(d, 0)).toBe(d);
      }),
    );
  });
});

describe('overDailyCap', () => {
  it('refuses the tenth CT entry of a day and the eighth MR entry', () => {
    const nine = Array.from({ length: 9 }, () => ({ performedOn: '2026-11-02' }));
    expect(overDailyCap(ARRT_CT_CLINICAL_EXPERIENCE, nine.slice(0, 8), '2026-11-02')).toBe(false);
    expect(overDailyCap(ARRT_CT_CLINICAL_EXPERIENCE, nine, '2026-11-02')).toBe(true);
    expect(overDailyCap(ARRT_CT_CLINICAL_EXPERIENCE, nine, '2026-11-03')).toBe(false);
    expect(overDailyCap(ARRT_MR_CLINICAL_EXPERIENCE, nine.slice(0, 7), '2026-11-02')).toBe(true);
  });
});
