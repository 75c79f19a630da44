import type { CandidateProfileRow } from '@modality/app';
import { calendarDate, PERSON_RECORD_FORMAT } from '@modality/domain';
import { openTestStore, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';

const at = '2026-11-30T09:00:00.000Z';
const profile = (personId: string, enabled = true): CandidateProfileRow => ({
  personId,
  handle: `C-${personId}`,
  enabled,
  visibility: 'all-recruiters',
  preferences: { places: [], relocate: false, travel: false, shifts: [], payFloor: null, startDate: null, workAuthorisation: [] },
  createdAt: at,
  updatedAt: at,
});

for (const dialect of testDialects()) {
  describe(`the candidate change feed [${dialect.name}]`, () => {
    let store: KyselyStore;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ store, close } = await openTestStore(dialect));
    });
    afterAll(() => close());

    // On PostgreSQL a read may name a person again while any transaction in the cluster that began before
    // their change is still open (other databases' too): "exactly" holds on SQLite, "at least" on both.
    const exact = dialect.name === 'sqlite';
    const expectNames = (got: string[], want: string[]) => (exact ? expect(got).toEqual(want) : expect(got).toEqual(expect.arrayContaining(want)));

    it('names each person whose profile or record changed after the cursor', async () => {
      await store.people.create({ id: 'p-before', ownerUserId: null, createdAt: at });
      const cursor = await store.profiles.feedCursor();
      expectNames((await store.profiles.changesAfter(cursor)).personIds, []);
      await store.people.create({ id: 'p-1', ownerUserId: null, createdAt: at });
      await store.profiles.save(profile('p-1'));
      await store.people.create({ id: 'p-2', ownerUserId: null, createdAt: at });
      const first = await store.profiles.changesAfter(cursor);
      expectNames([...new Set(first.personIds)].sort(), ['p-1', 'p-2']);
      expectNames((await store.profiles.changesAfter(first.cursor)).personIds, []);
      // A profile change, a record change and a deletion are each in the feed.
      await store.profiles.save(profile('p-1', false));
      const second = await store.profiles.changesAfter(first.cursor);
      expectNames(second.personIds, ['p-1']);
      await store.people.replaceRecord('p-2', { format: PERSON_RECORD_FORMAT, person: { name: 'P Two', birthDate: calendarDate('1990-01-01'), country: 'US' } }, 'hash', at);
      const third = await store.profiles.changesAfter(second.cursor);
      expectNames(third.personIds, ['p-2']);
      await store.people.delete('p-before');
      const fourth = await store.profiles.changesAfter(third.cursor);
      expectNames(fourth.personIds, ['p-before']);
    });

    it('refuses a cursor it did not make', async () => {
      await expect(store.profiles.changesAfter("1; DROP TABLE people")).rejects.toThrow('not a change-feed cursor');
    });

    if (dialect.name === 'postgres') {
      it('loses no change when two writes commit out of order (the first to write commits last)', async () => {
        await store.people.create({ id: 'slow', ownerUserId: null, createdAt: at });
        await store.people.create({ id: 'fast', ownerUserId: null, createdAt: at });
        let cursor = (await store.profiles.changesAfter(await store.profiles.feedCursor())).cursor;
        let release: () => void = () => undefined;
        const held = new Promise<void>((resolve) => (release = resolve));
        let wrote: () => void = () => undefined;
        const written = new Promise<void>((resolve) => (wrote = resolve));
        // The slow transaction writes first (it takes the lower transaction id) and stays open...
        const slow = store.transaction(async (tx) => {
          await tx.profiles.save(profile('slow'));
          wrote();
          await held;
        });
        await written;
        // ...while a later one writes and commits.
        await store.profiles.save(profile('fast'));
        const seen = new Set<string>();
        const read = async () => {
          const r = await store.profiles.changesAfter(cursor);
          r.personIds.forEach((id) => seen.add(id));
          cursor = r.cursor;
        };
        await read();
        expect(seen).toEqual(new Set(['fast']));
        // The reader reads again while the slow one is still open: it must not move past it.
        await read();
        release();
        await slow;
        await read();
        expect(seen).toEqual(new Set(['fast', 'slow']));
      });
    }
  });
}
