import { catalogueSchema, jobRoleProfileSchema } from '@modality/contracts';
import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.js';

for (const dialect of testDialects()) {
  describe(`catalogue and job-role profiles over HTTP [${dialect.name}]`, () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer(dialect);
    });
    afterAll(() => t.close());

    it('GET /api/v1/catalogue serves names and CE units without signing in, in the contract shape', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/catalogue?asOf=2026-11-26' });
      expect(res.statusCode).toBe(200);
      const catalogue = catalogueSchema.parse(res.json());
      expect(catalogue.asOf).toBe('2026-11-26');
      expect(catalogue.credentials.find((c) => c.code === 'arrt:R')).toMatchObject({ name: 'ARRT Radiography', abbreviation: 'R.T.(R)', holdable: true });
      expect(catalogue.ceCycles.find((c) => c.rule === 'arrt.ce.biennium')?.unit).toBe('credits');
      expect(catalogue.jurisdictions.find((j) => j.code === 'us-tx')?.name).toBe('Texas');
    });

    it('names a bad asOf with a 400 problem', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/catalogue?asOf=2026-02-30' });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toEqual(['querystring.asOf']);
    });

    it('GET /api/v1/roles/{code} answers the typed profile, every field of it', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/roles/mammographer' });
      expect(res.statusCode).toBe(200);
      const body = res.json<Record<string, unknown>>();
      const profile = jobRoleProfileSchema.strict().parse(body);
      expect(profile.credentials.map((c) => c.jurisdictionName)).toEqual(['United States (every state)', 'California']);
      expect(Object.keys(body)).toEqual(expect.arrayContaining(['program', 'shortageModalities', 'occupationCodes', 'usOutlook', 'shortage', 'outlookNote']));
    });
  });
}
