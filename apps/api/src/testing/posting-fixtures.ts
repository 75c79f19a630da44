/** A complete posting body; tests override what they look at. */
export function postingBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    status: 'open',
    title: 'CT Technologist, nights',
    description: 'Night CT in a level I trauma centre.',
    role: 'ct-technologist',
    modality: 'ct',
    employmentType: 'full-time',
    requirements: {
      credentials: { allOf: ['arrt:CT'], anyOf: [['arrt:R', 'nmtcb:CT']] },
      licenceJurisdictions: ['us-tx'],
      minYears: 2,
      shifts: ['night'],
      startWindow: { from: '2026-12-01', to: '2027-01-31' },
      sponsorship: false,
    },
    place: { address: '6565 Fannin St, Houston, TX 77030', radiusKm: 60 },
    pay: { min: 38, max: 46, unit: 'hour' },
    validThrough: '2026-12-31',
    ...overrides,
  };
}
