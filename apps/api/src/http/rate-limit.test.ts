import type { RateLimitPolicies } from '@modality/app';
import { openSecondStore, testDialects } from '@modality/testkit';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../server.js';
import { demo, startTestServer, type TestServer } from '../testing/test-server.js';
import { parseTrustProxy } from './trust-proxy.js';

const tight = (max: number): RateLimitPolicies[keyof RateLimitPolicies] => [{ max, windowSeconds: 60 }];

function signIn(
  app: FastifyInstance,
  email: string,
  forwardedFor?: string,
  password = 'wrong-password',
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password },
    ...(forwardedFor === undefined ? {} : { headers: { 'x-forwarded-for': forwardedFor } }),
  });
}

function expectTooMany(res: LightMyRequestResponse, windowSeconds = 60): void {
  expect(res.statusCode).toBe(429);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.json()).toMatchObject({ status: 429, code: 'rate_limited' });
  const wait = Number(res.headers['retry-after']);
  expect(Number.isInteger(wait) && wait >= 1 && wait <= windowSeconds).toBe(true);
}

for (const dialect of testDialects()) {
  describe(`rate limits in the database [${dialect.name}]`, () => {
    it('a spoofed X-Forwarded-For does not lift the sign-in limit (proxy trust is off by default)', async () => {
      const t = await startTestServer(dialect, { rateLimits: { 'sign-in-address': tight(3) } });
      try {
        const answers: LightMyRequestResponse[] = [];
        // Eight attempts, each claiming a different address and trying a different account.
        for (let i = 0; i < 8; i++)
          answers.push(await signIn(t.app, `someone${String(i)}@example.test`, `198.51.100.${String(i)}`));
        expect(answers.map((r) => r.statusCode)).toEqual([401, 401, 401, 429, 429, 429, 429, 429]);
        expectTooMany(answers[7] as LightMyRequestResponse);
      } finally {
        await t.close();
      }
    });

    it('with TRUST_PROXY=1 the address the proxy forwarded is the one counted', async () => {
      const trust = parseTrustProxy('1');
      if (!trust.ok) throw new Error('TRUST_PROXY=1 refused');
      const t = await startTestServer(dialect, {
        trustProxy: trust.value,
        rateLimits: { 'sign-in-address': tight(2) },
      });
      try {
        const codes: number[] = [];
        for (let i = 0; i < 3; i++)
          codes.push((await signIn(t.app, `a${String(i)}@example.test`, '203.0.113.7')).statusCode);
        // A different client behind the same proxy has its own count; a client forging an extra hop does not.
        codes.push((await signIn(t.app, 'b@example.test', '203.0.113.8')).statusCode);
        codes.push((await signIn(t.app, 'c@example.test', '192.0.2.1, 203.0.113.7')).statusCode);
        expect(codes).toEqual([401, 401, 429, 401, 429]);
      } finally {
        await t.close();
      }
    });

    it('limits attempts on one account from any address, whatever the case of the e-mail, and the right password waits too', async () => {
      const trust = parseTrustProxy('1');
      if (!trust.ok) throw new Error('TRUST_PROXY=1 refused');
      const t = await startTestServer(dialect, {
        trustProxy: trust.value,
        rateLimits: { 'sign-in-account': tight(2) },
      });
      try {
        const email = demo('ana.reyes');
        expect((await signIn(t.app, email, '198.51.100.1')).statusCode).toBe(401);
        expect((await signIn(t.app, email.toUpperCase(), '198.51.100.2')).statusCode).toBe(401);
        expectTooMany(await signIn(t.app, email, '198.51.100.3', 'modality-demo'));
        // Another account is not affected.
        expect((await signIn(t.app, demo('grace.kim'), '198.51.100.3', 'modality-demo')).statusCode).toBe(
          200,
        );
      } finally {
        await t.close();
      }
    });

    it('limits sign-up and the public compute routes per address, before reading the body', async () => {
      const t = await startTestServer(dialect, {
        rateLimits: { 'sign-up-address': tight(1), 'compute-address': tight(2) },
      });
      try {
        const first = await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-up',
          payload: { email: 'one@example.test', password: 'long-enough-pw', name: 'One' },
        });
        expect(first.statusCode).toBe(201);
        expectTooMany(
          await t.app.inject({
            method: 'POST',
            url: '/api/v1/auth/sign-up',
            payload: { email: 'two@example.test', password: 'long-enough-pw', name: 'Two' },
          }),
        );
        // /check, /plan and /vc/verify share one count; a malformed body is counted too.
        expect(
          (await t.app.inject({ method: 'POST', url: '/api/v1/check', payload: { not: 'a record' } }))
            .statusCode,
        ).toBe(400);
        expect(
          (
            await t.app.inject({
              method: 'POST',
              url: '/api/v1/plan',
              payload: { target: 'ct-technologist', in: 'us-tx' },
            })
          ).statusCode,
        ).toBe(200);
        expectTooMany(
          await t.app.inject({ method: 'POST', url: '/api/v1/vc/verify', payload: { not: 'a credential' } }),
        );
        expectTooMany(
          await t.app.inject({ method: 'POST', url: '/api/v1/check', payload: { not: 'a record' } }),
        );
      } finally {
        await t.close();
      }
    });
  });
}

const postgres = testDialects().find((d) => d.name === 'postgres');
describe.skipIf(postgres === undefined)('two nodes share one limit [postgres]', () => {
  let t: TestServer;
  let nodeB: FastifyInstance;
  let closeB: () => Promise<void>;
  const limits = { 'sign-in-address': tight(5) };
  beforeAll(async () => {
    if (postgres === undefined) return;
    t = await startTestServer(postgres, { rateLimits: limits });
    const second = openSecondStore(t.config, 'postgres');
    nodeB = await buildServer({
      deps: { ...t.deps, store: second.store },
      rateLimits: { ...limits, 'sign-in-account': tight(1000) },
    });
    closeB = async () => {
      await nodeB.close();
      await second.close();
    };
  });
  afterAll(async () => {
    await closeB();
    await t.close();
  });

  it('attempts on either node count against the same limit, even when they arrive at once', async () => {
    // Twelve attempts at once, alternating between the two nodes (separate connection pools).
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signIn(i % 2 === 0 ? t.app : nodeB, `n${String(i)}@example.test`)),
    );
    const codes = answers.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(5);
    expect(codes.filter((c) => c === 429)).toHaveLength(7);
    // Once tripped, the limit holds on both nodes.
    expect((await signIn(t.app, 'late@example.test')).statusCode).toBe(429);
    expect((await signIn(nodeB, 'late@example.test')).statusCode).toBe(429);
  });
});
