import { calendarDate, NotFoundError, PERSON_RECORD_FORMAT, type PersonRecord } from '@modality/domain';
import { FakeClock, SequentialIds, fastHasher, openTestStore, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '../auth/session.js';
import { signIn } from '../auth/sign-in.js';
import { signUp } from '../auth/sign-up.js';
import type { MailDeps } from '../deps.js';
import { importRecord } from '../people/record-import.js';
import { personDeadlinesCalendar, recordDeadlines, recordDeadlinesCalendar } from './deadlines.js';

const record: PersonRecord = {
  format: PERSON_RECORD_FORMAT,
  person: { name: 'Ana Reyes', birthDate: calendarDate('1994-05-17'), country: 'US', region: 'us-tx' },
  credentials: [
    { credential: 'arrt:R', earnedOn: calendarDate('2016-07-01'), cycle: { start: calendarDate('2025-05-01'), end: calendarDate('2027-04-30') }, expiresOn: calendarDate('2027-05-31'), status: 'active' },
    { credential: 'us-tx:mrt', earnedOn: calendarDate('2016-09-01'), expiresOn: calendarDate('2027-01-31') },
  ],
};
const clock = new FakeClock('2026-11-26T09:15:42.123Z');

describe('deadlines of a record', () => {
  it('lists every deadline soonest first, with the credential named', () => {
    const list = recordDeadlines({ clock }, { record, asOf: calendarDate('2026-11-26') });
    expect(list.asOf).toBe('2026-11-26');
    expect(list.personName).toBe('Ana Reyes');
    const dues = list.rows.map((r) => r.due);
    expect(dues).toEqual([...dues].sort());
    expect(list.rows.find((r) => r.credential === 'arrt:R')).toMatchObject({ due: '2027-05-31', kind: 'renewal', credentialName: 'ARRT Radiography' });
    expect(list.rows.find((r) => r.credential === 'us-tx:mrt')?.credentialName).toBe('Texas Medical Radiologic Technologist licence');
  });

  it('writes them as iCalendar stamped with the clock, one event per deadline', () => {
    const ics = recordDeadlinesCalendar({ clock }, { record, asOf: calendarDate('2026-11-26'), uidDomain: 'example.test' });
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('DTSTAMP:20261126T091542Z');
    expect(ics).toContain('@example.test');
    const events = ics.split('BEGIN:VEVENT').length - 1;
    expect(events).toBe(recordDeadlines({ clock }, { record, asOf: calendarDate('2026-11-26') }).rows.length);
  });
});

for (const dialect of testDialects()) {
  describe(`a stored person's deadlines [${dialect.name}]`, () => {
    let deps: MailDeps;
    let close: () => Promise<void>;
    beforeAll(async () => {
      const opened = await openTestStore(dialect);
      close = opened.close;
      deps = { store: opened.store, clock, ids: new SequentialIds(), hasher: fastHasher, publicUrl: 'http://modality.test' };
    });
    afterAll(() => close());

    const principalOf = async (email: string) => {
      await signUp(deps, { email, password: 'long-password-1', name: email });
      const { token } = await signIn(deps, { email, password: 'long-password-1' });
      const principal = await authenticate(deps, token);
      if (principal === undefined) throw new Error('no principal');
      return principal;
    };

    it('serves the owner their calendar, named for the person, and hides it from anyone else', async () => {
      const owner = await principalOf('owner@x.test');
      const { personId } = await importRecord(deps, owner, { kind: 'self' }, record);
      const { ics, filename } = await personDeadlinesCalendar(deps, owner, { personId, asOf: calendarDate('2026-11-26') });
      expect(filename).toBe(`deadlines-${personId}.ics`);
      expect(ics).toContain('DTSTART;VALUE=DATE:20270531');
      const stranger = await principalOf('stranger@x.test');
      await expect(personDeadlinesCalendar(deps, stranger, { personId })).rejects.toThrow(NotFoundError);
    });
  });
}
