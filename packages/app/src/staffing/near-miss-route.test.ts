import type { CalendarDate } from '@modality/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../demo/demo-data.js';
import type { PostingRow } from '../ports/index.js';
import { routeToClose } from './near-miss-route.js';

const ana = DEMO_USERS.find((u) => u.email.startsWith('ana.reyes'))?.record;
const asOf = '2026-11-30' as CalendarDate;

function posting(overrides: Partial<PostingRow['requirements']>, region = 'us-tx'): PostingRow {
  return {
    id: 'pst_1', organisationId: 'org_1', reference: null, status: 'open', title: 'Radiographer', description: 'x', role: 'radiographer', modality: 'radiography', employmentType: 'full-time',
    requirements: { credentials: { allOf: [], anyOf: [] }, licenceJurisdictions: [], minYears: 0, shifts: [], startWindow: { from: asOf, to: asOf }, sponsorship: false, ...overrides },
    preferences: { experience: 1, distance: 1, pay: 1, procedures: 0, language: 0 },
    place: { address: 'x', city: 'x', region, postalCode: null, country: 'US', lat: 0, lon: 0, radiusKm: 50 },
    pay: { min: 1, max: 2, unit: 'hour', currency: 'USD' }, validThrough: '2099-01-01', datePosted: null, createdBy: null, createdAt: '', updatedAt: '',
  };
}

describe("the planner's route to close a near-miss", () => {
  it('plans a licence gap to the posting role in the first accepted jurisdiction, with steps, time and cost as sourced', () => {
    if (ana === undefined) throw new Error('no demo record for Ana');
    const route = routeToClose(ana, posting({ licenceJurisdictions: ['us-ca'] }), 'licence', asOf);
    // The California licence: one step, its fee sourced, its processing time not.
    expect(route?.steps).toEqual([expect.stringContaining('California')]);
    expect(route?.cost).toEqual([{ min: 112, max: 112, currency: 'USD' }]);
    expect(route?.months).toBeNull();
    expect(route?.complete).toBe(false);
    expect(route?.says).toBe('1 step, USD 112 (some steps have no sourced time or cost)');
    // Where she already holds what the role needs, there is nothing to plan.
    expect(routeToClose(ana, posting({}, 'us-tx'), 'credential', asOf)).toBeNull();
  });

  it('does not plan gaps a plan cannot close (shifts, dates, places, visas)', () => {
    if (ana === undefined) throw new Error('no demo record for Ana');
    for (const kind of ['shift', 'start', 'location', 'work-authorisation', 'modality']) expect(routeToClose(ana, posting({}), kind, asOf)).toBeNull();
  });
});
