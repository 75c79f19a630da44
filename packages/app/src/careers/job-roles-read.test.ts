import { NotFoundError } from '@modality/domain';
import { describe, expect, it } from 'vitest';
import { listJobRoles, readJobRoleProfile } from './job-roles-read.js';

describe('job roles', () => {
  it('lists the twelve roles in order', () => {
    const { items } = listJobRoles({});
    expect(items).toHaveLength(12);
    expect(items[0]).toEqual({ code: 'radiographer', title: 'Radiographer (radiologic technologist)', modalities: ['radiography'], soc: '29-2034' });
  });

  it('profiles a role with its sourced outlook and names each credential jurisdiction', () => {
    const p = readJobRoleProfile({}, { code: 'radiographer' });
    expect(p.usOutlook?.medianAnnualWage).toMatchObject({ value: 80110, unit: 'USD', vintage: 'OEWS May 2025, national', confidence: 'official-copy' });
    expect(p.credentials.map((c) => [c.jurisdiction, c.jurisdictionName])).toEqual([
      ['us', 'United States (every state)'],
      ['gb', 'United Kingdom'],
      ['ie', 'Ireland'],
      ['au', 'Australia'],
      ['ca-on', 'Ontario'],
    ]);
    expect(p.credentials[0]?.anyOf).toEqual([['arrt:R']]);
  });

  it('answers an unknown role with "not found", naming it and the valid roles', () => {
    expect(() => readJobRoleProfile({}, { code: 'pilot' })).toThrow(NotFoundError);
    expect(() => readJobRoleProfile({}, { code: 'pilot' })).toThrow(/pilot \(valid roles: radiographer, ct-technologist/);
  });
});
