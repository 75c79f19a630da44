import { openTestStore, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';

const entry = (i: number) => ({
  at: `2026-11-30T12:00:00.${String(i).padStart(3, '0')}Z`,
  actorUserId: null,
  organisationId: null,
  action: `test.read.${String(i)}`,
  subjectPersonId: null,
  details: { i },
});

for (const dialect of testDialects()) {
  describe(`audit log group commit [${dialect.name}]`, () => {
    let store: KyselyStore;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ store, close } = await openTestStore(dialect));
    });
    afterAll(() => close());

    it('writes every one of many concurrent appends, in the order they were made, before any of them settles', async () => {
      const n = 137; // more than one statement's worth of rows
      const settled: number[] = [];
      await Promise.all(
        Array.from({ length: n }, async (_, i) => {
          await store.audit.append(entry(i));
          // When an append settles, its row is already committed and visible to another reader.
          const found = await store.db
            .selectFrom('audit_log')
            .select('id')
            .where('action', '=', `test.read.${String(i)}`)
            .execute();
          expect(found).toHaveLength(1);
          settled.push(i);
        }),
      );
      expect(settled).toHaveLength(n);
      const rows = await store.db
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('action', 'like', 'test.read.%')
        .orderBy('id')
        .execute();
      expect(rows.map((r) => r.action)).toEqual(
        Array.from({ length: n }, (_, i) => `test.read.${String(i)}`),
      );
      expect(JSON.parse(rows[5]?.details ?? '{}')).toEqual({ i: 5 });
    });

    it('inside a transaction, an append is part of it: rolled back with it', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.audit.append(entry(999));
          throw new Error('abandon');
        }),
      ).rejects.toThrow('abandon');
      expect(
        await store.db.selectFrom('audit_log').select('id').where('action', '=', 'test.read.999').execute(),
      ).toHaveLength(0);
    });

    it('a batch that cannot be written fails every append in it, and writes none of them', async () => {
      const bad = { ...entry(500), at: null as unknown as string }; // "at" is NOT NULL
      const results = await Promise.allSettled([
        store.audit.append(entry(501)),
        store.audit.append(bad),
        store.audit.append(entry(502)),
      ]);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
      expect(
        await store.db
          .selectFrom('audit_log')
          .select('id')
          .where('action', 'in', ['test.read.501', 'test.read.502'])
          .execute(),
      ).toHaveLength(0);
    });
  });
}
