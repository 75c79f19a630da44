import { PERSON_RECORD_FORMAT, type PersonRecord, calendarDate as d } from '@modality/domain';
import { openTestStore, testDialects } from '@modality/testkit';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';
import { migrateToLatest } from '../migrations/migrations.js';

const full: PersonRecord = {
  format: PERSON_RECORD_FORMAT,
  person: { id: 'p-0001', name: 'Ana Reyes', birthDate: d('1994-05-17'), country: 'US', region: 'us-tx' },
  education: [{ kind: 'program', discipline: 'radiography', award: 'associate', country: 'US', approvedBy: ['arrt', 'jrcert'], startedOn: d('2014-08-25'), completedOn: d('2016-05-10') }],
  credentials: [
    { credential: 'arrt:R', earnedOn: d('2016-07-01'), number: '123456', cycle: { start: d('2025-05-01'), end: d('2027-04-30') }, expiresOn: d('2027-05-31'), status: 'active' },
    { credential: 'arrt:CT', earnedOn: d('2019-03-15') },
  ],
  ce: [
    { title: 'CT dose optimisation', completedOn: d('2026-01-10'), credits: 2.5, category: 'A', kind: 'activity', topics: ['ct', 'radiation-safety'], contentCategory: 'Safety', forCredential: 'arrt:CT' },
    { title: 'Physics', completedOn: d('2026-02-01'), kind: 'academic', quarterCredits: 4 },
  ],
  clinical: [
    { procedure: 'ct:head', performedOn: d('2026-03-01'), count: 3, hours: 1.5, verifiedBy: 'J. Smith', simulated: false },
    { procedure: 'ct:chest', performedOn: d('2026-03-02'), simulated: true },
  ],
  exams: [{ exam: 'arrt:CT', windowStart: d('2026-06-01'), takenOn: d('2026-07-01'), result: 'fail' }],
};

for (const dialect of testDialects()) {
  describe(`person repository [${dialect.name}]`, () => {
    let store: KyselyStore;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ store, close } = await openTestStore(dialect));
    });
    afterAll(() => close());

    it('stores a full record and reads back the same document, every optional field included', async () => {
      await store.people.create({ id: 'psn_1', ownerUserId: null, createdAt: '2026-11-26T00:00:00Z' });
      await store.people.replaceRecord('psn_1', full, 'h1', '2026-11-26T00:00:01Z');
      expect(await store.people.getRecord('psn_1')).toEqual(full);
      const row = await store.people.findById('psn_1');
      expect(row).toMatchObject({ name: 'Ana Reyes', externalId: 'p-0001', recordHash: 'h1', credentials: ['arrt:R', 'arrt:CT'] });
    });

    it('rebuilds the same document from the rows when the stored document is absent (records from before migration 003)', async () => {
      await store.people.create({ id: 'psn_old', ownerUserId: null, createdAt: 't' });
      await store.people.replaceRecord('psn_old', full, 'h', 't');
      await store.db.updateTable('people').set({ record_json: null }).where('id', '=', 'psn_old').execute();
      expect(await store.people.getRecord('psn_old')).toEqual(full);
    });

    it('keeps absent lists absent and empty lists empty, and replaces the previous record entirely', async () => {
      const minimal: PersonRecord = { format: PERSON_RECORD_FORMAT, person: { name: 'Min', birthDate: d('2000-01-01'), country: 'GB' }, ce: [] };
      await store.people.replaceRecord('psn_1', minimal, 'h2', '2026-11-26T00:00:02Z');
      expect(await store.people.getRecord('psn_1')).toEqual({ ...minimal, person: { ...minimal.person, id: 'psn_1' } });
      const leftovers = await store.db.selectFrom('credentials').select('credential').where('person_id', '=', 'psn_1').execute();
      expect(leftovers).toEqual([]);
    });

    it('pages people by id with an exclusive cursor', async () => {
      await store.users.insert({ id: 'usr_a', email: 'a@x.test', name: 'A', passwordHash: 'x', isAdmin: false, createdAt: 't' });
      await store.users.insert({ id: 'usr_b', email: 'b@x.test', name: 'B', passwordHash: 'x', isAdmin: false, createdAt: 't' });
      await store.people.create({ id: 'psn_a', ownerUserId: 'usr_a', createdAt: 't' });
      await store.people.create({ id: 'psn_b', ownerUserId: 'usr_b', createdAt: 't' });
      const first = await store.people.listByOwners(['usr_a', 'usr_b'], { limit: 1 });
      expect(first.map((p) => p.id)).toEqual(['psn_a']);
      const second = await store.people.listByOwners(['usr_a', 'usr_b'], { limit: 5, after: 'psn_a' });
      expect(second.map((p) => p.id)).toEqual(['psn_b']);
    });

    it('rolls a failed transaction back completely', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.people.replaceRecord('psn_1', full, 'h3', 't');
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect((await store.people.findById('psn_1'))?.recordHash).toBe('h2');
      expect(await store.db.selectFrom('ce_activities').select('title').where('person_id', '=', 'psn_1').execute()).toEqual([]);
    });

    it('refuses to update or delete audit entries (append-only in the database itself)', async () => {
      await store.audit.append({ at: 't', actorUserId: null, organisationId: null, action: 'x', subjectPersonId: 'psn_1', details: { a: 1 } });
      expect(await store.audit.listForPerson('psn_1', 10)).toEqual([{ at: 't', actorUserId: null, organisationId: null, action: 'x', subjectPersonId: 'psn_1', details: { a: 1 } }]);
      await expect(sql`UPDATE audit_log SET action = 'y'`.execute(store.db)).rejects.toThrow(/append-only/);
      await expect(sql`DELETE FROM audit_log`.execute(store.db)).rejects.toThrow(/append-only/);
    });

    it('migrating an up-to-date database applies nothing', async () => {
      const again = await migrateToLatest(store.db, store.dialect);
      expect(again.results).toEqual([]);
    });
  });
}
