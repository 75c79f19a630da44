import { addToDate, calendarDate, PERSON_RECORD_FORMAT, type PersonRecord } from '@modality/domain';
import { evaluate } from '@modality/rules';
import { FakeClock, SequentialIds, fastHasher, openTestStore, testDialects } from '@modality/testkit';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailDeps } from '../deps.js';
import { enqueueRenewalReminders, reminderWindow, REMINDER_DAYS } from './renewal-reminders.js';

const record = (id: string): PersonRecord => ({
  format: PERSON_RECORD_FORMAT,
  person: { id, name: 'Rae Minder', birthDate: calendarDate('1990-09-09'), country: 'US', region: 'us-ny' },
  credentials: [{ credential: 'us-ny:radiography', earnedOn: calendarDate('2012-09-01'), expiresOn: calendarDate('2028-09-30') }],
  ce: [],
  exams: [],
});

describe('reminderWindow', () => {
  it('is the smallest chosen day at or above the days left, and nothing once the deadline passed', () => {
    expect(reminderWindow(95, REMINDER_DAYS)).toBeUndefined();
    expect(reminderWindow(90, REMINDER_DAYS)).toBe(90);
    expect(reminderWindow(31, REMINDER_DAYS)).toBe(90);
    expect(reminderWindow(30, REMINDER_DAYS)).toBe(30);
    expect(reminderWindow(5, REMINDER_DAYS)).toBe(7);
    expect(reminderWindow(0, REMINDER_DAYS)).toBe(7);
    expect(reminderWindow(-1, REMINDER_DAYS)).toBeUndefined();
    expect(reminderWindow(20, [7])).toBeUndefined();
  });

  it('never grows as the deadline comes nearer (a later run can only reach a smaller window)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), fc.subarray([...REMINDER_DAYS]), (a, b, chosen) => {
        const [near, far] = a <= b ? [a, b] : [b, a];
        const wFar = reminderWindow(far, chosen);
        const wNear = reminderWindow(near, chosen);
        return wFar === undefined || (wNear !== undefined && wNear <= wFar);
      }),
    );
  });
});

for (const dialect of testDialects()) {
  describe(`renewal reminders through the outbox (fake clock) [${dialect.name}]`, () => {
    let deps: MailDeps & { clock: FakeClock };
    let close: () => Promise<void>;
    const due = (() => {
      const first = evaluate(record('x'), calendarDate('2028-01-01')).compliance.flatMap((c) => c.deadlines)[0];
      if (first === undefined) throw new Error('the test record has no deadline');
      return first.due;
    })();
    const mailsTo = async (to: string) => (await deps.store.mailOutbox.listRecent(100)).filter((m) => m.to === to && m.subject.includes(due));
    const runOn = async (daysBefore: number) => {
      deps.clock.advance(Date.parse(`${addToDate(due, { days: -daysBefore })}T06:00:00Z`) - deps.clock.now().getTime());
      return enqueueRenewalReminders(deps);
    };

    beforeAll(async () => {
      const opened = await openTestStore(dialect);
      close = opened.close;
      deps = { store: opened.store, clock: new FakeClock('2028-01-01T06:00:00Z'), ids: new SequentialIds(), hasher: fastHasher, publicUrl: 'https://modality.test' };
      const now = deps.clock.now().toISOString();
      for (const [user, email] of [['usr_all', 'all@example.org'], ['usr_week', 'week@example.org'], ['usr_none', 'none@example.org']] as const) {
        await deps.store.users.insert({ id: user, email, name: email, passwordHash: 'x', isAdmin: false, createdAt: now });
        await deps.store.people.create({ id: `psn_${user}`, ownerUserId: user, createdAt: now });
        await deps.store.people.replaceRecord(`psn_${user}`, record(user), 'hash', now);
      }
      await deps.store.reminderSettings.set('usr_week', [7], now);
      await deps.store.reminderSettings.set('usr_none', [], now);
    });
    afterAll(() => close());

    it('mails at 90, 30 and 7 days before, once each however often it runs, as each person chose', async () => {
      await runOn(95);
      expect(await mailsTo('all@example.org')).toHaveLength(0);
      await runOn(90);
      await runOn(90);
      expect(await mailsTo('all@example.org')).toHaveLength(1);
      await runOn(60);
      expect(await mailsTo('all@example.org')).toHaveLength(1);
      await runOn(30);
      expect(await mailsTo('all@example.org')).toHaveLength(2);
      expect(await mailsTo('week@example.org')).toHaveLength(0);
      // The job missed the 7-day day: the 5-day run sends the 7-day reminder, once.
      await runOn(5);
      await runOn(4);
      const all = await mailsTo('all@example.org');
      expect(all).toHaveLength(3);
      expect(all[0]?.subject).toContain('in 5 days');
      expect(all[0]?.text).toContain('https://modality.test/credentials');
      expect(all[0]?.text).not.toMatch(/us-ny:|psn_|usr_/);
      expect(await mailsTo('week@example.org')).toHaveLength(1);
      expect(await mailsTo('none@example.org')).toHaveLength(0);
      await runOn(-1);
      expect(await mailsTo('all@example.org')).toHaveLength(3);
    });
  });
}
