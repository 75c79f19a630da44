import { calendarDate as d } from '@modality/domain';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { deadlinesToIcs, foldLine } from './ics.js';
import { catA, record } from './testing/records.js';

const verdict = evaluate(
  record({
    credentials: [
      { credential: 'arrt:R', earnedOn: '2017-01-15' },
      { credential: 'us-tx:mrt', earnedOn: '2016-08-01', expiresOn: '2027-02-28' },
    ],
    ce: [catA('2025-06-01', 12)],
  }),
  d('2026-11-26'),
);

const octets = (s: string): number => new TextEncoder().encode(s).length;

describe('deadlinesToIcs', () => {
  const text = deadlinesToIcs(verdict, { dtstamp: '2026-11-26T09:00:00Z', uidDomain: 'modality.example', personName: 'Ana Reyes, R.T.(R)' });

  it('parses with ical.js: one all-day VEVENT per deadline', () => {
    const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const events = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    const expected = verdict.compliance.flatMap((c) => c.deadlines.map((x) => x.due.replace(/-/g, '')));
    expect(expected.length).toBe(3);
    expect(events.map((e) => e.startDate.toString().replace(/-/g, ''))).toEqual(expected);
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
    expect(events[0]?.summary).toBe('ARRT Radiography: CQR due');
    expect(events[0]?.uid).toBe('cqr-arrt-R-2027-01-14@modality.example');
    expect(text).toContain('X-WR-CALNAME:Modality deadlines: Ana Reyes\\, R.T.(R)');
    expect(events[1]?.description).toContain('Source: https://www.arrt.org/pages/resources/maintaining-credentials/annual-renewal');
    expect(events[1]?.description.split('\n')[0]).toBe('arrt:R: renewal due on 2027-05-31.');
  });

  it('uses CRLF line endings and folds lines at 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(text).toContain('DTSTART;VALUE=DATE:20270531');
  });

  it('folds without splitting a multi-byte character', () => {
    const long = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(long);
  });

  it('gives an empty calendar for a verdict without deadlines', () => {
    const empty = deadlinesToIcs({ asOf: d('2026-11-26'), compliance: [], eligibility: [] }, { dtstamp: '20261126T090000Z', uidDomain: 'x.example' });
    expect(new ICAL.Component(ICAL.parse(empty) as unknown[]).getAllSubcomponents('vevent')).toHaveLength(0);
  });
});
