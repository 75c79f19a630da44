import { FakeClock, SequentialIds, fastHasher, openTestStore, programRow as program, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../deps.js';
import type { Store } from '../ports/index.js';
import { loadProgramDataset } from './program-dataset.js';
import { importPrograms } from './program-import.js';
import { searchPrograms } from './program-search.js';

const programs = [program('A1', 'radiography', 'us-tx'), program('A2', 'radiography', 'us-ca'), program('A3', 'sonography', 'us-tx'), program('A4', 'radiography', 'us-tx')];

for (const dialect of testDialects()) {
  describe(`the program directory use cases [${dialect.name}]`, () => {
    let deps: Deps;
    let close: () => Promise<void>;
    beforeAll(async () => {
      const opened = await openTestStore(dialect);
      close = opened.close;
      deps = { store: opened.store, clock: new FakeClock(), ids: new SequentialIds(), hasher: fastHasher };
    });
    afterAll(() => close());

    it('imports programs with counts, and importing them again changes nothing', async () => {
      const progress: number[] = [];
      expect(await importPrograms(deps, { programs }, (done) => progress.push(done))).toEqual({ inserted: 4, updated: 0, unchanged: 0 });
      expect(progress).toEqual([1, 2, 3, 4]);
      expect(await importPrograms(deps, { programs })).toEqual({ inserted: 0, updated: 0, unchanged: 4 });
      expect(await importPrograms(deps, { programs: [program('A1', 'radiography', 'us-tx', { name: 'DEMO A1 renamed' })] })).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    });

    it('writes all of an import or none of it', async () => {
      let calls = 0;
      const failing: Deps = {
        ...deps,
        store: {
          ...deps.store,
          transaction: <T>(work: (tx: Store) => Promise<T>) =>
            deps.store.transaction((tx) =>
              work({
                ...tx,
                programs: {
                  ...tx.programs,
                  upsert: (p, at) => (++calls === 2 ? Promise.reject(new Error('disk full')) : tx.programs.upsert(p, at)),
                },
              }),
            ),
        },
      };
      await expect(importPrograms(failing, { programs: [program('B1', 'mri', 'us-tx'), program('B2', 'mri', 'us-tx')] })).rejects.toThrow('disk full');
      expect((await searchPrograms(deps, { discipline: 'mri', limit: 10 })).items).toEqual([]);
    });

    it('searches by every given filter, a page at a time with an opaque cursor', async () => {
      const first = await searchPrograms(deps, { discipline: 'radiography', jurisdiction: 'us-tx', limit: 1 });
      expect(first.items.map((p) => p.id)).toEqual(['jrcert:A1']);
      expect(first.nextCursor).not.toBeNull();
      expect(first.nextCursor).not.toContain('jrcert');
      const second = await searchPrograms(deps, { discipline: 'radiography', jurisdiction: 'us-tx', limit: 1, cursor: first.nextCursor ?? undefined });
      expect(second).toEqual({ items: [expect.objectContaining({ id: 'jrcert:A4' })], nextCursor: null });
      expect((await searchPrograms(deps, { limit: 10 })).items).toHaveLength(4);
      expect((await searchPrograms(deps, { discipline: 'sonography', award: 'associate', accreditor: 'jrcert', limit: 10 })).items.map((p) => p.id)).toEqual(['jrcert:A3']);
    });

    it('loads a shipped dataset once: the same digest again writes nothing; a changed file updates by id', async () => {
      const ipeds = (id: string, awards: number) => program(id, 'nuclear-medicine', 'us-al', { id: `other:${id}`, accreditor: 'other', demo: false, outcome: { awards, academicYear: '2023-24' } });
      const dataset = { name: 'ipeds-test', digest: 'a'.repeat(64), rows: 2 };
      expect(await loadProgramDataset(deps, { dataset, programs: [ipeds('I1', 7), ipeds('I2', 0)] })).toEqual({ loaded: true, counts: { inserted: 2, updated: 0, unchanged: 0 } });
      expect(await loadProgramDataset(deps, { dataset, programs: [ipeds('I1', 99)] })).toEqual({ loaded: false });
      const changed = { ...dataset, digest: 'b'.repeat(64) };
      expect(await loadProgramDataset(deps, { dataset: changed, programs: [ipeds('I1', 8), ipeds('I2', 0)] })).toEqual({ loaded: true, counts: { inserted: 0, updated: 1, unchanged: 1 } });
      const found = await searchPrograms(deps, { discipline: 'nuclear-medicine', accreditor: 'other', limit: 10 });
      // The outcome round-trips through the store, with its source; accreditation is a link, never a claim.
      const [first] = found.items;
      expect(first).toMatchObject({ id: 'other:I1', outcome: { awards: 8, academicYear: '2023-24' }, accreditationDirectory: { body: 'JRCNMT' } });
      expect(first?.outcome?.publisher).toContain('National Center for Education Statistics');
      expect(first?.outcome?.sourceUrl).toMatch(/^https:\/\/nces\.ed\.gov\//);
      expect(first?.accreditationDirectory?.url).toMatch(/^https:\/\/www\.jrcnmt\.org/);
      expect(found.items[1]).toMatchObject({ id: 'other:I2', outcome: { awards: 0 } });
      expect((await searchPrograms(deps, { discipline: 'radiography', limit: 1 })).items[0]).toMatchObject({ outcome: null, accreditationDirectory: { body: 'JRCERT' } });
    });
  });
}
