import type { TimeRecordRow } from '@modality/app';
import { openTestStore, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';

const AT = '2026-09-07T12:00:00.000Z';

for (const dialect of testDialects()) {
  describe(`time records [${dialect.name}]`, () => {
    let store: KyselyStore;
    let close: () => Promise<void>;
    const record = (over: Partial<TimeRecordRow>): TimeRecordRow => ({
      id: 'tim_1',
      personId: 'psn_t',
      siteId: 'site_t',
      clockInAt: '2026-09-07T12:00:00.000Z',
      clockOutAt: null,
      clockInLocation: { latitude: 29.7073, longitude: -95.4018 },
      clockOutLocation: null,
      plannedStartAt: null,
      exceptions: [],
      decision: null,
      createdAt: AT,
      ...over,
    });

    beforeAll(async () => {
      ({ store, close } = await openTestStore(dialect));
      await store.organisations.insert({ id: 'org_t', name: 'Test School', kind: 'school', createdAt: AT });
      await store.people.create({ id: 'psn_t', ownerUserId: null, createdAt: AT });
      await store.clinical.insertSite({ id: 'site_t', schoolOrganisationId: 'org_t', name: 'Test Site', createdAt: AT });
      await store.clinical.insertSite({ id: 'site_u', schoolOrganisationId: 'org_t', name: 'Other Site', createdAt: AT });
    });
    afterAll(() => close());

    it('keeps a site area (none until set), and rotations found by the day they cover', async () => {
      expect(await store.timeRecords.findSiteGeofence('site_t')).toEqual({ siteId: 'site_t', latitude: null, longitude: null, radiusM: null });
      await store.timeRecords.setSiteGeofence({ siteId: 'site_t', latitude: 29.7073, longitude: -95.4018, radiusM: 300 });
      expect(await store.timeRecords.findSiteGeofence('site_t')).toEqual({ siteId: 'site_t', latitude: 29.7073, longitude: -95.4018, radiusM: 300 });
      await store.timeRecords.insertRotation({ id: 'rot_1', schoolOrganisationId: 'org_t', personId: 'psn_t', siteId: 'site_t', startsOn: '2026-09-01', endsOn: '2026-09-30', createdAt: AT });
      expect((await store.timeRecords.rotationsCovering('psn_t', '2026-09-01')).map((r) => r.siteId)).toEqual(['site_t']);
      expect((await store.timeRecords.rotationsCovering('psn_t', '2026-09-30')).map((r) => r.siteId)).toEqual(['site_t']);
      expect(await store.timeRecords.rotationsCovering('psn_t', '2026-10-01')).toEqual([]);
      expect(await store.timeRecords.rotationsCovering('psn_t', '2026-08-31')).toEqual([]);
    });

    it('stores a punch, clocks it out once, and records a decision once', async () => {
      await store.timeRecords.insertRecord(record({ exceptions: ['off-site'] }));
      expect(await store.timeRecords.findOpenRecord('psn_t')).toEqual(record({ exceptions: ['off-site'] }));
      const out = '2026-09-07T20:00:00.000Z';
      expect(await store.timeRecords.clockOut('tim_1', out, null, ['off-site', 'missing-clock-out'])).toBe(true);
      expect(await store.timeRecords.clockOut('tim_1', '2026-09-07T21:00:00.000Z', null, [])).toBe(false);
      expect(await store.timeRecords.findOpenRecord('psn_t')).toBeUndefined();
      const saved = await store.timeRecords.findRecord('tim_1');
      expect(saved).toMatchObject({ clockOutAt: out, exceptions: ['off-site', 'missing-clock-out'], clockOutLocation: null });

      await store.users.insert({ id: 'usr_i', email: 'i@example.test', name: 'Instructor', passwordHash: 'x', isAdmin: false, createdAt: AT });
      expect(await store.timeRecords.decide('tim_1', 'approved', 'usr_i', AT)).toBe(true);
      expect(await store.timeRecords.decide('tim_1', 'rejected', 'usr_i', AT)).toBe(false);
      expect((await store.timeRecords.findRecord('tim_1'))?.decision).toEqual({ decision: 'approved', byUserId: 'usr_i', at: AT });
    });

    it('lists records and planned shifts of the people asked for, oldest first', async () => {
      await store.timeRecords.insertRecord(record({ id: 'tim_0', clockInAt: '2026-09-06T12:00:00.000Z', clockOutAt: '2026-09-06T13:00:00.000Z', clockInLocation: null }));
      expect((await store.timeRecords.listRecordsForPeople(['psn_t'])).map((r) => r.id)).toEqual(['tim_0', 'tim_1']);
      expect(await store.timeRecords.listRecordsForPeople([])).toEqual([]);
      await store.timeRecords.insertPlannedShift({ id: 'shf_2', personId: 'psn_t', siteId: 'site_t', startsAt: '2026-09-10T12:00:00.000Z', endsAt: '2026-09-10T20:00:00.000Z', createdAt: AT });
      await store.timeRecords.insertPlannedShift({ id: 'shf_1', personId: 'psn_t', siteId: 'site_t', startsAt: '2026-09-09T12:00:00.000Z', endsAt: '2026-09-09T20:00:00.000Z', createdAt: AT });
      expect((await store.timeRecords.listPlannedShiftsForPeople(['psn_t'])).map((s) => s.id)).toEqual(['shf_1', 'shf_2']);
    });

    it('keeps one settings row per school, replaced on save', async () => {
      expect(await store.timeRecords.findSettings('org_t')).toBeUndefined();
      const s = { schoolOrganisationId: 'org_t', timeZone: 'America/Chicago', weeklyDidacticHours: 16.5, eveningStartsAt: 1080, eveningEndsAt: 360, lateAfterMinutes: 5 };
      await store.timeRecords.saveSettings(s, AT);
      await store.timeRecords.saveSettings({ ...s, weeklyDidacticHours: 12 }, AT);
      expect(await store.timeRecords.findSettings('org_t')).toEqual({ ...s, weeklyDidacticHours: 12 });
    });

    it('a punch changes nothing when the transaction around it fails', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.timeRecords.insertRecord(record({ id: 'tim_x', siteId: 'site_u' }));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.timeRecords.findRecord('tim_x')).toBeUndefined();
    });

    it('deleting the person takes their rotations and records with them', async () => {
      await store.people.delete('psn_t');
      expect(await store.timeRecords.listRecordsForPeople(['psn_t'])).toEqual([]);
      expect(await store.timeRecords.listRotationsForPerson('psn_t')).toEqual([]);
    });
  });
}
