import { programRow as program, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.js';

for (const dialect of testDialects()) {
  describe(`program directory over HTTP [${dialect.name}]`, () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer(dialect);
      for (const [id, d, j] of [['A1', 'radiography', 'us-tx'], ['A2', 'radiography', 'us-ca'], ['A3', 'sonography', 'us-tx'], ['A4', 'radiography', 'us-tx']] as const) {
        await t.deps.store.programs.upsert(program(id, d, j), '2026-11-26T00:00:00Z');
      }
    });
    afterAll(() => t.close());

    it('searches without signing in, by discipline and jurisdiction, with cursor pages', async () => {
      const first = await t.app.inject({ method: 'GET', url: '/api/v1/programs?discipline=radiography&jurisdiction=us-tx&limit=1' });
      expect(first.statusCode).toBe(200);
      const p1 = first.json<{ items: Array<{ id: string; demo: boolean }>; nextCursor: string | null }>();
      expect(p1.items.map((i) => i.id)).toEqual(['jrcert:A1']);
      expect(p1.items[0]?.demo).toBe(true);
      const second = await t.app.inject({ method: 'GET', url: `/api/v1/programs?discipline=radiography&jurisdiction=us-tx&limit=1&cursor=${p1.nextCursor ?? ''}` });
      const p2 = second.json<{ items: Array<{ id: string }>; nextCursor: string | null }>();
      expect(p2.items.map((i) => i.id)).toEqual(['jrcert:A4']);
      // The first start's demo directory has one Texas radiography program too.
      const third = await t.app.inject({ method: 'GET', url: `/api/v1/programs?discipline=radiography&jurisdiction=us-tx&limit=1&cursor=${p2.nextCursor ?? ''}` });
      expect(third.json()).toEqual({ items: [expect.objectContaining({ id: 'jrcert:DEMO-0001', demo: true })], nextCursor: null });
    });

    it('names a bad filter with a 400 problem', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/programs?discipline=astrology' });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toEqual(['querystring.discipline']);
    });
  });
}
