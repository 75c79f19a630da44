import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type TestServer } from './testing/test-server.js';

for (const dialect of testDialects()) {
  describe(`server: health, OpenAPI, web app, real HTTP [${dialect.name}]`, () => {
    let t: TestServer;
    let webDir: string;
    let base: string;
    beforeAll(async () => {
      webDir = mkdtempSync(join(tmpdir(), 'modality-web-'));
      writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Modality</title><div id="root"></div>');
      t = await startTestServer(dialect, { webDir });
      base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    });
    afterAll(async () => {
      await t.close();
      rmSync(webDir, { recursive: true, force: true });
    });

    it('answers /api/health over a real socket with the database it uses', async () => {
      const res = await fetch(`${base}/api/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok', database: dialect.name, version: '0.0.0', demo: false });
    });

    it('publishes OpenAPI 3.1 with the v1 routes and the person record schema', async () => {
      const doc = (await (await fetch(`${base}/api/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
      expect(doc.openapi).toBe('3.1.0');
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/sign-in', '/api/v1/me/record', '/api/v1/people/{id}/record', '/api/v1/organisations/{id}/invitations']));
      expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['PersonRecord', 'Problem']));
      const docs = await fetch(`${base}/api/docs`, { redirect: 'follow' });
      expect(docs.status).toBe(200);
      expect(await docs.text()).toMatch(/swagger/i);
    });

    it('serves the web app at / and for client-side routes, but 404 problem+json for unknown API paths', async () => {
      for (const path of ['/', '/record', '/people/psn_x']) {
        const res = await fetch(`${base}${path}`);
        expect(res.status, path).toBe(200);
        expect(await res.text()).toContain('<div id="root">');
      }
      const api = await fetch(`${base}/api/v1/nothing-here`);
      expect(api.status).toBe(404);
      expect(api.headers.get('content-type')).toMatch(/problem\+json/);
    });

    it('keeps a session across real requests through the cookie', async () => {
      const sign = await fetch(`${base}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: demo('marcus.chen'), password: 'modality-demo' }) });
      const setCookie = sign.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(/modality_session=.+; .*HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);
      const cookie = setCookie.split(';')[0] ?? '';
      const people = (await (await fetch(`${base}/api/v1/people`, { headers: { cookie } })).json()) as { items: Array<{ name: string; credentials: string[] }> };
      expect(people.items).toEqual([expect.objectContaining({ name: 'Marcus Chen', credentials: ['arrt:R', 'arrt:MR', 'us-ca:crt-diagnostic'] })]);
    });
  });
}
