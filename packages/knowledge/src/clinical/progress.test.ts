import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RADIOGRAPHY_PROCEDURES } from './procedures.js';
import { requirementProgress, type ShownCompetency } from './progress.js';
import { ARRT_MRI_2025, ARRT_RADIOGRAPHY_HANDBOOK_2017, ARRT_RADIOGRAPHY_HANDBOOK_2022, ARRT_SONOGRAPHY_2024, notConfirmedHere, REQUIREMENT_SETS, type RequirementSet } from './requirement-sets.js';

const codes = RADIOGRAPHY_PROCEDURES.map((p) => p.code);
const competency = fc.record({ procedure: fc.oneof(fc.constantFrom(...codes), fc.constant('xr:not-a-procedure')), simulated: fc.boolean() });
const log = fc.array(competency, { maxLength: 60 });
const set = fc.constantFrom(...REQUIREMENT_SETS);
const cap = fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined });

describe('requirement sets', () => {
  it('ship both conflicting radiography versions, each flagged and sourced, with no invented count', () => {
    const radiography = REQUIREMENT_SETS.filter((s) => s.discipline === 'radiography');
    expect(radiography.map((s) => s.mandatoryProcedures.value)).toEqual([37, 36]);
    for (const s of radiography) expect(s.flag).toMatch(/^Not confirmed by ARRT/);
    expect(ARRT_RADIOGRAPHY_HANDBOOK_2017.simulationCap.value).toBeNull();
    expect(ARRT_RADIOGRAPHY_HANDBOOK_2017.sectionMinimums).toEqual([
      { section: 'head', minimum: 1 },
      { section: 'fluoroscopy', minimum: 2 },
    ]);
  });

  it('every set carries its source, date or null, and a flag; a count is either sourced or null and unconfirmed', () => {
    for (const s of REQUIREMENT_SETS) {
      expect(s.sourceUrl).toMatch(/^https:\/\//);
      expect(s.document.url).toMatch(/^https:\/\//);
      if (s.effectiveFrom !== null) expect(s.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.flag).toMatch(/^Not confirmed/);
      for (const c of [s.patientCare, s.mandatoryProcedures, s.electiveProcedures, s.electivePool, s.simulationCap]) {
        if (c.value === null) expect(c).toEqual({ value: null, sourceUrl: null, confidence: 'unconfirmed' });
        else expect(c.sourceUrl).toMatch(/^https:\/\//);
      }
    }
    expect(new Set(REQUIREMENT_SETS.map((s) => s.id)).size).toBe(REQUIREMENT_SETS.length);
  });

  it('ships sonography, MRI and nuclear medicine sets with no count, pointing at the registry’s document', () => {
    for (const discipline of ['sonography', 'mri', 'nuclear-medicine'] as const) {
      const sets = REQUIREMENT_SETS.filter((s) => s.discipline === discipline);
      expect(sets.length).toBeGreaterThan(0);
      for (const s of sets) {
        expect([s.patientCare, s.mandatoryProcedures, s.electiveProcedures, s.simulationCap].every((c) => c.value === null)).toBe(true);
        expect(notConfirmedHere(s)).toMatch(new RegExp(`^not confirmed here — see ${s.document.body}’s document`));
        expect(requirementProgress(s, codes.map((procedure) => ({ procedure, simulated: false }))).complete).toBe(false);
      }
    }
    expect(ARRT_MRI_2025.effectiveFrom).toBe('2025-02-01');
    expect(ARRT_SONOGRAPHY_2024.effectiveFrom).toBe('2024-01-01');
  });

  it('catalogue codes are unique', () => {
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('requirementProgress', () => {
  it('lists what is missing for an empty log, and never calls a set with unknown counts complete', () => {
    const p = requirementProgress(ARRT_RADIOGRAPHY_HANDBOOK_2017, []);
    expect(p.missing).toEqual([
      { code: 'patient-care', count: 10 },
      { code: 'imaging', count: 51 },
      { code: 'section', section: 'head', count: 1 },
      { code: 'section', section: 'fluoroscopy', count: 2 },
    ]);
    const all = codes.map((procedure) => ({ procedure, simulated: false }));
    const b = requirementProgress(ARRT_RADIOGRAPHY_HANDBOOK_2022, all);
    expect(b.patientCare.required).toBeNull();
    expect(b.complete).toBe(false);
  });

  it('counts simulations only up to the cap and says when it is reached', () => {
    const sims: ShownCompetency[] = ['xr:skull', 'xr:hand', 'xr:knee'].map((procedure) => ({ procedure, simulated: true }));
    const p = requirementProgress(ARRT_RADIOGRAPHY_HANDBOOK_2017, sims, { simulationCap: 2 });
    expect(p.simulations).toEqual({ counted: 2, cap: 2, capReached: true });
    expect(p.imaging.done).toBe(2);
    const q = requirementProgress(ARRT_RADIOGRAPHY_HANDBOOK_2022, sims);
    expect(q.simulations).toEqual({ counted: 3, cap: 8, capReached: false });
  });

  it('reports a program’s own required procedure until it is shown', () => {
    const choices = { requiredProcedures: ['xr:upper-gi'] };
    expect(requirementProgress(ARRT_RADIOGRAPHY_HANDBOOK_2022, [], choices).missing).toContainEqual({ code: 'required-procedure', procedure: 'xr:upper-gi' });
    expect(requirementProgress(ARRT_RADIOGRAPHY_HANDBOOK_2022, [{ procedure: 'xr:upper-gi', simulated: false }], choices).missing).not.toContainEqual({
      code: 'required-procedure',
      procedure: 'xr:upper-gi',
    });
  });

  it('counts a program’s own section minimum on top of the set’s', () => {
    const choices = { sectionMinimums: [{ section: 'head' as const, minimum: 2 }] };
    const p = requirementProgress(ARRT_RADIOGRAPHY_HANDBOOK_2017, [{ procedure: 'xr:skull', simulated: false }], choices);
    expect(p.programSections).toEqual([{ section: 'head', done: 1, minimum: 2 }]);
    expect(p.missing).toContainEqual({ code: 'program-section', section: 'head', count: 1 });
    expect(p.missing).not.toContainEqual(expect.objectContaining({ code: 'section', section: 'head' }));
  });

  it('property: showing one more competency never lowers a count nor adds a missing item', () => {
    fc.assert(
      fc.property(set, log, competency, cap, (s: RequirementSet, shown, extra, simulationCap) => {
        const choices = simulationCap === undefined ? {} : { simulationCap };
        const before = requirementProgress(s, shown, choices);
        const after = requirementProgress(s, [...shown, extra], choices);
        expect(after.imaging.done + after.patientCare.done).toBeGreaterThanOrEqual(before.imaging.done + before.patientCare.done);
        expect(after.missing.length).toBeLessThanOrEqual(before.missing.length);
      }),
    );
  });

  it('property: counted simulations never exceed the cap; the cap is reached exactly when simulations fill it', () => {
    fc.assert(
      fc.property(set, log, cap, (s, shown, simulationCap) => {
        const p = requirementProgress(s, shown, simulationCap === undefined ? {} : { simulationCap });
        const realCodes = new Set(shown.filter((c) => !c.simulated).map((c) => c.procedure));
        const simOnly = new Set(shown.filter((c) => c.simulated && !realCodes.has(c.procedure) && codes.includes(c.procedure)).map((c) => c.procedure));
        if (p.simulations.cap !== null) {
          expect(p.simulations.counted).toBeLessThanOrEqual(p.simulations.cap);
          expect(p.simulations.capReached).toBe(simOnly.size >= p.simulations.cap);
        } else {
          expect(p.simulations.counted).toBe(simOnly.size);
          expect(p.simulations.capReached).toBe(false);
        }
      }),
    );
  });

  it('property: repeats do not change progress, and order changes only which simulations count, not how many', () => {
    fc.assert(
      fc.property(set, log, cap, (s, shown, simulationCap) => {
        const choices = simulationCap === undefined ? {} : { simulationCap };
        const p = requirementProgress(s, shown, choices);
        expect(requirementProgress(s, [...shown, ...shown], choices)).toEqual(p);
        const reversed = requirementProgress(s, [...shown].reverse(), choices);
        expect(reversed.simulations).toEqual(p.simulations);
        expect(reversed.imaging.done + reversed.patientCare.done).toBe(p.imaging.done + p.patientCare.done);
        if (shown.every((c) => !c.simulated)) expect(reversed).toEqual(p);
      }),
    );
  });

  it('property: complete exactly when nothing is missing and every count is known', () => {
    fc.assert(
      fc.property(set, log, (s, shown) => {
        const p = requirementProgress(s, shown);
        expect(p.complete).toBe(p.missing.length === 0 && p.patientCare.required !== null && p.imaging.required !== null);
      }),
    );
  });
});
