import { openTestStore, testDialects } from '@modality/testkit';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';

const W1 = ['2026-11-30T12:00:00.000Z', '2026-11-30T12:01:00.000Z'] as const;
const W2 = ['2026-11-30T12:01:00.000Z', '2026-11-30T12:02:00.000Z'] as const;

for (const dialect of testDialects()) {
  describe(`rate-limit counters [${dialect.name}]`, () => {
    let store: KyselyStore;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ store, close } = await openTestStore(dialect));
    });
    afterAll(() => close());

    it('counts hits per key within a window and starts again at 1 in a later window', async () => {
      expect(await store.rateLimits.hit('a', ...W1)).toBe(1);
      expect(await store.rateLimits.hit('a', ...W1)).toBe(2);
      expect(await store.rateLimits.hit('b', ...W1)).toBe(1);
      expect(await store.rateLimits.hit('a', ...W2)).toBe(1);
      // A node whose clock lags still counts in the current window rather than resetting it.
      expect(await store.rateLimits.hit('a', ...W1)).toBe(2);
    });

    it('counts every one of many concurrent hits (one atomic upsert each)', async () => {
      const counts = await Promise.all(Array.from({ length: 40 }, () => store.rateLimits.hit('burst', ...W1)));
      expect([...counts].sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    });

    it('forgets windows that have ended', async () => {
      await store.rateLimits.hit('old', ...W1);
      const removed = await store.rateLimits.deleteExpired(W2[0]);
      expect(removed).toBeGreaterThanOrEqual(2);
      expect(await store.rateLimits.hit('old', ...W1)).toBe(1);
      expect(await store.db.selectFrom('rate_limits').select('key').where('key', '=', 'a').execute()).toHaveLength(1);
    });

    it('the audit log refuses TRUNCATE as well as UPDATE and DELETE', async () => {
      await store.audit.append({ at: 't', actorUserId: null, organisationId: null, action: 'x', subjectPersonId: null, details: {} });
      await expect(sql`UPDATE audit_log SET action = 'y'`.execute(store.db)).rejects.toThrow(/append-only/);
      await expect(sql`DELETE FROM audit_log`.execute(store.db)).rejects.toThrow(/append-only/);
      // SQLite has no TRUNCATE statement; its nearest equivalent is the unfiltered DELETE refused above.
      if (dialect.name === 'postgres') await expect(sql`TRUNCATE audit_log`.execute(store.db)).rejects.toThrow(/append-only/);
      const rows = await store.db.selectFrom('audit_log').select('action').execute();
      expect(rows.map((r) => r.action)).toEqual(['x']);
    });
  });
}
