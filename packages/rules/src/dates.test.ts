import { addToDate, calendarDate, daysBetween, endOfMonth, type CalendarDate } from '@modality/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, diffDays, fromEpochDay, monthEnd, toEpochDay, ymd } from './dates.js';

const dateArb = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10) as CalendarDate);

describe('fast calendar arithmetic agrees with the domain (Temporal) helpers', () => {
  it('adds months with month-end clamping', () => {
    fc.assert(fc.property(dateArb, fc.integer({ min: -600, max: 600 }), (d, n) => addMonths(d, n) === addToDate(d, { months: n })));
    expect(addMonths(calendarDate('2024-01-31'), 1)).toBe('2024-02-29');
  });
  it('adds days and counts days', () => {
    fc.assert(fc.property(dateArb, fc.integer({ min: -40000, max: 40000 }), (d, n) => addDays(d, n) === addToDate(d, { days: n })));
    fc.assert(fc.property(dateArb, dateArb, (a, b) => diffDays(a, b) === daysBetween(a, b)));
    fc.assert(fc.property(dateArb, (d) => fromEpochDay(toEpochDay(d)) === d));
  });
  it('finds month ends', () => {
    fc.assert(fc.property(dateArb, (d) => monthEnd(Number(d.slice(0, 4)), Number(d.slice(5, 7))) === endOfMonth(d)));
    expect(ymd(2026, 2, 3)).toBe('2026-02-03');
  });
});
