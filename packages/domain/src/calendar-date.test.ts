import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './calendar-date.js';

describe('calendar dates', () => {
  it('accepts real dates and rejects impossible or malformed ones', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate('2026-01-01T00:00')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('0000-01-01')).toBe(false);
  });

  it('agrees with Temporal on every day from 1899 to 2101 and on impossible ones', () => {
    for (let y = 1899; y <= 2101; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 28; d <= 32; d++) {
          const text = `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          let real = true;
          try {
            Temporal.PlainDate.from(text, { overflow: 'reject' });
          } catch {
            real = false;
          }
          expect(isCalendarDate(text), text).toBe(real);
        }
      }
    }
  });
});
