import { parsePersonRecord } from '@modality/contracts';
import { calendarDate } from '@modality/domain';
import { programEffectiveness } from '@modality/knowledge';
import { describe, expect, it } from 'vitest';
import { leaverFacts } from '../clinical/program-effectiveness.js';
import { DEMO_EMAIL_DOMAIN, DEMO_USERS } from './demo-data.js';
import { DEMO_GRADUATES } from './demo-graduates.js';

describe('demo graduates', () => {
  it('are valid person records, fictitious addresses, and nobody already in the demo', () => {
    for (const g of DEMO_GRADUATES) {
      const r = parsePersonRecord(JSON.parse(JSON.stringify(g.record)));
      expect(r.ok ? [] : r.error, g.email).toEqual([]);
      expect(g.email.endsWith(`@${DEMO_EMAIL_DOMAIN}`)).toBe(true);
    }
    const emails = [...DEMO_USERS, ...DEMO_GRADUATES].map((u) => u.email);
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('give non-trivial JRCERT figures on 2026-11-30: 8 of 10 first attempts passed, 9 of 10 seeking graduates placed', () => {
    const asOf = calendarDate('2026-11-30');
    const facts = DEMO_GRADUATES.map((g) => leaverFacts({ schoolOrganisationId: 'org_school', userId: g.key, leftOn: g.leaving.leftOn, outcome: g.leaving.outcome, employedOn: g.leaving.employedOn ?? null, notSeeking: g.leaving.notSeeking ?? false }, g.record));
    const figures = programEffectiveness(facts, 2026, asOf);
    expect(figures.fiveYear.passRate).toEqual({ numerator: 8, denominator: 10, rate: 0.8 });
    expect(figures.fiveYear.placementRate).toEqual({ numerator: 9, denominator: 10, rate: 0.9 });
    expect(figures.years.find((y) => y.year === 2022)?.completionRate).toEqual({ numerator: 3, denominator: 4, rate: 0.75 });
    expect(figures.years.find((y) => y.year === 2023)?.noAttemptInWindow).toBe(1);
    expect(figures.years.find((y) => y.year === 2026)?.completionRate.rate).toBeNull();
  });
});
