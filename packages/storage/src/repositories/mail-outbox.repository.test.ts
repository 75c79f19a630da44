import { openTestStore, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';

const at = '2026-11-30T09:00:00.000Z';
const later = (minutes: number) => new Date(Date.parse(at) + minutes * 60_000).toISOString();
const mail = (id: string, dedupeKey?: string) => ({ id, kind: 'test', to: `${id}@example.org`, subject: `Subject ${id}`, text: 'Hello', createdAt: at, ...(dedupeKey === undefined ? {} : { dedupeKey }) });

for (const dialect of testDialects()) {
  describe(`mail outbox [${dialect.name}]`, () => {
    let store: KyselyStore;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ store, close } = await openTestStore(dialect));
    });
    afterAll(() => close());

    it('writes a mail once per dedupe key, and writes nothing when the transaction fails', async () => {
      expect(await store.mailOutbox.enqueue(mail('m1', 'reminder:1'))).toBe(true);
      expect(await store.mailOutbox.enqueue(mail('m2', 'reminder:1'))).toBe(false);
      await expect(
        store.transaction(async (tx) => {
          await tx.mailOutbox.enqueue(mail('m3'));
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect((await store.mailOutbox.listRecent(10)).map((m) => m.id)).toEqual(['m1']);
    });

    it('leases what it claims: a second claim gets nothing until the lease ends; sent and dead mails are never claimed', async () => {
      const first = await store.mailOutbox.claim(at, later(5), 10);
      expect(first.map((m) => [m.id, m.attempts])).toEqual([['m1', 1]]);
      expect(await store.mailOutbox.claim(later(1), later(6), 10)).toEqual([]);
      const again = await store.mailOutbox.claim(later(5), later(10), 10);
      expect(again.map((m) => [m.id, m.attempts])).toEqual([['m1', 2]]);
      await store.mailOutbox.markFailed('m1', 'mailbox full', later(20));
      expect(await store.mailOutbox.claim(later(19), later(25), 10)).toEqual([]);
      expect((await store.mailOutbox.claim(later(20), later(25), 10)).map((m) => m.lastError)).toEqual(['mailbox full']);
      await store.mailOutbox.markSent('m1', later(21), 'smtp');
      await store.mailOutbox.enqueue(mail('m4'));
      await store.mailOutbox.claim(at, later(5), 10);
      await store.mailOutbox.markFailed('m4', 'no such user', null);
      expect(await store.mailOutbox.claim(later(60), later(65), 10)).toEqual([]);
      const states = Object.fromEntries((await store.mailOutbox.listRecent(10)).map((m) => [m.id, [m.status, m.transport]]));
      expect(states).toEqual({ m1: ['sent', 'smtp'], m4: ['dead', null] });
    });

    it('concurrent claims never take the same mail twice', async () => {
      for (let i = 0; i < 40; i++) await store.mailOutbox.enqueue(mail(`c${String(i).padStart(2, '0')}`));
      const claims = await Promise.all([0, 1, 2, 3].map(() => store.mailOutbox.claim(later(100), later(105), 15)));
      const ids = claims.flatMap((c) => c.map((m) => m.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(40);
    });
  });
}
