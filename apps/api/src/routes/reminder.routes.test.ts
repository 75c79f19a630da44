import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type TestServer } from '../testing/test-server.js';

for (const dialect of testDialects()) {
  describe(`my renewal reminders [${dialect.name}]`, () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer(dialect);
    });
    afterAll(() => t.close());

    it('are 90, 30 and 7 days until chosen otherwise; a choice outside those is refused naming the field', async () => {
      const ana = await t.signIn(demo('ana.reyes'));
      expect((await ana.request('GET', '/api/v1/me/reminders')).json()).toEqual({ days: [90, 30, 7] });
      expect((await ana.request('PUT', '/api/v1/me/reminders', { days: [7, 90] })).json()).toEqual({ days: [90, 7] });
      expect((await ana.request('GET', '/api/v1/me/reminders')).json()).toEqual({ days: [90, 7] });
      expect((await ana.request('PUT', '/api/v1/me/reminders', { days: [] })).json()).toEqual({ days: [] });
      const bad = await ana.request('PUT', '/api/v1/me/reminders', { days: [15] });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ errors: [{ path: 'days[0]' }] });
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/me/reminders' })).statusCode).toBe(401);
    });
  });
}
