import { describe, expect, it } from 'vitest';
import type { Profile } from '../../api/staffing-queries';
import { bodyOfProfile, draftOfProfile, placeRowOf } from './profile-form';

const profile: Profile = {
  enabled: true,
  visibility: 'employers-only',
  handle: 'C-ABCDE-FGHIJ',
  preferences: {
    places: [{ label: 'Houston, TX', region: 'us-tx', country: 'US', lat: 29.76, lon: -95.37, radiusKm: 80 }],
    relocate: false,
    travel: true,
    shifts: ['night'],
    payFloor: { amount: 42.5, unit: 'hour' },
    startDate: '2027-02-01',
    workAuthorisation: ['US', 'PH'],
  },
  credentials: { held: [], inProgress: [] },
  years: {},
  updatedAt: '2026-11-30T10:00:00.000Z',
};

describe('the profile form', () => {
  it('sends back what it was given: a stored profile survives the round trip through the form', () => {
    expect(bodyOfProfile(draftOfProfile(profile))).toEqual({
      enabled: true,
      visibility: 'employers-only',
      preferences: {
        places: [{ near: 'Houston, TX', radiusKm: 80 }],
        relocate: false,
        travel: true,
        shifts: ['night'],
        payFloor: { amount: 42.5, unit: 'hour' },
        startDate: '2027-02-01',
        workAuthorisation: ['US', 'PH'],
      },
    });
  });

  it('drops empty place rows, takes an empty radius as 50 km, and an empty pay or date as none', () => {
    const draft = { ...draftOfProfile(profile), places: [{ near: ' ', radiusKm: '10' }, { near: ' Austin, TX ', radiusKm: '' }], payAmount: '', startDate: '' };
    const body = bodyOfProfile(draft);
    expect(body.preferences?.places).toEqual([{ near: 'Austin, TX', radiusKm: 50 }]);
    expect(body.preferences?.payFloor).toBeNull();
    expect(body.preferences?.startDate).toBeNull();
  });

  it('sends a radius typed as words as a number the server refuses (NaN), not as a made-up default', () => {
    const draft = { ...draftOfProfile(profile), places: [{ near: 'Austin, TX', radiusKm: 'far' }] };
    expect(bodyOfProfile(draft).preferences?.places?.[0]?.radiusKm).toBeNaN();
  });

  it('finds the row a refusal of a sent place is about, past the empty rows that were not sent', () => {
    const draft = { ...draftOfProfile(profile), places: [{ near: 'Austin, TX', radiusKm: '50' }, { near: '', radiusKm: '50' }, { near: 'Nowhere', radiusKm: '50' }] };
    expect(placeRowOf(draft, 0)).toBe(0);
    expect(placeRowOf(draft, 1)).toBe(2);
    expect(placeRowOf(draft, 2)).toBeUndefined();
  });
});
