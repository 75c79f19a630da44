import { calendarDate as d } from '@modality/domain';
import { warningOf } from './testing/warnings.js';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { record } from './testing/records.js';

const cnmt = { credential: 'nmtcb:CNMT', earnedOn: '2015-06-10', cycle: { start: '2025-05-01', end: '2027-04-30' } };

describe('NMTCB CE', () => {
  it('asks a CNMT 24 hours per 2-year cycle', () => {
    const e = evaluate(record({ credentials: [cnmt], ce: [{ completedOn: '2025-06-01', credits: 10 }] }), d('2026-11-26')).compliance[0];
    expect(e?.cycles[0]).toEqual({ rule: 'nmtcb.ce.cnmt', start: '2025-05-01', end: '2027-04-30', required: 24, earned: 10, remaining: 14, minimums: [] });
    expect(e?.warnings).toEqual([]);
  });
  it('asks 12 CT-specific hours within them of an NMTCB(CT) holder', () => {
    const v = evaluate(record({ credentials: [cnmt, { credential: 'nmtcb:CT', earnedOn: '2018-01-01' }], ce: [{ completedOn: '2025-06-01', credits: 20 }, { completedOn: '2025-07-01', credits: 5, topics: ['ct'] }] }), d('2026-11-26'));
    expect(v.compliance[0]?.cycles[0]).toMatchObject({ required: 24, earned: 25, minimums: [{ topic: 'ct', required: 12, earned: 5, remaining: 7 }] });
    expect(v.compliance[1]?.cycles[0]).toMatchObject({ rule: 'nmtcb.ce.ct', required: 12, earned: 5, remaining: 7 });
  });
  it('places the cycle from the birth month when the record gives none, with an unconfirmed warning', () => {
    const e = evaluate(record({ credentials: [{ credential: 'nmtcb:CNMT', earnedOn: '2015-06-10' }] }), d('2026-11-26')).compliance[0];
    expect(e?.cycles[0]).toMatchObject({ start: '2026-05-01', end: '2028-04-30' });
    expect(e?.warnings).toContain(warningOf('nmtcb.ce.first-cycle'));
  });
});

describe('NMTCB(CT) eligibility (2016 text)', () => {
  it('needs 500 clinical hours and 35 contact hours with 4 in each of 4 topics within 3 years', () => {
    const base = { credentials: [cnmt] };
    const e = evaluate(record({ ...base, clinical: [{ procedure: 'ct:head', performedOn: '2026-01-01', hours: 300 }, { procedure: 'pet-ct:whole-body', performedOn: '2023-11-26', hours: 400 }], ce: [{ completedOn: '2026-01-01', credits: 30, topics: ['ct', 'contrast-administration'] }, { completedOn: '2026-02-01', credits: 3, topics: ['x-ray-physics'] }] }), d('2026-11-26'), { target: 'nmtcb:CT' }).eligibility[0];
    expect(e?.missing).toEqual([
      { rule: 'nmtcb.ct.clinical-hours', what: 'clinical hours in PET/CT, SPECT/CT or CT since 2023-11-27', need: 500, have: 300, unit: 'hours' },
      { rule: 'nmtcb.ct.didactic-hours', what: 'CT contact hours since 2023-11-27', need: 35, have: 33, unit: 'hours' },
      { rule: 'nmtcb.ct.didactic-hours', what: 'contact hours in cross-sectional anatomy', need: 4, have: 0, unit: 'hours' },
      { rule: 'nmtcb.ct.didactic-hours', what: 'contact hours in X-ray physics', need: 4, have: 3, unit: 'hours' },
      { rule: 'nmtcb.ct.didactic-hours', what: 'contact hours in CT radiation safety', need: 4, have: 0, unit: 'hours' },
    ]);
  });
  it('flags the base-credential list as unconfirmed for a radiographer', () => {
    const e = evaluate(record({ credentials: [{ credential: 'arrt:R', earnedOn: '2015-01-01' }] }), d('2026-11-26'), { target: 'nmtcb:CT' }).eligibility[0];
    expect(e?.missing[0]).toMatchObject({ rule: 'nmtcb.ct.base-credential', unit: 'credentials' });
    expect(e?.missing[0]?.what).toContain('(not confirmed here)');
  });
  it('checks CNMT eligibility within 5 years of the program', () => {
    const p = { kind: 'program' as const, discipline: 'nuclear-medicine' as const, award: 'bachelor' as const, country: 'US', approvedBy: ['jrcnmt' as const], completedOn: '2020-05-01' };
    expect(evaluate(record({ education: [p] }), d('2025-05-01'), { target: 'nmtcb:CNMT' }).eligibility[0]?.eligible).toBe(true);
    expect(evaluate(record({ education: [p] }), d('2025-05-02'), { target: 'nmtcb:CNMT' }).eligibility[0]?.eligible).toBe(false);
  });
});
