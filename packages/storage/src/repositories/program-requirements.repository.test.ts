import { openTestStore, testDialects } from '@modality/testkit';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';

const AT = '2026-09-07T12:00:00.000Z';

for (const dialect of testDialects()) {
  describe(`program requirement settings [${dialect.name}]`, () => {
    let store: KyselyStore;
    let close: () => Promise<void>;

    beforeAll(async () => {
      ({ store, close } = await openTestStore(dialect));
      await store.organisations.insert({ id: 'org_r', name: 'Test School', kind: 'school', createdAt: AT });
    });
    afterAll(() => close());

    it('has none until saved, keeps one row per school with its local requirements, and replaces it on save', async () => {
      expect(await store.programRequirements.find('org_r')).toBeUndefined();
      const row = {
        schoolOrganisationId: 'org_r',
        setId: 'arrt-radiography-2022-nw',
        simulationCap: 3,
        localRequirements: [{ kind: 'procedure', procedure: 'xr:upper-gi' } as const, { kind: 'section', section: 'head', minimum: 2 } as const],
        updatedByUserId: null,
        updatedAt: AT,
      };
      await store.programRequirements.save(row);
      expect(await store.programRequirements.find('org_r')).toEqual(row);
      await store.programRequirements.save({ ...row, setId: 'arrt-mri-2025', simulationCap: null, localRequirements: [] });
      expect(await store.programRequirements.find('org_r')).toMatchObject({ setId: 'arrt-mri-2025', simulationCap: null, localRequirements: [] });
    });

    it('the database refuses a negative cap, and deleting the school deletes its settings', async () => {
      await expect(sql`update program_requirement_settings set simulation_cap = -1 where school_organisation_id = 'org_r'`.execute(store.db)).rejects.toThrow();
      expect((await store.programRequirements.find('org_r'))?.simulationCap).toBeNull();
      await sql`delete from organisations where id = 'org_r'`.execute(store.db);
      expect(await store.programRequirements.find('org_r')).toBeUndefined();
    });
  });
}
