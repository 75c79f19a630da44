import { calendarDate as d } from '@modality/domain';
import { findRule } from '@modality/knowledge';
import { describe, expect, it } from 'vitest';
import { arrtBiennium, arrtFirstRegistrationEnd, arrtProbationEnd, arrtReinstatement, arrtRenewalDue, arrtRenewalWindowOpens } from './arrt-biennium.js';

const reinstatement = findRule('arrt.reinstatement', 'reinstatement', d('2026-11-26'));
if (reinstatement === undefined) throw new Error('rule arrt.reinstatement missing');
const P = reinstatement.params;

describe('ARRT biennium (first day of the birth month → last day of the month before it, two years later)', () => {
  it('runs 2025-05-01..2027-04-30 for a May birthday', () => {
    const b = arrtBiennium({ birthMonth: 5, earnedOn: d('2016-07-01'), asOf: d('2026-11-26'), lengthMonths: 24, firstRegistrationMinMonths: 2 });
    expect(b).toEqual({ start: '2025-05-01', end: '2027-04-30', inferred: true });
  });
  it('rolls on every 24 months and ends the day before the next starts', () => {
    const a = arrtBiennium({ birthMonth: 5, earnedOn: d('2016-07-01'), asOf: d('2027-04-30'), lengthMonths: 24, firstRegistrationMinMonths: 2 });
    const b = arrtBiennium({ birthMonth: 5, earnedOn: d('2016-07-01'), asOf: d('2027-05-01'), lengthMonths: 24, firstRegistrationMinMonths: 2 });
    expect(a.end).toBe('2027-04-30');
    expect(b).toMatchObject({ start: '2027-05-01', end: '2029-04-30' });
  });
  it('lets the cycle the record gives win, shifted by whole bienniums', () => {
    const given = { start: d('2024-03-01'), end: d('2026-02-28') };
    expect(arrtBiennium({ birthMonth: 5, earnedOn: d('2016-07-01'), asOf: d('2025-01-01'), lengthMonths: 24, firstRegistrationMinMonths: 2, given })).toEqual({ ...given, inferred: false });
    expect(arrtBiennium({ birthMonth: 5, earnedOn: d('2016-07-01'), asOf: d('2026-03-01'), lengthMonths: 24, firstRegistrationMinMonths: 2, given })).toMatchObject({ start: '2026-03-01', end: '2028-02-29' });
  });
  it('handles a January birthday (the biennium ends on 31 December)', () => {
    expect(arrtBiennium({ birthMonth: 1, earnedOn: d('2020-06-15'), asOf: d('2022-06-01'), lengthMonths: 24, firstRegistrationMinMonths: 2 })).toMatchObject({ start: '2021-01-01', end: '2022-12-31' });
  });
});

describe('ARRT first registration and annual renewal', () => {
  it('runs the first registration to the end of the next birth month', () => {
    expect(arrtFirstRegistrationEnd(d('2016-07-01'), 5, 2)).toBe('2017-05-31');
    expect(arrtFirstRegistrationEnd(d('2016-03-31'), 5, 2)).toBe('2016-05-31');
  });
  it('moves it a year on when the next birth month is less than 2 months away', () => {
    expect(arrtFirstRegistrationEnd(d('2016-04-15'), 5, 2)).toBe('2017-05-31');
    expect(arrtFirstRegistrationEnd(d('2016-05-10'), 5, 2)).toBe('2017-05-31');
  });
  it('is due on the last day of the birth month', () => {
    expect(arrtRenewalDue(d('2026-11-26'), 5, d('2017-05-31'))).toBe('2027-05-31');
    expect(arrtRenewalDue(d('2026-05-31'), 5, d('2017-05-31'))).toBe('2026-05-31');
    expect(arrtRenewalDue(d('2024-02-01'), 2, d('2017-02-28'))).toBe('2024-02-29');
    expect(arrtRenewalDue(d('2016-08-01'), 5, d('2017-05-31'))).toBe('2017-05-31');
  });
  it('opens the window 2 months before the birth month (March birthday → 1 January)', () => {
    expect(arrtRenewalWindowOpens(d('2027-03-31'), 2)).toBe('2027-01-01');
    expect(arrtRenewalWindowOpens(d('2027-01-31'), 2)).toBe('2026-11-01');
  });
});

describe('ARRT probation and reinstatement', () => {
  it('runs probation for 6 months, retroactive to the end of the biennium', () => {
    expect(arrtProbationEnd(d('2025-04-30'), 6)).toBe('2025-10-31');
    expect(arrtProbationEnd(d('2026-08-31'), 6)).toBe('2027-02-28');
  });
  it('(a) reinstates online while still within the biennium', () => {
    expect(arrtReinstatement({ asOf: d('2026-07-01'), bienniumEnd: d('2027-04-30'), ceDone: false }, P)).toEqual({ route: 'online-within-biennium', until: '2027-04-30' });
  });
  it('(b) reinstates online less than 6 months after the biennium with the CE done', () => {
    expect(arrtReinstatement({ asOf: d('2025-07-01'), bienniumEnd: d('2025-04-30'), ceDone: true }, P)).toEqual({ route: 'online-ce-done', until: '2025-10-31' });
  });
  it('(c) reinstates online on probation when the CE is not done', () => {
    expect(arrtReinstatement({ asOf: d('2025-10-31'), bienniumEnd: d('2025-04-30'), ceDone: false }, P)).toEqual({ route: 'online-with-probation', until: '2025-10-31' });
  });
  it('(d) gives 1 year after the CQR window closes', () => {
    expect(arrtReinstatement({ asOf: d('2027-06-30'), bienniumEnd: d('2027-04-30'), ceDone: true, cqrWindowClosedOn: d('2026-06-30') }, P)).toEqual({ route: 'online-cqr', until: '2027-06-30' });
    expect(arrtReinstatement({ asOf: d('2027-07-01'), bienniumEnd: d('2027-04-30'), ceDone: true, cqrWindowClosedOn: d('2026-06-30') }, P).route).toBe('re-examination');
  });
  it('otherwise requires re-examination', () => {
    expect(arrtReinstatement({ asOf: d('2025-11-01'), bienniumEnd: d('2025-04-30'), ceDone: true }, P)).toEqual({ route: 're-examination', until: null });
  });
});
