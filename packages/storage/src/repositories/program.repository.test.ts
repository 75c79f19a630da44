import type { ProgramRow } from '@modality/app';
import { openTestStore, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';

const program = (id: string, over: Partial<ProgramRow> = {}): ProgramRow => ({
  id: `jrcert:${id}`,
  accreditor: 'jrcert',
  accreditorProgramId: id,
  name: `DEMO Radiography ${id}`,
  institution: 'Harbor Valley College (fictitious)',
  discipline: 'radiography',
  award: 'associate',
  jurisdiction: 'us-tx',
  city: null,
  lengthMonths: 24,
  url: null,
  demo: true,
  comment: 'fictitious',
  outcome: null,
  ...over,
});

for (const dialect of testDialects()) {
  describe(`program repository [${dialect.name}]`, () => {
    let store: KyselyStore;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ store, close } = await openTestStore(dialect));
    });
    afterAll(() => close());

    it('inserts, leaves an equal row unchanged, and updates a changed one', async () => {
      expect(await store.programs.upsert(program('0001'), 't1')).toBe('inserted');
      expect(await store.programs.upsert(program('0001'), 't2')).toBe('unchanged');
      expect(await store.programs.upsert(program('0001', { lengthMonths: null, city: 'Austin' }), 't3')).toBe('updated');
      expect(await store.programs.search({}, { limit: 10 })).toEqual([program('0001', { lengthMonths: null, city: 'Austin' })]);
      expect(await store.programs.count()).toBe(1);
    });

    it('keeps an outcome (awards in an academic year); a changed count is an update', async () => {
      const withOutcome = program('0900', { jurisdiction: 'us-al', demo: false, outcome: { awards: 12, academicYear: '2023-24' } });
      expect(await store.programs.upsert(withOutcome, 't1')).toBe('inserted');
      expect(await store.programs.upsert(withOutcome, 't2')).toBe('unchanged');
      expect(await store.programs.upsert({ ...withOutcome, outcome: { awards: 0, academicYear: '2023-24' } }, 't3')).toBe('updated');
      const [found] = await store.programs.search({ accreditor: 'jrcert' }, { after: 'jrcert:08', limit: 1 });
      expect(found).toEqual({ ...withOutcome, outcome: { awards: 0, academicYear: '2023-24' } });
    });

    it('remembers the digest of each loaded dataset, replacing it on a new load', async () => {
      expect(await store.programs.datasetDigest('ipeds')).toBeUndefined();
      await store.programs.recordDataset({ name: 'ipeds', digest: 'a1', rows: 3 }, 't1');
      await store.programs.recordDataset({ name: 'ipeds', digest: 'b2', rows: 4 }, 't2');
      expect(await store.programs.datasetDigest('ipeds')).toBe('b2');
      expect(await store.programs.datasetDigest('other')).toBeUndefined();
    });

    it('searches by discipline, award, jurisdiction and accreditor, paging by id', async () => {
      await store.programs.upsert(program('0002', { discipline: 'sonography', accreditor: 'caahep', id: 'caahep:0002' }), 't');
      await store.programs.upsert(program('0003', { jurisdiction: 'us-ca', award: 'bachelor' }), 't');
      await store.programs.upsert(program('0004', { jurisdiction: 'us-ca' }), 't');
      const ids = async (f: Parameters<KyselyStore['programs']['search']>[0]) => (await store.programs.search(f, { limit: 50 })).map((p) => p.id);
      expect(await ids({ discipline: 'sonography' })).toEqual(['caahep:0002']);
      expect(await ids({ accreditor: 'jrcert', jurisdiction: 'us-ca' })).toEqual(['jrcert:0003', 'jrcert:0004']);
      expect(await ids({ award: 'bachelor' })).toEqual(['jrcert:0003']);
      const first = await store.programs.search({}, { limit: 2 });
      expect(first.map((p) => p.id)).toEqual(['caahep:0002', 'jrcert:0001']);
      const next = await store.programs.search({}, { limit: 2, after: 'jrcert:0001' });
      expect(next.map((p) => p.id)).toEqual(['jrcert:0003', 'jrcert:0004']);
    });

    it('rolls back a failed import transaction', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.programs.upsert(program('0099'), 't');
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.programs.search({ jurisdiction: 'us-tx', discipline: 'radiography' }, { limit: 50 })).toHaveLength(1);
    });
  });
}
