import { seedDemoStaffing } from '@modality/app';
import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type TestServer } from '../testing/test-server.js';

for (const dialect of testDialects()) {
  describe(`the demo's staffing data [${dialect.name}]`, () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer(dialect, { demoStaffing: true });
    });
    afterAll(() => t.close());

    it('has open postings from the demo hospital, imaging centre and agency, each with pay', async () => {
      const page = (await t.app.inject({ method: 'GET', url: '/api/v1/postings?limit=100' })).json<{ items: Array<{ organisation: { name: string }; pay: { min: number }; status: string }> }>();
      expect(page.items).toHaveLength(6);
      expect(new Set(page.items.map((p) => p.organisation.name))).toEqual(new Set(['St. Brigid Regional Medical Center (fictitious)', 'Lakeside Imaging Center (fictitious)', 'Northstar Imaging Staffing (fictitious)']));
      expect(page.items.every((p) => p.status === 'open' && p.pay.min > 0)).toBe(true);
      expect(await seedDemoStaffing(t.deps)).toBe(0);
    });

    it('has opted-in professionals, Ana among them, whom the hospital finds for its CT job', async () => {
      const ana = await t.signIn(demo('ana.reyes'));
      const profile = (await ana.request('GET', '/api/v1/me/profile')).json<{ enabled: boolean; handle: string }>();
      expect(profile.enabled).toBe(true);
      const victor = await t.signIn(demo('victor.huang'));
      const ct = (await t.app.inject({ method: 'GET', url: '/api/v1/postings?modality=ct' })).json<{ items: Array<{ id: string }> }>().items[0];
      const ranking = (await victor.request('GET', `/api/v1/postings/${ct?.id ?? ''}/candidates`)).json<{ matches: Array<{ candidate: { handle: string } }> }>();
      expect(ranking.matches.map((m) => m.candidate.handle)).toContain(profile.handle);
      const mine = (await ana.request('GET', '/api/v1/me/matches')).json<{ matches: Array<{ posting: { id: string } }> }>();
      expect(mine.matches.map((m) => m.posting.id)).toContain(ct?.id);
    });
  });
}
