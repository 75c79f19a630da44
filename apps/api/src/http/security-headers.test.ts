import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const [sqlite] = testDialects();

describe.skipIf(sqlite === undefined)('security headers', () => {
  let t: TestServer;
  beforeAll(async () => {
    if (sqlite !== undefined) t = await startTestServer(sqlite);
  });
  afterAll(() => t.close());

  it("sends a strict Content-Security-Policy and helmet's headers on API answers and errors alike", async () => {
    for (const url of ['/api/health', '/api/v1/nothing-here']) {
      const res = await t.app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      // Plain HTTP here (secureCookies off): no HSTS.
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('sends HSTS when served over HTTPS', async () => {
    if (sqlite === undefined) return;
    const secure = await startTestServer(sqlite, { secureCookies: true });
    try {
      expect(
        (await secure.app.inject({ method: 'GET', url: '/api/health' })).headers['strict-transport-security'],
      ).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await secure.close();
    }
  });
});
