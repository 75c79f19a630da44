import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const usRt = {
  format: 'modality/person-record@1',
  person: { name: 'Ana Reyes', birthDate: '1994-05-17', country: 'US', region: 'us-tx' },
  education: [{ kind: 'program', discipline: 'radiography', award: 'associate', country: 'US', approvedBy: ['arrt', 'jrcert'], completedOn: '2016-05-10' }],
  credentials: [{ credential: 'arrt:R', earnedOn: '2016-07-01' }],
};

for (const dialect of testDialects()) {
  describe(`plan and careers over HTTP [${dialect.name}]`, () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer(dialect);
    });
    afterAll(() => t.close());

    it('plans from a record without signing in: R.T.(R) to CT in Texas', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/plan', payload: { target: 'ct-technologist', in: 'us-tx', record: usRt, asOf: '2026-11-26' } });
      expect(res.statusCode).toBe(200);
      const body = res.json<{ format: string; from: string; status: string; steps: Array<{ id: string }>; satisfied: Array<{ id: string }> }>();
      expect(body).toMatchObject({ format: 'modality/plan@1', from: 'record', status: 'plan' });
      // She holds ARRT(R) but no Texas licence: CT in Texas needs it.
      expect(body.steps.map((s) => s.id)).toEqual(['licence-us-tx', 'ct-structured-education', 'ct-clinical', 'ct-exam']);
      expect(body.satisfied.map((s) => s.id)).toContain('arrt-r-exam');
    });

    it('plans from a blank start, with the duration and cost the sources give', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/plan', payload: { target: 'radiographer', in: 'us-ca', asOf: '2026-11-26' } });
      expect(res.statusCode).toBe(200);
      const step = res.json<{ steps: Array<{ id: string; duration: unknown; cost: unknown }> }>().steps[0];
      expect(step).toMatchObject({ id: 'arrt-r-program', duration: { minMonths: 24, maxMonths: 24 }, cost: { min: 10030, max: 11155, currency: 'USD' } });
    });

    it('answers an unknown role and jurisdiction with a 400 problem naming both and listing the valid values', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/plan', payload: { target: 'pilot', in: 'mars' } });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const body = res.json<{ code: string; errors: Array<{ path: string; message: string }> }>();
      expect(body.code).toBe('validation_failed');
      expect(body.errors.map((e) => e.path)).toEqual(['target', 'in']);
      expect(body.errors[0]?.message).toContain('"pilot"');
      expect(body.errors[0]?.message).toContain('radiographer, ct-technologist');
      expect(body.errors[1]?.message).toContain('us-tx');
    });

    it('rejects a bad record, a bad date and unknown fields with 400 naming each field', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/plan', payload: { target: 'radiographer', in: 'gb', asOf: '2026-02-30', record: { ...usRt, person: { ...usRt.person, birthDate: 'x' } }, extra: 1 } });
      expect(res.statusCode).toBe(400);
      const paths = res.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['asOf', 'record.person.birthDate', 'extra']));
    });

    it('lists roles and shows one role with sourced outlook; an unknown role is 404', async () => {
      const list = await t.app.inject({ method: 'GET', url: '/api/v1/roles' });
      expect(list.json<{ items: Array<{ code: string }> }>().items).toHaveLength(12);
      const sono = await t.app.inject({ method: 'GET', url: '/api/v1/roles/sonographer' });
      expect(sono.statusCode).toBe(200);
      expect(sono.json()).toMatchObject({ code: 'sonographer', usOutlook: { projectedChangePct: { value: 13, confidence: 'official-copy', vintage: 'EP 2024–34', sourceUrl: 'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm' } } });
      const missing = await t.app.inject({ method: 'GET', url: '/api/v1/roles/pilot' });
      expect(missing.statusCode).toBe(404);
      expect(missing.json<{ detail: string }>().detail).toContain('pilot');
    });
  });
}
