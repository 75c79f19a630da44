import { ARRT_RADIOGRAPHY_HANDBOOK_2017, ARRT_RADIOGRAPHY_HANDBOOK_2022, ARRT_SONOGRAPHY_2024, PROCEDURE_SECTIONS, RADIOGRAPHY_PROCEDURES, REQUIREMENT_SETS, requirementProgress } from '@modality/knowledge';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clinicalRequirementsOf, evaluateClinicalRequirements } from './clinical-requirements.js';

const codes = RADIOGRAPHY_PROCEDURES.map((p) => p.code);
const competency = fc.record({ procedure: fc.oneof(fc.constantFrom(...codes), fc.constant('xr:not-a-procedure')), simulated: fc.boolean() });
const log = fc.array(competency, { maxLength: 60 });
const set = fc.constantFrom(...REQUIREMENT_SETS);
const choices = fc.record(
  {
    simulationCap: fc.integer({ min: 0, max: 10 }),
    requiredProcedures: fc.uniqueArray(fc.constantFrom(...codes), { maxLength: 4 }),
    sectionMinimums: fc.uniqueArray(fc.record({ section: fc.constantFrom(...PROCEDURE_SECTIONS), minimum: fc.integer({ min: 1, max: 4 }) }), { maxLength: 3, selector: (m) => m.section }),
  },
  { requiredKeys: [] },
);

describe('clinical requirements through the rules engine', () => {
  it('expresses a set and the program’s local requirements as data, the local ones labelled as the program’s', () => {
    const rs = clinicalRequirementsOf(ARRT_RADIOGRAPHY_HANDBOOK_2017, { requiredProcedures: ['xr:upper-gi'], sectionMinimums: [{ section: 'chest', minimum: 2 }] });
    expect(rs.map((r) => [r.id, r.origin, r.required])).toEqual([
      ['patient-care', 'set', 10],
      ['imaging', 'set', 51],
      ['section:head', 'set', 1],
      ['section:fluoroscopy', 'set', 2],
      ['program-section:chest', 'program', 2],
      ['procedure:xr:upper-gi', 'program', 1],
    ]);
    expect(rs.find((r) => r.id === 'imaging')?.sourceUrl).toMatch(/^https:\/\//);
  });

  it('says in words what is done, what is missing and whether the cap is reached', () => {
    const shown = [
      { procedure: 'xr:skull', simulated: false },
      { procedure: 'xr:hand', simulated: true },
      { procedure: 'xr:knee', simulated: true },
    ];
    const v = evaluateClinicalRequirements(ARRT_RADIOGRAPHY_HANDBOOK_2017, shown, { simulationCap: 1, requiredProcedures: ['xr:upper-gi', 'xr:skull'] });
    expect(v.done).toEqual(['Head: 1 of at least 1 — done.', 'Skull (your program’s own requirement): done.']);
    expect(v.missing).toContain('Imaging procedures (mandatory and elective): 2 of 51 — 49 still missing.');
    expect(v.missing).toContain('Upper GI series (your program’s own requirement): not shown yet.');
    expect(v.simulations).toMatchObject({ counted: 1, cap: 1, capReached: true });
    expect(v.simulations.sentence).toBe('Simulated competencies: 1 of at most 1 (your program’s cap). The cap is reached: further simulated competencies do not count.');
    expect(v.complete).toBe(false);
  });

  it('never calls an unconfirmed count met: it points at the registry’s document instead', () => {
    const v = evaluateClinicalRequirements(ARRT_SONOGRAPHY_2024, codes.map((procedure) => ({ procedure, simulated: false })));
    expect(v.complete).toBe(false);
    expect(v.missing).toEqual([]);
    expect(v.unknown[0]).toMatch(/not confirmed here — see ARRT’s document \(Sonography/);
    expect(v.summary).toMatch(/not confirmed here/);
    const r = evaluateClinicalRequirements(ARRT_RADIOGRAPHY_HANDBOOK_2022, []);
    expect(r.simulations.sentence).toMatch(/at most 8 \(the set’s cap\)/);
    expect(evaluateClinicalRequirements(ARRT_RADIOGRAPHY_HANDBOOK_2017, []).simulations.sentence).toMatch(/No cap on simulations is set: ARRT’s own limit is not confirmed here/);
  });

  it('property: agrees with requirementProgress on completeness, missing items and the cap', () => {
    fc.assert(
      fc.property(set, log, choices, (s, shown, c) => {
        const v = evaluateClinicalRequirements(s, shown, c);
        const p = requirementProgress(s, shown, c);
        expect(v.complete).toBe(p.complete);
        expect(v.results.filter((r) => r.status === 'missing')).toHaveLength(p.missing.length);
        expect(v.simulations).toMatchObject(p.simulations);
        expect(v.done.length + v.missing.length + v.unknown.length).toBe(v.results.length);
      }),
    );
  });

  it('property: a requirement is unknown exactly when its count is not confirmed, and then says where to look', () => {
    fc.assert(
      fc.property(set, log, choices, (s, shown, c) => {
        for (const r of evaluateClinicalRequirements(s, shown, c).results) {
          expect(r.status === 'unknown').toBe(r.requirement.required === null);
          if (r.status === 'unknown') expect(r.sentence).toContain(`see ${s.document.body}’s document`);
          if (r.status === 'met') expect(r.missing).toBe(0);
          if (r.status === 'missing') expect(r.missing).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('property: one more competency never turns a met requirement into a missing one', () => {
    fc.assert(
      fc.property(set, log, competency, choices, (s, shown, extra, c) => {
        const before = evaluateClinicalRequirements(s, shown, c);
        const after = evaluateClinicalRequirements(s, [...shown, extra], c);
        const metBefore = new Set(before.results.filter((r) => r.status === 'met').map((r) => r.requirement.id));
        for (const r of after.results) if (metBefore.has(r.requirement.id)) expect(r.status).toBe('met');
      }),
    );
  });
});
