import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, TEST_PUBLIC_URL, type TestServer } from '../testing/test-server.js';
import { sameToken } from './auth.hooks.js';

describe('sameToken', () => {
  it('matches only the exact token, and never a missing, repeated or shorter header', () => {
    expect(sameToken('abc123', 'abc123')).toBe(true);
    expect(sameToken('abc124', 'abc123')).toBe(false);
    expect(sameToken('abc12', 'abc123')).toBe(false);
    expect(sameToken(undefined, 'abc123')).toBe(false);
    expect(sameToken(['abc123', 'abc123'], 'abc123')).toBe(false);
    expect(sameToken('', '')).toBe(true);
  });
});

for (const dialect of testDialects()) {
  describe(`sign-in and sign-up refuse other sites (login CSRF) [${dialect.name}]`, () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer(dialect);
    });
    afterAll(() => t.close());

    const signIn = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        headers: { host: 'modality.test', ...headers },
        payload: { email: demo('ana.reyes'), password: 'modality-demo' },
      });

    it('answers our own pages, the public address, and clients that send no Origin (CLI, curl)', async () => {
      expect((await signIn({ origin: 'http://modality.test' })).statusCode).toBe(200);
      expect((await signIn({ origin: TEST_PUBLIC_URL, host: 'internal:8080' })).statusCode).toBe(200);
      expect((await signIn({})).statusCode).toBe(200);
    });

    it("refuses another site's page with 403 problem+json, before looking at the password", async () => {
      for (const headers of [
        { origin: 'https://evil.example' },
        { origin: 'null' },
        { 'sec-fetch-site': 'cross-site' },
      ]) {
        const res = await signIn(headers);
        expect(res.statusCode, JSON.stringify(headers)).toBe(403);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.json()).toMatchObject({ code: 'origin_refused' });
        expect(res.cookies.find((c) => c.name === 'modality_session')).toBeUndefined();
      }
      const signUp = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-up',
        headers: { origin: 'https://evil.example' },
        payload: { email: 'x@example.test', password: 'long-enough-pw', name: 'X' },
      });
      expect(signUp.statusCode).toBe(403);
    });
  });
}
