import { describe, expect, it } from 'vitest';
import { addToDate, daysBetween, endOfMonth, isCalendarDate, calendarDate } from './calendar-date.js';

describe('calendar dates', () => {
  it('accepts real dates and rejects impossible or malformed ones', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate('2026-01-01T00:00')).toBe(false);
  });

  it('adds months clamping to the month end, and counts days across a leap year', () => {
    expect(addToDate(calendarDate('2024-01-31'), { months: 1 })).toBe('2024-02-29');
    expect(daysBetween(calendarDate('2024-01-01'), calendarDate('2025-01-01'))).toBe(366);
    expect(endOfMonth(calendarDate('2023-02-10'))).toBe('2023-02-28');
  });
});
