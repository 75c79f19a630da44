import { calendarDate as d } from '@modality/domain';
import { findRule } from '@modality/knowledge';
import { describe, expect, it } from 'vitest';
import { cqrApplies, cqrPeriod } from './cqr.js';

const rule = findRule('arrt.cqr', 'cqr', d('2026-11-26'));
if (rule === undefined) throw new Error('rule arrt.cqr missing');
const P = rule.params;

describe('ARRT CQR', () => {
  it('applies to credentials earned on or after 1 Jan 2011 and to every R.R.A.', () => {
    expect(cqrApplies('arrt:R', d('2010-12-31'), P)).toBe(false);
    expect(cqrApplies('arrt:R', d('2011-01-01'), P)).toBe(true);
    expect(cqrApplies('arrt:RRA', d('2005-06-01'), P)).toBe(true);
  });
  it('runs 10 years per credential with the window in the last 3 and 1 year to reinstate', () => {
    expect(cqrPeriod(d('2016-07-01'), d('2024-01-01'), P, 1)).toEqual({ start: '2016-07-01', end: '2026-06-30', windowOpens: '2023-07-01', reinstateBy: '2027-06-30' });
  });
  it('starts the next 10-year period when one ends', () => {
    expect(cqrPeriod(d('2016-07-01'), d('2026-07-01'), P, 1)).toMatchObject({ start: '2026-07-01', end: '2036-06-30', windowOpens: '2033-07-01' });
  });
});
