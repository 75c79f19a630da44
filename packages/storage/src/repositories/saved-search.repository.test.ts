import { openTestStore, testDialects } from '@modality/testkit';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';

const at = '2027-03-02T10:00:00.000Z';
const query = { modality: 'ct' as const, radiusKm: 50, payUnit: 'year' as const };

for (const dialect of testDialects()) {
  describe(`saved searches: alert frequency and cursor [${dialect.name}]`, () => {
    let store: KyselyStore;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ store, close } = await openTestStore(dialect));
      await store.users.insert({ id: 'usr_a', email: 'a@x.test', name: 'A', passwordHash: 'x', isAdmin: false, createdAt: 't' });
    });
    afterAll(() => close());

    it('keeps the frequency; a row from before migration 031 reads as hourly', async () => {
      await store.savedSearches.insert({ id: 'srch_1', userId: 'usr_a', query, createdAt: at, alertedThrough: at, alertFrequency: 'weekly' });
      await sql`insert into saved_searches (id, user_id, query_json, created_at, alerted_through) values ('srch_0', 'usr_a', ${JSON.stringify(query)}, ${at}, ${at})`.execute(store.db);
      expect((await store.savedSearches.listForUser('usr_a')).map((r) => [r.id, r.alertFrequency])).toEqual([
        ['srch_0', 'hourly'],
        ['srch_1', 'weekly'],
      ]);
      expect((await store.savedSearches.listSubscriptions({ limit: 10 })).map((r) => [r.id, r.alertFrequency, r.email])).toEqual([
        ['srch_0', 'hourly', 'a@x.test'],
        ['srch_1', 'weekly', 'a@x.test'],
      ]);
    });

    it('a replace without a cursor leaves it where the alert job moved it; with one, moves it', async () => {
      expect(await store.savedSearches.advance('srch_1', at, '2027-03-08T00:00:00.000Z')).toBe(true);
      expect(await store.savedSearches.replace('usr_a', 'srch_1', query, 'daily', null)).toBe(true);
      let row = (await store.savedSearches.listForUser('usr_a')).find((r) => r.id === 'srch_1');
      expect(row).toMatchObject({ alertFrequency: 'daily', alertedThrough: '2027-03-08T00:00:00.000Z' });
      expect(await store.savedSearches.replace('usr_a', 'srch_1', { ...query, modality: 'mri' }, 'daily', '2027-03-09T12:00:00.000Z')).toBe(true);
      row = (await store.savedSearches.listForUser('usr_a')).find((r) => r.id === 'srch_1');
      expect(row).toMatchObject({ alertFrequency: 'daily', alertedThrough: '2027-03-09T12:00:00.000Z', query: { modality: 'mri' } });
      expect(await store.savedSearches.replace('usr_b', 'srch_1', query, 'hourly', null)).toBe(false);
    });
  });
}
