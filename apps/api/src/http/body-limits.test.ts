import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { formatBytes } from './body-limits.js';

/** A JSON document of about `bytes` bytes (valid JSON, so only its size can be refused). */
const jsonOfSize = (bytes: number) =>
  JSON.stringify({ format: 'modality/person-record@1', padding: 'x'.repeat(bytes) });

describe('formatBytes', () => {
  it('says sizes the way people read them', () => {
    expect([
      formatBytes(1024 * 1024),
      formatBytes(16 * 1024 * 1024),
      formatBytes(512 * 1024),
      formatBytes(1000),
    ]).toEqual(['1 MiB', '16 MiB', '512 KiB', '1000 bytes']);
  });
});

for (const dialect of testDialects()) {
  describe(`body limits [${dialect.name}]`, () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer(dialect);
    });
    afterAll(() => t.close());

    it('refuses a body over 1 MiB on a public route with 413 problem+json naming the limit', async () => {
      for (const url of ['/api/v1/check', '/api/v1/plan', '/api/v1/auth/sign-in']) {
        const res = await t.app.inject({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/json' },
          payload: jsonOfSize(1024 * 1024 + 10),
        });
        expect(res.statusCode, url).toBe(413);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.json()).toMatchObject({
          status: 413,
          code: 'body_too_large',
          detail: 'The request body is larger than the 1 MiB this route accepts',
        });
      }
    });

    it('accepts up to 16 MiB on record import, and names that limit above it', async () => {
      const ana = await t.signIn('ana.reyes@demo.modality.test');
      // 2 MiB passes the size check and reaches validation (the padding is not a record field).
      const big = await ana.request(
        'PUT',
        '/api/v1/me/record',
        JSON.parse(jsonOfSize(2 * 1024 * 1024)) as object,
      );
      expect(big.statusCode).toBe(400);
      expect(big.json()).toMatchObject({ code: 'validation_failed' });
      const huge = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/me/record',
        cookies: ana.session.cookies,
        headers: { ...ana.session.headers, 'content-type': 'application/json' },
        payload: jsonOfSize(16 * 1024 * 1024 + 10),
      });
      expect(huge.statusCode).toBe(413);
      expect(huge.json()).toMatchObject({
        detail: 'The request body is larger than the 16 MiB this route accepts',
      });
    });
  });
}
