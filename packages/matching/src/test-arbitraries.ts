import fc from 'fast-check';
import type { CandidateRecord, Posting } from './model.js';

/**
 * fast-check arbitraries for the properties: a deliberately small world (few credentials, states,
 * modalities, a 100 km box, a few weeks of dates, coarse pay) so requirements fail often, near-misses
 * exist and scores tie, which is where top-k and tie-breaking bugs live. Tests only.
 */
const sub = (max: number): fc.Arbitrary<number[]> => fc.uniqueArray(fc.integer({ min: 0, max }), { maxLength: max + 1 });

export const candidateArb = (id: fc.Arbitrary<number>): fc.Arbitrary<CandidateRecord> =>
  fc.record({
    id,
    held: sub(5),
    pending: fc.array(fc.record({ credential: fc.integer({ min: 0, max: 5 }), remaining: fc.integer({ min: 1, max: 120 }), unit: fc.constant('procedures'), earliestDay: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: null }) }), { maxLength: 2 }),
    licences: sub(3),
    modalityQuarters: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 30 })), { selector: (t) => t[0], maxLength: 3 }).map((e) => new Map(e)),
    procedures: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 300 })), { selector: (t) => t[0], maxLength: 2 }).map((e) => new Map(e)),
    lat: fc.integer({ min: 0, max: 100 }).map((v) => Math.fround(40 + v / 100)),
    lon: fc.integer({ min: 0, max: 100 }).map((v) => Math.fround(-75 + v / 100)),
    relocate: fc.boolean(),
    travel: fc.boolean(),
    shifts: sub(4),
    availableDay: fc.integer({ min: 2000, max: 2040 }),
    payFloor: fc.integer({ min: 0, max: 8 }).map((v) => 50_000 + v * 5_000),
    languages: sub(2),
    authorisedCountries: sub(1),
  });

/** Candidates with distinct ids. */
export const candidatesArb = (maxLength: number): fc.Arbitrary<CandidateRecord[]> =>
  fc.uniqueArray(candidateArb(fc.integer({ min: 0, max: 10_000 })), { selector: (c) => c.id, maxLength });

export const postingArb = (id: fc.Arbitrary<number> = fc.integer({ min: 0, max: 10_000 })): fc.Arbitrary<Posting> =>
  fc.record({
    id,
    allOf: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 2 }),
    anyOf: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 3 }), { maxLength: 2 }),
    licences: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }), { nil: null }),
    modality: fc.integer({ min: 0, max: 2 }),
    minYears: fc.integer({ min: 0, max: 6 }),
    shifts: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { maxLength: 2 }),
    startBy: fc.integer({ min: 1995, max: 2045 }),
    lat: fc.integer({ min: 0, max: 100 }).map((v) => Math.fround(40 + v / 100)),
    lon: fc.integer({ min: 0, max: 100 }).map((v) => Math.fround(-75 + v / 100)),
    radiusKm: fc.option(fc.integer({ min: 5, max: 120 }), { nil: null }),
    acceptRelocation: fc.boolean(),
    travel: fc.boolean(),
    country: fc.integer({ min: 0, max: 1 }),
    sponsors: fc.boolean(),
    weights: fc.record({
      experience: fc.constantFrom(0, 0.1, 0.25, 0.4),
      distance: fc.constantFrom(0, 0.2, 0.3),
      pay: fc.constantFrom(0, 0.1, 0.2),
      procedures: fc.constantFrom(0, 0.1, 0.2),
      language: fc.constantFrom(0, 0.05, 0.1),
    }),
    wantYears: fc.constantFrom(1, 3, 5),
    payMax: fc.constantFrom(60_000, 70_000),
    procedure: fc.integer({ min: 0, max: 1 }),
    procedureWant: fc.constantFrom(50, 200),
    language: fc.integer({ min: 0, max: 2 }),
    distanceScaleKm: fc.constantFrom(10, 40),
  });
