import { calendarDate } from '@modality/domain';
import { CREDENTIAL_CATALOGUE } from '@modality/knowledge';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { deadlinesToIcs } from './ics.js';
import { DEADLINE_KINDS, type Verdict } from './verdict.js';

/** What a TEXT value must read as after a round trip: every line break is one LF, other controls are gone. */
const expected = (s: string): string => s.replace(/\r\n|\r|\n/g, '\n').replace(/[\x00-\x08\x0B-\x1F\x7F]/g, ''); // eslint-disable-line no-control-regex

/** Text with the characters RFC 5545 escapes, line breaks of every kind, controls, and multi-byte characters. */
const nastyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\\', ';', ',', '\r', '\n', '\r\n', '\t', '\u0000', '\u001f', ':', '"', 'é', '🩻', 'ß', '中'),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
  maxLength: 200,
});

const day = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => calendarDate(d.toISOString().slice(0, 10)));
const holdable = CREDENTIAL_CATALOGUE.filter((c) => c.kind !== 'examination').map((c) => c.code);

const verdictArb: fc.Arbitrary<Verdict> = fc.record({
  asOf: day,
  compliance: fc.array(
    fc.record({
      credential: fc.constantFrom(...holdable),
      status: fc.constantFrom('compliant', 'in-progress', 'at-risk', 'noncompliant', 'not-applicable'),
      cycles: fc.constant([]),
      deadlines: fc.array(fc.record({ kind: fc.constantFrom(...DEADLINE_KINDS), due: day }), { maxLength: 3 }),
      warnings: fc.array(nastyText, { maxLength: 3 }),
      sources: fc.array(nastyText, { maxLength: 2 }),
    }),
    { maxLength: 4 },
  ),
  eligibility: fc.constant([]),
});

const octets = (s: string): number => new TextEncoder().encode(s).length;

describe('deadlinesToIcs against ical.js on generated text', () => {
  it('parses back to the same names, descriptions, dates and alarms, with every line within 75 octets', () => {
    fc.assert(
      fc.property(verdictArb, nastyText, fc.subarray([0, 1, 7, 30]), (verdict, personName, alarmDaysBefore) => {
        const text = deadlinesToIcs(verdict, { dtstamp: '2026-11-26T09:00:00Z', uidDomain: 'modality.example', personName, alarmDaysBefore, refreshHours: 12 });
        for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
        expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
        // ical.js keeps an X- property's value raw (its type is unknown to it), so undo the TEXT escapes here.
        const calname = String(cal.getFirstPropertyValue('x-wr-calname')).replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
        expect(calname).toBe(expected(`Modality deadlines: ${personName}`));
        const events = cal.getAllSubcomponents('vevent');
        const uids = new Set<string>();
        const wanted = verdict.compliance.flatMap((c) => c.deadlines.map((d) => ({ c, d }))).filter(({ c, d }) => {
          const uid = `${d.kind}-${c.credential.replace(/[^A-Za-z0-9-]/g, '-')}-${d.due}`;
          return uids.has(uid) ? false : (uids.add(uid), true);
        });
        expect(events).toHaveLength(wanted.length);
        events.forEach((component, i) => {
          const want = wanted[i];
          if (want === undefined) throw new Error('more events than deadlines');
          const event = new ICAL.Event(component);
          expect(event.startDate.toString()).toBe(want.d.due);
          const lines = event.description.split('\n');
          expect(lines[0]?.startsWith(`${want.c.credential}: `) && lines[0].endsWith(` on ${want.d.due}.`)).toBe(true);
          expect(lines[1]).toBe(`Status on ${verdict.asOf}: ${want.c.status}.`);
          expect(event.description).toBe(expected([lines[0] ?? '', lines[1] ?? '', ...want.c.warnings, ...want.c.sources.map((s) => `Source: ${s}`)].join('\n')));
          const triggers = component.getAllSubcomponents('valarm').map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds());
          expect(triggers).toEqual([...alarmDaysBefore].sort((a, b) => b - a).map((n) => (n === 0 ? 0 : -n * 86_400)));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('escapes a lone carriage return (it used to pass through raw and end the line)', () => {
    const verdict: Verdict = {
      asOf: '2026-11-26' as Verdict['asOf'],
      compliance: [{ credential: 'arrt:R', status: 'in-progress', cycles: [], deadlines: [{ kind: 'renewal', due: '2027-05-31' as Verdict['asOf'] }], warnings: ['first\rsecond'], sources: [] }],
      eligibility: [],
    };
    const text = deadlinesToIcs(verdict, { dtstamp: '2026-11-26T09:00:00Z', uidDomain: 'x.example', personName: 'A\rB' });
    expect(text).toContain('X-WR-CALNAME:Modality deadlines: A\\nB');
    expect(text.replace(/\r\n/g, '')).not.toContain('\r');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent') ?? undefined);
    expect(event.description.split('\n').slice(2)).toEqual(['first', 'second']);
  });
});
