import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type TestServer } from '../testing/test-server.js';

interface ProfileJson {
  enabled: boolean;
  visibility: string;
  handle: string;
  preferences: { places: Array<{ label: string; radiusKm: number }>; relocate: boolean; shifts: string[]; payFloor: { amount: number; unit: string } | null; workAuthorisation: string[] };
  credentials: { held: Array<{ code: string; name: string; status: string }>; inProgress: Array<{ code: string; eligible: boolean; remaining: Array<{ have: number; need: number; unit: string }> }> };
  years: Record<string, number>;
}

for (const dialect of testDialects()) {
  describe(`candidate profiles over HTTP [${dialect.name}]`, () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer(dialect);
    });
    afterAll(() => t.close());

    it('is off until turned on, shows the handle recruiters will see, and reads credentials from the record', async () => {
      const ana = await t.signIn(demo('ana.reyes'));
      const first = await ana.request('GET', '/api/v1/me/profile');
      expect(first.statusCode).toBe(200);
      const p = first.json<ProfileJson>();
      expect(p.enabled).toBe(false);
      expect(p.handle).toMatch(/^C-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      expect(p.handle).not.toMatch(/ana|reyes/i);
      expect(p.credentials.held.map((h) => h.code)).toEqual(expect.arrayContaining(['arrt:R', 'arrt:CT']));
      expect(p.credentials.held.find((h) => h.code === 'arrt:R')?.name).not.toBe('arrt:R');
      expect(p.years.radiography).toBeGreaterThanOrEqual(10);
      expect(p.years.ct).toBeGreaterThanOrEqual(5);
      expect((await ana.request('GET', '/api/v1/me/profile')).json<ProfileJson>().handle).toBe(p.handle);
    });

    it('counts credentials under way with what is left, from the rules engine', async () => {
      const david = await t.signIn(demo('david.okafor'));
      const p = (await david.request('GET', '/api/v1/me/profile')).json<ProfileJson>();
      const ct = p.credentials.inProgress.find((c) => c.code === 'nmtcb:CT');
      expect(ct?.eligible).toBe(false);
      expect(ct?.remaining.some((r) => r.have > 0 && r.have < r.need && r.unit === 'hours')).toBe(true);
    });

    it('turns on with preferences; places are placed at city level; a place it cannot find is refused by field', async () => {
      const ana = await t.signIn(demo('ana.reyes'));
      const res = await ana.request('PUT', '/api/v1/me/profile', {
        enabled: true,
        visibility: 'employers-only',
        preferences: { places: [{ near: '77030', radiusKm: 40 }], relocate: true, shifts: ['day', 'night'], payFloor: { amount: 40, unit: 'hour' }, workAuthorisation: ['US'] },
      });
      expect(res.statusCode).toBe(200);
      const p = res.json<ProfileJson>();
      expect(p).toMatchObject({ enabled: true, visibility: 'employers-only', preferences: { places: [{ label: 'Houston, TX', radiusKm: 40 }], relocate: true, shifts: ['day', 'night'], payFloor: { amount: 40, unit: 'hour' }, workAuthorisation: ['US'] } });
      const partial = await ana.request('PUT', '/api/v1/me/profile', { preferences: { travel: true } });
      expect(partial.json<ProfileJson>()).toMatchObject({ enabled: true, preferences: { relocate: true, places: [{ label: 'Houston, TX' }] } });
      const bad = await ana.request('PUT', '/api/v1/me/profile', { preferences: { places: [{ near: 'Gotham City, ZZ' }] } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ errors: Array<{ path: string; message: string }> }>().errors[0]).toEqual({ path: 'preferences.places[0].near', message: expect.stringContaining('"Gotham City, ZZ"') as string });
      const wrong = await ana.request('PUT', '/api/v1/me/profile', { visibility: 'everyone' });
      expect(wrong.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toEqual(['visibility']);
    });

    it('needs a session, and a record to be built from', async () => {
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/me/profile' })).statusCode).toBe(401);
      const nina = await t.signIn(demo('nina.cole'));
      expect((await nina.request('GET', '/api/v1/me/profile')).statusCode).toBe(404);
    });
  });
}
