import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type TestServer } from '../testing/test-server.js';

interface Browser {
  readonly cookie: string;
  readonly csrf: string;
}

interface Listed {
  sessions: Array<{ id: string; userAgent: string | null; current: boolean; createdAt: string; lastSeenAt: string | null }>;
}

for (const dialect of testDialects()) {
  describe(`my sessions over HTTP [${dialect.name}]`, () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer(dialect);
    });
    afterAll(() => t.close());

    const signInFrom = async (email: string, userAgent: string): Promise<Browser> => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', headers: { 'user-agent': userAgent }, payload: { email, password: 'modality-demo' } });
      expect(res.statusCode).toBe(200);
      return { cookie: res.cookies.find((c) => c.name === 'modality_session')?.value ?? '', csrf: res.json<{ csrfToken: string }>().csrfToken };
    };
    const call = (b: Browser, method: 'GET' | 'POST' | 'DELETE', url: string, csrf = true) =>
      t.app.inject({ method, url, cookies: { modality_session: b.cookie }, headers: csrf ? { 'x-csrf-token': b.csrf } : {} });

    it('lists my sessions with when and from what, ends one, and refuses sessions that are not mine', async () => {
      const laptop = await signInFrom(demo('david.okafor'), 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0');
      const phone = await signInFrom(demo('david.okafor'), 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1');
      const other = await signInFrom(demo('emily.walsh'), 'curl/8.0');

      const listed = (await call(laptop, 'GET', '/api/v1/me/sessions')).json<Listed>();
      expect(listed.sessions).toHaveLength(2);
      const here = listed.sessions.find((s) => s.current);
      const there = listed.sessions.find((s) => !s.current);
      expect(here?.userAgent).toContain('Firefox');
      expect(there?.userAgent).toContain('iPhone');
      expect(here?.lastSeenAt).not.toBeNull();
      // No token or digest is shown: the id is not the cookie.
      expect(JSON.stringify(listed)).not.toContain(phone.cookie);
      expect(JSON.stringify(listed)).not.toContain(t.deps.hasher.digest(phone.cookie));

      const otherId = (await call(other, 'GET', '/api/v1/me/sessions')).json<Listed>().sessions[0]?.id ?? '';
      expect((await call(laptop, 'DELETE', `/api/v1/me/sessions/${otherId}`)).statusCode).toBe(404);
      expect((await call(other, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
      // A change needs the CSRF token.
      expect((await call(laptop, 'DELETE', `/api/v1/me/sessions/${there?.id ?? ''}`, false)).statusCode).toBe(403);

      const ended = await call(laptop, 'DELETE', `/api/v1/me/sessions/${there?.id ?? ''}`);
      expect(ended.json()).toEqual({ ended: 1 });
      expect((await call(phone, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
      expect((await call(laptop, 'GET', '/api/v1/me/sessions')).json<Listed>().sessions.map((s) => s.current)).toEqual([true]);
    });

    it('"sign out everywhere" ends every session of mine, this one included, and no one else\'s', async () => {
      const a = await signInFrom(demo('marcus.chen'), 'browser A');
      const b = await signInFrom(demo('marcus.chen'), 'browser B');
      const other = await signInFrom(demo('priya.nair'), 'browser C');
      const res = await call(a, 'POST', '/api/v1/me/sessions/sign-out-everywhere');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ ended: 2 });
      expect(res.cookies.find((c) => c.name === 'modality_session')?.value).toBe('');
      expect((await call(a, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
      expect((await call(b, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
      expect((await call(other, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/me/sessions' })).statusCode).toBe(401);
    });
  });
}
