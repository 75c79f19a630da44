import { calendarDate, isCalendarDate } from '@modality/domain';
import { describe, expect, it } from 'vitest';
import { findCredential } from '../credentials/catalogue.js';
import { ALL_RULES, RULE_PACK_VERSION, RULE_PACKS, findRule, rulesFor } from './packs.js';
import { CONFIDENCES } from './rule.js';

const PROVENANCE = ['id', 'body', 'jurisdiction', 'credentials', 'kind', 'params', 'effectiveFrom', 'effectiveTo', 'sourceUrl', 'confidence', 'verifiedAt'] as const;

describe('rule packs', () => {
  it('has a version', () => {
    expect(RULE_PACK_VERSION).toMatch(/^\d{4}\.\d{2}\.\d+$/);
    expect(RULE_PACKS.length).toBeGreaterThanOrEqual(5);
  });

  it.each(ALL_RULES.map((r) => [`${r.id}@${r.effectiveFrom}`, r] as const))('%s has every provenance field', (_, r) => {
    for (const key of PROVENANCE) expect(r, key).toHaveProperty(key);
    expect(isCalendarDate(r.effectiveFrom)).toBe(true);
    expect(r.effectiveTo === null || (isCalendarDate(r.effectiveTo) && r.effectiveFrom <= r.effectiveTo)).toBe(true);
    expect(isCalendarDate(r.verifiedAt)).toBe(true);
    expect(r.sourceUrl).toMatch(/^https?:\/\/\S+$/);
    for (const u of r.sourceUrls ?? []) expect(u).toMatch(/^https?:\/\/\S+$/);
    expect(CONFIDENCES).toContain(r.confidence);
    expect(r.summary.length).toBeGreaterThan(10);
    expect(r.credentials.length).toBeGreaterThan(0);
  });

  it('names only catalogued credentials', () => {
    const unknown = ALL_RULES.flatMap((r) => r.credentials.filter((c) => findCredential(c) === undefined).map((c) => `${r.id}: ${c}`));
    expect(unknown).toEqual([]);
  });

  it('has at most one version of a rule in force per credential on any day', () => {
    const seen = new Map<string, { from: string; to: string | null }[]>();
    for (const r of ALL_RULES) {
      for (const c of r.credentials) {
        const key = `${r.id}|${c}`;
        const list = seen.get(key) ?? [];
        for (const o of list) {
          const overlap = r.effectiveFrom <= (o.to ?? '9999-12-31') && o.from <= (r.effectiveTo ?? '9999-12-31');
          expect(overlap, key).toBe(false);
        }
        list.push({ from: r.effectiveFrom, to: r.effectiveTo });
        seen.set(key, list);
      }
    }
  });

  it('picks the rule version in force on a date (ARRT: 5 years for pre-2013 graduates, 3 after)', () => {
    expect(findRule('arrt.primary.eligibility-window', 'eligibility-window', calendarDate('2012-12-31'))?.params.years).toBe(5);
    expect(findRule('arrt.primary.eligibility-window', 'eligibility-window', calendarDate('2013-01-01'))?.params.years).toBe(3);
    expect(findRule('arrt.ce.biennium', 'renewal', calendarDate('2026-01-01'))).toBeUndefined();
    expect(rulesFor('arrt:CT', 'supporting-credential', calendarDate('2026-01-01'))).toHaveLength(1);
  });

  it('keeps the reference numbers (ARRT 24/50/16, ARDMS 30/15, NMTCB 24/12, MRPBA 60/10/35/450, CORU 30, CMRITO 25)', () => {
    const on = calendarDate('2026-11-26');
    expect(findRule('arrt.ce.biennium', 'ce-cycle', on)?.params).toMatchObject({ required: 24, lengthMonths: 24, carryOver: 0 });
    expect(findRule('arrt.ce.rra-credits', 'ce-required-override', on)?.params.required).toBe(50);
    expect(findRule('arrt.ce.sonography-minimum', 'topic-minimum', on)?.params.required).toBe(16);
    expect(findRule('arrt.ce.academic-credit', 'academic-conversion', on)?.params).toEqual({ perSemesterCredit: 16, perQuarterCredit: 12 });
    expect(findRule('arrt.ce.acls-pals', 'activity-cap', on)?.params).toMatchObject({ maxCredits: 6, maxActivities: 1 });
    expect(findRule('arrt.cqr', 'cqr', on)?.params).toMatchObject({ earnedOnOrAfter: '2011-01-01', periodYears: 10, windowYears: 3 });
    expect(findRule('ardms.cme.period', 'ce-cycle', on)?.params).toMatchObject({ required: 30, lengthMonths: 36 });
    expect(findRule('ardms.cme.waiver', 'cme-waiver', on)?.params.waived).toBe(15);
    expect(findRule('nmtcb.ce.cnmt', 'ce-cycle', on)?.params.required).toBe(24);
    expect(findRule('nmtcb.ce.ct', 'ce-cycle', on)?.params.required).toBe(12);
    expect(findRule('mrpba.cpd.triennium', 'ce-cycle', on)?.params.required).toBe(60);
    expect(findRule('mrpba.cpd.annual', 'annual-minimum', on)?.params.perYear).toBe(10);
    expect(findRule('mrpba.cpd.substantive', 'topic-minimum', on)?.params.required).toBe(35);
    expect(findRule('mrpba.recency', 'recency', on)?.params).toEqual({ hours: 450, withinYears: 3 });
    expect(findRule('coru.cpd.annual', 'annual-minimum', on)?.params.perYear).toBe(30);
    expect(findRule('cmrito.qa.annual', 'ce-cycle', on)?.params.required).toBe(25);
  });

  it('ships the values the reference leaves open as unconfirmed, never as official', () => {
    const on = calendarDate('2026-11-26');
    expect(findRule('us-fl.ce.hiv-aids', 'topic-minimum', on)?.confidence).toBe('unconfirmed');
    expect(findRule('nmtcb.ct.base-credential', 'prerequisite-credential', on)?.confidence).toBe('unconfirmed');
    expect(findRule('arrt.ce.rra-category-a-plus', 'topic-minimum', on)?.confidence).toBe('secondary');
    expect(ALL_RULES.some((r) => r.id.startsWith('armrit.'))).toBe(false);
  });
});
