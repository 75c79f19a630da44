import { catalogueSchema, type Catalogue } from '@modality/contracts';

const ARRT = { code: 'arrt', name: 'American Registry of Radiologic Technologists (ARRT)' };
const arrt = (code: string, name: string, abbreviation: string) =>
  ({ code, name, abbreviation, kind: 'certification', holdable: true, issuer: ARRT }) as const;

/**
 * A few entries of `GET /api/v1/catalogue?asOf=2026-11-26`, for unit tests (never imported by the app).
 * `apps/web/test/test-catalogue.test.ts` checks every entry against the server's own catalogue.
 */
export const TEST_CATALOGUE: Catalogue = catalogueSchema.parse({
  asOf: '2026-11-26',
  credentials: [
    arrt('arrt:R', 'ARRT Radiography', 'R.T.(R)'),
    arrt('arrt:CT', 'ARRT Computed Tomography', 'R.T.(CT)'),
    arrt('arrt:MR', 'ARRT Magnetic Resonance Imaging', 'R.T.(MR)'),
    arrt('arrt:BD', 'ARRT Bone Densitometry', 'R.T.(BD)'),
    {
      code: 'us-tx:mrt',
      name: 'Texas Medical Radiologic Technologist licence',
      abbreviation: 'MRT',
      kind: 'licence',
      holdable: true,
      issuer: { code: 'us-tx', name: 'Texas' },
    },
    {
      code: 'ardms:SPI',
      name: 'ARDMS Sonography Principles and Instrumentation exam',
      abbreviation: null,
      kind: 'examination',
      holdable: false,
      issuer: { code: 'ardms', name: 'American Registry for Diagnostic Medical Sonography (ARDMS)' },
    },
  ],
  jurisdictions: [
    { code: 'us-tx', name: 'Texas', kind: 'us-state', country: 'US' },
    { code: 'gb', name: 'United Kingdom', kind: 'country', country: 'GB' },
    { code: 'ca-on', name: 'Ontario', kind: 'ca-province', country: 'CA' },
  ],
  ceCycles: [
    {
      rule: 'arrt.ce.biennium',
      credentials: ['arrt:R', 'arrt:CT', 'arrt:MR', 'arrt:BD'],
      unit: 'credits',
      summary:
        '24 credits per biennium, however many ARRT credentials; the biennium runs from the first day of the birth month to the last day of the month before it two years later; no carry-over',
      confidence: 'official',
    },
    {
      rule: 'us-tx.ce.mrt',
      credentials: ['us-tx:mrt'],
      unit: 'hours',
      summary: 'MRT: 24 CE hours per biennium (renewal is biennial)',
      confidence: 'secondary',
    },
  ],
  topicMinimums: [
    {
      rule: 'us-tx.ce.direct',
      credentials: ['us-tx:mrt'],
      topic: 'direct',
      unit: null,
      summary: 'MRT: at least 12 of the 24 hours "direct" (ionizing radiation)',
      topics: ['direct', 'ionizing-radiation'],
    },
    {
      rule: 'us-tx.ce.human-trafficking',
      credentials: ['us-tx:mrt'],
      topic: 'human-trafficking',
      unit: 'courses',
      summary:
        'An HHSC-approved human trafficking prevention course, for renewals on or after 1 Sep 2020 (HB 2059)',
      topics: ['human-trafficking'],
    },
  ],
});
