import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFromMatchDay, matchDay } from './match-day.js';

describe('match days', () => {
  it('count whole days from 2020-01-01 and turn back into the same date', () => {
    expect(matchDay('2020-01-01')).toBe(0);
    expect(matchDay('2021-01-01')).toBe(366);
    expect(matchDay('2019-12-31')).toBe(-1);
    expect(isoFromMatchDay(65535)).toBe('2199-06-06');
    fc.assert(fc.property(fc.integer({ min: 0, max: 65535 }), (day) => matchDay(isoFromMatchDay(day)) === day));
  });

  it('refuse text that is not a YYYY-MM-DD date', () => {
    expect(() => matchDay('2026-1-01')).toThrow(RangeError);
    expect(() => matchDay('26 November 2026')).toThrow('not a calendar date: 26 November 2026');
  });
});
