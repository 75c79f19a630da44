import { CREDENTIAL_CATALOGUE, isHoldableCredential, JURISDICTION_CODES, JOB_ROLE_CODES } from '@modality/knowledge';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan } from './plan.js';
import { AS_OF, person, type Parts } from './testing/records.js';
import type { Plan } from './types.js';

const HOLDABLE = CREDENTIAL_CATALOGUE.map((c) => c.code).filter(isHoldableCredential);
const COUNTRIES = ['US', 'GB', 'IE', 'AU', 'CA', 'PH', 'IN'];
const TARGETS = ['us-tx', 'us-ca', 'us-ny', 'us-oh', 'us-fl', 'us-nh', 'gb', 'ie', 'au', 'ca-on', 'ca-ab', 'ca-sk', 'ca-bc'];

const education = fc.record({
  kind: fc.constantFrom('program' as const, 'degree' as const),
  discipline: fc.constantFrom('radiography' as const, 'sonography' as const, 'nuclear-medicine' as const, 'mri' as const, 'radiation-therapy' as const),
  award: fc.constantFrom('certificate' as const, 'associate' as const, 'bachelor' as const),
  country: fc.constantFrom(...COUNTRIES),
  approvedBy: fc.subarray(['arrt' as const, 'jrcert' as const, 'caahep' as const, 'jrcnmt' as const, 'hcpc' as const, 'ched' as const]),
  completedOn: fc.constantFrom('2010-05-01', '2016-05-10', '2024-06-01', '2027-05-01'),
});
const credential = fc.record({ credential: fc.constantFrom(...HOLDABLE), earnedOn: fc.constantFrom('2012-07-01', '2020-01-15', '2026-01-01') });
const parts: fc.Arbitrary<Parts> = fc.record({
  country: fc.constantFrom(...COUNTRIES),
  education: fc.array(education, { maxLength: 3 }),
  credentials: fc.uniqueArray(credential, { maxLength: 4, selector: (c) => c.credential }),
  ce: fc.array(
    fc.record({
      title: fc.constant('SE'),
      completedOn: fc.constantFrom('2025-06-01', '2026-03-01'),
      credits: fc.constantFrom(4, 16),
      kind: fc.constant('structured-education' as const),
      forCredential: fc.constantFrom('arrt:CT', 'arrt:MR', 'arrt:M'),
      contentCategory: fc.constantFrom('Patient Care', 'Safety', 'Image Production', 'Procedures'),
    }),
    { maxLength: 4 },
  ),
  clinical: fc.array(fc.record({ procedure: fc.constantFrom('ct:head', 'mri:brain', 'mammography:screening', 'radiography:chest'), performedOn: fc.constantFrom('2025-01-10', '2026-06-01'), count: fc.integer({ min: 1, max: 40 }), hours: fc.integer({ min: 0, max: 500 }) }), { maxLength: 3 }),
  exams: fc.array(fc.record({ exam: fc.constantFrom('ardms:SPI', 'ardms:AB', 'arrt:R', 'arrt:CT'), takenOn: fc.constantFrom('2024-05-01', '2026-05-01'), result: fc.constantFrom('pass' as const, 'fail' as const) }), { maxLength: 2 }),
});
const target = fc.record({ role: fc.constantFrom(...JOB_ROLE_CODES), where: fc.constantFrom(...TARGETS, ...JURISDICTION_CODES.slice(0, 5)) });

const planOf = (p: Parts | undefined, role: string, where: string): Plan => {
  const r = plan({ target: role, in: where, asOf: AS_OF, ...(p === undefined ? {} : { record: person(p) }) });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const RUNS = { numRuns: 300 };

describe('planner properties', () => {
  it('no step comes before its prerequisites (the plan and every alternative)', () => {
    fc.assert(
      fc.property(fc.option(parts, { nil: undefined }), target, (p, t) => {
        const out = planOf(p, t.role, t.where);
        for (const steps of [out.steps, ...out.alternatives.routes.map((r) => r.steps)]) {
          const seen = new Set<string>();
          for (const s of steps) {
            for (const a of s.after) expect(seen.has(a)).toBe(true);
            seen.add(s.id);
          }
        }
      }),
      RUNS,
    );
  });

  it('a step already satisfied by the record is never in the plan; a credential held is never an exam, licence or registration step', () => {
    fc.assert(
      fc.property(parts, target, (p, t) => {
        const out = planOf(p, t.role, t.where);
        const planned = new Set(out.steps.map((s) => s.id));
        for (const s of out.satisfied) expect(planned.has(s.id)).toBe(false);
        const held = (p.credentials ?? []).map((c) => c.credential).filter((c) => c !== undefined);
        for (const s of out.steps) {
          if (s.kind !== 'exam' && s.kind !== 'licence' && s.kind !== 'registration') continue;
          for (const c of held) expect(s.title.includes(`(${c})`), `${s.id} while holding ${c}`).toBe(false);
        }
        // Holding a full set of the target's credentials leaves nothing but licences and visas.
        if (out.target.credentials.some((set) => set.every((c) => held.includes(c))) && out.status !== 'not-covered') {
          // Left: state licences the role's credential sets do not name, and visas (a record has no visa).
          expect(out.steps.filter((s) => s.kind !== 'licence' && s.kind !== 'visa').map((s) => s.id)).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('adding a credential to the record never makes the plan longer', () => {
    fc.assert(
      fc.property(parts, target, fc.constantFrom(...HOLDABLE), fc.constantFrom('2014-01-01', '2025-12-01'), (p, t, extra, earnedOn) => {
        fc.pre(!(p.credentials ?? []).some((c) => c.credential === extra));
        const before = planOf(p, t.role, t.where);
        const after = planOf({ ...p, credentials: [...(p.credentials ?? []), { credential: extra, earnedOn }] }, t.role, t.where);
        expect(after.steps.length, `adding ${extra}: ${before.route?.id ?? '-'} → ${after.route?.id ?? '-'}`).toBeLessThanOrEqual(before.steps.length);
      }),
      RUNS,
    );
  });

  it('is deterministic: the same request gives the same plan', () => {
    fc.assert(
      fc.property(parts, target, (p, t) => {
        expect(planOf(p, t.role, t.where)).toEqual(planOf(p, t.role, t.where));
      }),
      { numRuns: 50 },
    );
  });
});
