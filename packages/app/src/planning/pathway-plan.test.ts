import { calendarDate, PERSON_RECORD_FORMAT, ValidationError, type PersonRecord } from '@modality/domain';
import { FakeClock } from '@modality/testkit';
import { describe, expect, it } from 'vitest';
import { planPathway } from './pathway-plan.js';

const deps = { clock: new FakeClock('2026-11-26T12:00:00Z') };
const abroad: PersonRecord = {
  format: PERSON_RECORD_FORMAT,
  person: { name: 'Jose Santos', birthDate: calendarDate('1990-03-03'), country: 'PH' },
  education: [{ kind: 'program', discipline: 'radiography', award: 'bachelor', country: 'PH', approvedBy: ['ched'], completedOn: calendarDate('2014-04-30') }],
};

describe('planPathway', () => {
  it('plans from a record on today (UTC) by default', () => {
    const plan = planPathway(deps, { target: 'radiographer', in: 'gb', record: abroad });
    expect(plan).toMatchObject({ format: 'modality/plan@1', asOf: '2026-11-26', from: 'record' });
    expect(plan.steps.map((s) => s.id)).toEqual(['english-test', 'hcpc-international', 'visa-gb']);
  });

  it('plans from a blank start without a record', () => {
    expect(planPathway(deps, { target: 'sonographer', in: 'us-oh', asOf: calendarDate('2026-11-26') }).from).toBe('blank');
  });

  it('refuses an unknown role and jurisdiction as one validation error naming both fields, quoting each value and listing the valid ones', () => {
    let error: unknown;
    try {
      planPathway(deps, { target: 'pilot', in: 'mars' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues.map((i) => i.path)).toEqual(['target', 'in']);
    expect(issues[0]?.message).toMatch(/^unknown role "pilot"; valid roles: radiographer, ct-technologist/);
    expect(issues[1]?.message).toMatch(/^unknown jurisdiction "mars"; valid jurisdictions: .*us-tx/);
  });
});
