import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type TestServer } from '../testing/test-server.js';

for (const dialect of testDialects()) {
  describe(`auth over HTTP [${dialect.name}]`, () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer(dialect);
    });
    afterAll(() => t.close());

    it('signs up, sets an HttpOnly SameSite session cookie, and knows the user afterwards', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-up', payload: { email: 'New.Person@Example.test', password: 'correct horse battery', name: 'New Person' } });
      expect(res.statusCode).toBe(201);
      const cookie = res.cookies.find((c) => c.name === 'modality_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { modality_session: cookie?.value ?? '' } });
      expect(me.json()).toMatchObject({ user: { email: 'new.person@example.test', name: 'New Person', isAdmin: false }, memberships: [], personId: null });
    });

    it('stores the password as Argon2id and the session token only as a digest', async () => {
      const user = await t.deps.store.users.findByEmail('new.person@example.test');
      expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'new.person@example.test', password: 'correct horse battery' } });
      const token = res.cookies.find((c) => c.name === 'modality_session')?.value ?? '';
      expect(await t.deps.store.sessions.findByTokenHash(token)).toBeUndefined();
      expect(await t.deps.store.sessions.findByTokenHash(t.deps.hasher.digest(token))).toBeDefined();
    });

    it('rejects a second account with the same address (409) and a wrong password (401, same message as an unknown user)', async () => {
      const dup = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-up', payload: { email: demo('ana.reyes'), password: 'whatever-long', name: 'X' } });
      expect(dup.statusCode).toBe(409);
      const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: demo('ana.reyes'), password: 'nope' } });
      const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'nobody@x.test', password: 'nope' } });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(unknown.json()).toEqual(wrong.json());
    });

    it('names each bad sign-up field', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-up', payload: { email: 'not-an-email', password: 'short', name: '', extra: 1 } });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path).sort()).toEqual(['email', 'extra', 'name', 'password']);
    });

    it('demands the CSRF token on a state-changing request made with the session cookie', async () => {
      const sign = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: demo('ana.reyes'), password: 'modality-demo' } });
      const cookie = sign.cookies.find((c) => c.name === 'modality_session')?.value ?? '';
      const noToken = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', cookies: { modality_session: cookie } });
      expect(noToken.statusCode).toBe(403);
      expect(noToken.json()).toMatchObject({ code: 'csrf_failed' });
      const still = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { modality_session: cookie } });
      expect(still.statusCode).toBe(200);
      const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', cookies: { modality_session: cookie }, headers: { 'x-csrf-token': sign.json<{ csrfToken: string }>().csrfToken } });
      expect(out.statusCode).toBe(200);
      const after = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { modality_session: cookie } });
      expect(after.statusCode).toBe(401);
    });

    it('checks the session and the CSRF token before it looks at the body', async () => {
      const anonymous = await t.app.inject({ method: 'PUT', url: '/api/v1/me/record', payload: { not: 'a record' } });
      expect(anonymous.statusCode).toBe(401);
      const sign = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: demo('grace.kim'), password: 'modality-demo' } });
      const cookie = sign.cookies.find((c) => c.name === 'modality_session')?.value ?? '';
      const noCsrf = await t.app.inject({ method: 'PUT', url: '/api/v1/me/record', cookies: { modality_session: cookie }, payload: { not: 'a record' } });
      expect(noCsrf.statusCode).toBe(403);
      const withCsrf = await t.app.inject({ method: 'PUT', url: '/api/v1/me/record', cookies: { modality_session: cookie }, headers: { 'x-csrf-token': sign.json<{ csrfToken: string }>().csrfToken }, payload: { not: 'a record' } });
      expect(withCsrf.statusCode).toBe(400);
    });

    it('an admin creates an organisation and invites a member, who joins by signing up with the token', async () => {
      const admin = await t.signIn(demo('admin'));
      const org = await admin.request('POST', '/api/v1/organisations', { name: 'Mesa Verde Imaging (fictitious)', kind: 'imaging-centre' });
      expect(org.statusCode).toBe(201);
      const orgId = org.json<{ id: string }>().id;
      const inv = await admin.request('POST', `/api/v1/organisations/${orgId}/invitations`, { email: 'tech@mesa.test', role: 'professional' });
      expect(inv.statusCode).toBe(201);
      const { token } = inv.json<{ token: string }>();
      const wrongAddress = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-up', payload: { email: 'other@mesa.test', password: 'long-enough-pw', name: 'O', invitationToken: token } });
      expect(wrongAddress.statusCode).toBe(400);
      expect(await t.deps.store.users.findByEmail('other@mesa.test')).toBeUndefined();
      const joined = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-up', payload: { email: 'tech@mesa.test', password: 'long-enough-pw', name: 'Tech', invitationToken: token } });
      expect(joined.statusCode).toBe(201);
      expect(joined.json()).toMatchObject({ memberships: [{ organisationId: orgId, role: 'professional' }] });
      const reuse = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-up', payload: { email: 'tech2@mesa.test', password: 'long-enough-pw', name: 'T2', invitationToken: token } });
      expect(reuse.statusCode).toBe(400);
    });

    it('only admins create organisations, only org admins invite', async () => {
      const ana = await t.signIn(demo('ana.reyes'));
      expect((await ana.request('POST', '/api/v1/organisations', { name: 'Mine', kind: 'other' })).statusCode).toBe(403);
      const victor = await t.signIn(demo('victor.huang'));
      const orgs = (await victor.request('GET', '/api/v1/organisations')).json<Array<{ id: string }>>();
      expect(orgs).toHaveLength(1);
      const hospital = orgs[0]?.id ?? '';
      expect((await victor.request('POST', `/api/v1/organisations/${hospital}/invitations`, { email: 'x@y.test', role: 'professional' })).statusCode).toBe(201);
      expect((await ana.request('POST', `/api/v1/organisations/${hospital}/invitations`, { email: 'x@y.test', role: 'professional' })).statusCode).toBe(403);
    });
  });
}
