import type { PostprimaryEntryRow } from '@modality/app';
import { openTestStore, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';

const NOW = '2026-11-30T12:00:00.000Z';
const entry = (id: string, personId: string): PostprimaryEntryRow => ({
  id,
  personId,
  discipline: 'ct',
  procedure: 'ct:chest',
  performedOn: '2026-11-02',
  facility: 'Lakeside',
  createdAt: NOW,
  verification: null,
  review: null,
});
const verification = { at: NOW, name: 'Jordan Tech', arrtNumber: '123456', userId: null };
const review = { at: NOW, name: 'Casey Supervisor', facility: 'Lakeside', userId: null };

for (const dialect of testDialects()) {
  describe(`postprimary log [${dialect.name}]`, () => {
    let store: KyselyStore;
    let close: () => Promise<void>;
    let personId: string;
    beforeAll(async () => {
      ({ store, close } = await openTestStore(dialect));
      await store.users.insert({ id: 'usr_pp', email: 'pp@example.test', name: 'P P', passwordHash: 'x', isAdmin: false, createdAt: NOW });
      personId = 'psn_pp';
      await store.people.create({ id: personId, ownerUserId: 'usr_pp', createdAt: NOW });
    });
    afterAll(() => close());

    it('verifies once, reviews only after verification and once, and lists by discipline', async () => {
      await store.postprimary.insertEntry(entry('ppe_1', personId));
      expect(await store.postprimary.reviewEntry('ppe_1', review)).toBe(false);
      expect(await store.postprimary.verifyEntry('ppe_1', verification)).toBe(true);
      expect(await store.postprimary.verifyEntry('ppe_1', { ...verification, name: 'Someone Else' })).toBe(false);
      expect(await store.postprimary.reviewEntry('ppe_1', review)).toBe(true);
      expect(await store.postprimary.reviewEntry('ppe_1', review)).toBe(false);
      expect(await store.postprimary.findEntry('ppe_1')).toEqual({ ...entry('ppe_1', personId), verification, review });
      expect(await store.postprimary.listEntriesForPerson(personId, 'mr')).toEqual([]);
      expect((await store.postprimary.listEntriesForPerson(personId, 'ct')).map((e) => e.id)).toEqual(['ppe_1']);
    });

    it('a link is used once', async () => {
      await store.postprimary.insertLink({ tokenHash: 'h1', entryId: 'ppe_1', step: 'verify', createdAt: NOW, expiresAt: NOW, usedAt: null, sentTo: null });
      expect(await store.postprimary.useLink('h1', NOW)).toBe(true);
      expect(await store.postprimary.useLink('h1', NOW)).toBe(false);
      expect((await store.postprimary.findLink('h1'))?.usedAt).toBe(NOW);
    });

    it('a write inside a failed transaction leaves nothing behind', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.postprimary.insertEntry(entry('ppe_rolled_back', personId));
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      expect(await store.postprimary.findEntry('ppe_rolled_back')).toBeUndefined();
    });

    it('the database refuses changing a verified entry, but lets the review be written once', async () => {
      await store.postprimary.insertEntry(entry('ppe_2', personId));
      await store.postprimary.verifyEntry('ppe_2', verification);
      await expect(store.db.withTables<{ postprimary_entries: { id: string; facility: string } }>().updateTable('postprimary_entries').set({ facility: 'Elsewhere' }).where('id', '=', 'ppe_2').execute()).rejects.toThrow(
        /cannot be changed/,
      );
      expect(await store.postprimary.reviewEntry('ppe_2', review)).toBe(true);
    });
  });
}
