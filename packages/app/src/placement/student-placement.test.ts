import { ValidationError } from '@modality/domain';
import { describe, expect, it } from 'vitest';
import { placeStudents, type PlacementInput } from './student-placement.js';

const problem: PlacementInput = {
  seed: 3,
  sites: [
    { id: 'mercy', capacity: 1, priorities: { ana: 2, ben: 1 } },
    { id: 'luke', capacity: 1 },
  ],
  students: [
    { id: 'ana', preferences: ['mercy', 'luke'] },
    { id: 'ben', preferences: ['mercy', 'luke'] },
    { id: 'cal', preferences: ['mercy'] },
  ],
};

describe('placeStudents', () => {
  it('places stably by site priority, in input order, and reports no blocking pairs', () => {
    const placed = placeStudents({}, { problem, mode: 'stable' });
    expect(placed.mode).toBe('stable');
    expect(placed.assignments).toEqual([
      { student: 'ana', site: 'mercy', rank: 1 },
      { student: 'ben', site: 'luke', rank: 2 },
      { student: 'cal', site: null, rank: null },
    ]);
    expect(placed.report).toMatchObject({ students: 3, placed: 2, blockingPairs: 0, capacityViolations: 0 });
  });

  it('optimal mode places the most, then the least total rank, even when that is not stable', () => {
    const two: PlacementInput = { sites: [{ id: 'mercy', capacity: 1, priorities: { ana: 2, cal: 1 } }, { id: 'luke', capacity: 1 }], students: [{ id: 'ana', preferences: ['mercy', 'luke'] }, { id: 'cal', preferences: ['mercy'] }] };
    expect(placeStudents({}, { problem: two, mode: 'optimal' })).toMatchObject({ report: { placed: 2, blockingPairs: 1 }, assignments: [{ site: 'luke' }, { site: 'mercy' }] });
    expect(placeStudents({}, { problem: two, mode: 'stable' }).report).toMatchObject({ placed: 1, blockingPairs: 0 });
  });

  it('breaks equal priorities by the given tie order, first wins', () => {
    const tie: PlacementInput = { sites: [{ id: 'only', capacity: 1 }], students: [{ id: 'a', preferences: ['only'] }, { id: 'b', preferences: ['only'] }] };
    expect(placeStudents({}, { problem: { ...tie, tieOrder: ['b', 'a'] }, mode: 'stable' }).assignments.map((x) => x.site)).toEqual([null, 'only']);
    expect(placeStudents({}, { problem: { ...tie, tieOrder: ['a', 'b'] }, mode: 'stable' }).assignments.map((x) => x.site)).toEqual(['only', null]);
  });

  it('the same seed gives the same tie order', () => {
    const tie: PlacementInput = { seed: 7, sites: [{ id: 'only', capacity: 2 }], students: ['a', 'b', 'c', 'd'].map((id) => ({ id, preferences: ['only'] })) };
    expect(placeStudents({}, { problem: tie, mode: 'stable' })).toEqual(placeStudents({}, { problem: tie, mode: 'stable' }));
  });

  it('refuses a preference for a site that does not exist, naming it, when called without the contract check', () => {
    const bad: PlacementInput = { sites: [{ id: 'a', capacity: 1 }], students: [{ id: 's', preferences: ['zzz'] }] };
    expect(() => placeStudents({}, { problem: bad, mode: 'stable' })).toThrow(ValidationError);
    expect(() => placeStudents({}, { problem: bad, mode: 'stable' })).toThrow(/not valid/);
  });
});
