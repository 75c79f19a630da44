import { openTestStore, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';

const AT = '2026-11-30T12:00:00.000Z';

for (const dialect of testDialects()) {
  describe(`clinical sites and placement storage [${dialect.name}]`, () => {
    let store: KyselyStore;
    let close: () => Promise<void>;
    const school = 'org_pl_school';
    const other = 'org_pl_other';
    beforeAll(async () => {
      ({ store, close } = await openTestStore(dialect));
      await store.organisations.insert({ id: school, name: 'Placement School', kind: 'school', createdAt: AT });
      await store.organisations.insert({ id: other, name: 'Other School', kind: 'school', createdAt: AT });
      for (const p of ['psn_pl_a', 'psn_pl_b']) await store.people.create({ id: p, ownerUserId: null, createdAt: AT });
      for (const [id, org] of [['site_pl_1', school], ['site_pl_2', school], ['site_pl_3', other]] as const) await store.clinical.insertSite({ id, schoolOrganisationId: org, name: id, createdAt: AT });
      await store.clinicalPlacement.insertTerm({ id: 'term_pl', schoolOrganisationId: school, name: 'Spring', startsOn: '2027-01-11', endsOn: '2027-04-30' }, AT);
    });
    afterAll(() => close());

    it('keeps site details (modalities as a list) and replaces them on a second write', async () => {
      await store.clinicalPlacement.upsertSiteDetails({ siteId: 'site_pl_1', address: '1 Road', city: 'Town', modalities: ['CT', 'MRI'] }, AT);
      await store.clinicalPlacement.upsertSiteDetails({ siteId: 'site_pl_1', address: null, city: 'Town', modalities: ['CT'] }, AT);
      expect(await store.clinicalPlacement.listSiteDetails(['site_pl_1', 'site_pl_2'])).toEqual([{ siteId: 'site_pl_1', address: null, city: 'Town', modalities: ['CT'] }]);
    });

    it('upserts a capacity, and the database refuses a negative one', async () => {
      await store.clinicalPlacement.setCapacity('term_pl', 'site_pl_1', 2);
      await store.clinicalPlacement.setCapacity('term_pl', 'site_pl_1', 3);
      expect(await store.clinicalPlacement.listCapacities('term_pl')).toEqual([{ siteId: 'site_pl_1', capacity: 3 }]);
      await expect(store.clinicalPlacement.setCapacity('term_pl', 'site_pl_2', -1)).rejects.toThrow();
      expect(await store.clinicalPlacement.listCapacities('term_pl')).toHaveLength(1);
    });

    it('replaces a ranking, and the database refuses a site ranked twice', async () => {
      await store.clinicalPlacement.replaceRanking('term_pl', 'psn_pl_a', ['site_pl_2', 'site_pl_1'], AT);
      await store.clinicalPlacement.replaceRanking('term_pl', 'psn_pl_a', ['site_pl_1', 'site_pl_2'], AT);
      await expect(store.transaction((tx) => tx.clinicalPlacement.replaceRanking('term_pl', 'psn_pl_a', ['site_pl_2', 'site_pl_2'], AT))).rejects.toThrow();
      expect((await store.clinicalPlacement.listRankings('term_pl')).get('psn_pl_a')).toEqual(['site_pl_1', 'site_pl_2']);
    });

    it("replaces only the school's rotations starting within the term's dates, in one transaction", async () => {
      const rot = (id: string, personId: string, schoolId: string, siteId: string, startsOn: string, endsOn: string) => ({ id, schoolOrganisationId: schoolId, personId, siteId, startsOn, endsOn, createdAt: AT });
      await store.clinicalPlacement.replaceRotations(school, '2026-08-01', '2026-12-15', [rot('rot_fall', 'psn_pl_a', school, 'site_pl_2', '2026-08-01', '2026-12-15')]);
      // Begun before the term and running into it (a rotation of this week, say): publishing the term keeps it.
      await store.clinicalPlacement.replaceRotations(school, '2026-11-23', '2027-01-15', [rot('rot_running', 'psn_pl_b', school, 'site_pl_1', '2026-11-23', '2027-01-15')]);
      await store.clinicalPlacement.replaceRotations(other, '2027-01-11', '2027-04-30', [rot('rot_other', 'psn_pl_b', other, 'site_pl_3', '2027-01-11', '2027-04-30')]);
      await store.clinicalPlacement.replaceRotations(school, '2027-01-11', '2027-04-30', [rot('rot_1', 'psn_pl_a', school, 'site_pl_1', '2027-01-11', '2027-04-30')]);
      await store.clinicalPlacement.replaceRotations(school, '2027-01-11', '2027-04-30', [rot('rot_2', 'psn_pl_a', school, 'site_pl_2', '2027-01-11', '2027-04-30')]);
      expect((await store.clinicalPlacement.listRotationsForPerson('psn_pl_a')).map((r) => r.id)).toEqual(['rot_fall', 'rot_2']);
      expect((await store.clinicalPlacement.listRotationsForPerson('psn_pl_b')).map((r) => r.id)).toEqual(['rot_running', 'rot_other']);
      expect((await store.clinicalPlacement.listRotationsForSchool(other, '2027-01-11', '2027-04-30')).map((r) => r.id)).toEqual(['rot_other']);
      // A failing insert (unknown site) leaves the old rotations in place.
      await expect(
        store.transaction((tx) => tx.clinicalPlacement.replaceRotations(school, '2027-01-11', '2027-04-30', [rot('rot_bad', 'psn_pl_a', school, 'site_nowhere', '2027-01-11', '2027-04-30')])),
      ).rejects.toThrow();
      expect((await store.clinicalPlacement.listRotationsForSchool(school, '2027-01-11', '2027-04-30')).map((r) => r.id)).toEqual(['rot_2']);
    });

    it('keeps runs newest first and marks one published; deleting the term takes its runs and rankings', async () => {
      const run = (id: string, createdAt: string) => ({ id, termId: 'term_pl', mode: 'stable' as const, createdByUserId: null, createdAt, result: '{"assignments":[]}', publishedAt: null });
      await store.clinicalPlacement.insertRun(run('run_1', '2026-11-30T12:00:00.000Z'));
      await store.clinicalPlacement.insertRun(run('run_2', '2026-11-30T13:00:00.000Z'));
      await store.clinicalPlacement.markPublished('run_1', AT);
      expect((await store.clinicalPlacement.listRuns('term_pl')).map((r) => [r.id, r.publishedAt])).toEqual([['run_2', null], ['run_1', AT]]);
      await store.clinicalPlacement.deleteTerm('term_pl');
      expect(await store.clinicalPlacement.listRuns('term_pl')).toEqual([]);
      expect((await store.clinicalPlacement.listRankings('term_pl')).size).toBe(0);
      expect(await store.clinicalPlacement.listRotationsForPerson('psn_pl_a')).toHaveLength(2);
    });
  });
}
