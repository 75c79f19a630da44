import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addToDate,
  addYears,
  daysInMonth,
  diffDays,
  endOfMonth,
  fromEpochDay,
  isLeapYear,
  monthEnd,
  toEpochDay,
  ymd,
} from './calendar-arithmetic.js';
import { calendarDate, type CalendarDate } from './calendar-date.js';

// Temporal is the oracle: the dates are made by it, and every answer is compared with its own.
const plainDateArb = fc
  .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map((parts) => Temporal.PlainDate.from(parts, { overflow: 'constrain' }));
const EPOCH = Temporal.PlainDate.from('1970-01-01');
const text = (d: Temporal.PlainDate): CalendarDate => d.toString() as CalendarDate;
const RUNS = { numRuns: 2000 };

describe('calendar arithmetic agrees with Temporal.PlainDate (1900–2200)', () => {
  it('numbers days from 1970-01-01, and the day number round-trips', () => {
    fc.assert(
      fc.property(plainDateArb, (d) => {
        const n = toEpochDay(text(d));
        expect(n).toBe(EPOCH.until(d, { largestUnit: 'days' }).days);
        expect(fromEpochDay(n)).toBe(text(d));
      }),
      RUNS,
    );
    const first = toEpochDay(calendarDate('1900-01-01'));
    const last = toEpochDay(calendarDate('2200-12-31'));
    fc.assert(fc.property(fc.integer({ min: first, max: last }), (n) => toEpochDay(fromEpochDay(n)) === n && fromEpochDay(n) === text(EPOCH.add({ days: n }))), RUNS);
  });

  it('adds days and counts the days between two dates', () => {
    fc.assert(fc.property(plainDateArb, fc.integer({ min: -40000, max: 40000 }), (d, n) => addDays(text(d), n) === text(d.add({ days: n }))), RUNS);
    fc.assert(fc.property(plainDateArb, plainDateArb, (a, b) => diffDays(text(a), text(b)) === a.until(b, { largestUnit: 'days' }).days), RUNS);
  });

  it('adds months and years, clamping to the end of shorter months', () => {
    fc.assert(fc.property(plainDateArb, fc.integer({ min: -1200, max: 1200 }), (d, n) => addMonths(text(d), n) === text(d.add({ months: n }))), RUNS);
    fc.assert(fc.property(plainDateArb, fc.integer({ min: -100, max: 100 }), (d, n) => addYears(text(d), n) === text(d.add({ years: n }))), RUNS);
    // One sign for the whole amount: a Temporal duration cannot mix them.
    const magnitude = fc.record({ years: fc.integer({ min: 0, max: 50 }), months: fc.integer({ min: 0, max: 30 }), days: fc.integer({ min: 0, max: 800 }) }, { requiredKeys: [] });
    const amount = fc.tuple(fc.constantFrom(1, -1), magnitude).map(([sign, m]) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, sign * v])) as typeof m);
    fc.assert(fc.property(plainDateArb, amount, (d, a) => addToDate(text(d), a) === text(d.add({ days: 0, ...a }))), RUNS);
  });

  it('knows month lengths, leap years and month ends', () => {
    fc.assert(
      fc.property(plainDateArb, (d) => {
        expect(daysInMonth(d.year, d.month)).toBe(d.daysInMonth);
        expect(isLeapYear(d.year)).toBe(d.inLeapYear);
        expect(endOfMonth(text(d))).toBe(text(d.with({ day: d.daysInMonth })));
        expect(monthEnd(d.year, d.month)).toBe(endOfMonth(text(d)));
        expect(ymd(d.year, d.month, d.day)).toBe(text(d));
      }),
      RUNS,
    );
  });

  it('gets the well-known cases right', () => {
    expect(addToDate(calendarDate('2024-01-31'), { months: 1 })).toBe('2024-02-29');
    expect(addMonths(calendarDate('2023-01-31'), 1)).toBe('2023-02-28');
    expect(addYears(calendarDate('2024-02-29'), 1)).toBe('2025-02-28');
    expect(addToDate(calendarDate('2024-01-31'), { months: 1, days: 1 })).toBe('2024-03-01');
    expect(diffDays(calendarDate('2024-01-01'), calendarDate('2025-01-01'))).toBe(366);
    expect(diffDays(calendarDate('2025-01-01'), calendarDate('2024-01-01'))).toBe(-366);
    expect(endOfMonth(calendarDate('2023-02-10'))).toBe('2023-02-28');
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(toEpochDay(calendarDate('1970-01-01'))).toBe(0);
    expect(toEpochDay(calendarDate('2020-01-01'))).toBe(18262);
    expect(fromEpochDay(-1)).toBe('1969-12-31');
    expect(ymd(2026, 2, 3)).toBe('2026-02-03');
    expect(ymd(999, 12, 31)).toBe('0999-12-31');
  });
});
