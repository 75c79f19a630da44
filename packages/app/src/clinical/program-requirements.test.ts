import { ARRT_RADIOGRAPHY_HANDBOOK_2017 } from '@modality/knowledge';
import { describe, expect, it } from 'vitest';
import { choicesOf, defaultProgramRequirements, localRequirementLabel, setOf } from './program-requirements.js';

describe("a program's requirement settings", () => {
  it('defaults to the 2017 handbook set with the set’s cap and nothing local', () => {
    const d = defaultProgramRequirements('org_s');
    expect(setOf(d)).toBe(ARRT_RADIOGRAPHY_HANDBOOK_2017);
    expect(choicesOf(d)).toEqual({ requiredProcedures: [], sectionMinimums: [] });
    expect(setOf({ ...d, setId: 'no-longer-shipped' })).toBe(ARRT_RADIOGRAPHY_HANDBOOK_2017);
  });

  it('turns the stored choices into the engine’s, and names local requirements in words', () => {
    const row = {
      ...defaultProgramRequirements('org_s'),
      simulationCap: 0,
      localRequirements: [{ kind: 'procedure', procedure: 'xr:upper-gi' } as const, { kind: 'section', section: 'fluoroscopy', minimum: 3 } as const],
    };
    expect(choicesOf(row)).toEqual({ simulationCap: 0, requiredProcedures: ['xr:upper-gi'], sectionMinimums: [{ section: 'fluoroscopy', minimum: 3 }] });
    expect(row.localRequirements.map(localRequirementLabel)).toEqual(['Upper GI series', 'At least 3 from Fluoroscopy studies']);
  });
});
