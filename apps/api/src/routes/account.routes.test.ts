import { deliverDueMail } from '@modality/app';
import { smtpTransport } from '@modality/runtime';
import { mailText, startTestSmtpServer, testDialects, type TestSmtpServer } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type TestServer } from '../testing/test-server.js';

const post = (t: TestServer, url: string, payload: object, cookie?: string) =>
  t.app.inject({ method: 'POST', url, payload, ...(cookie === undefined ? {} : { cookies: { modality_session: cookie } }) });

/** The token of the newest link to `path` in a mail that arrived at the SMTP server. */
function linkToken(text: string, path: string): string {
  const match = new RegExp(`http://modality\\.test${path}\\?token=([A-Za-z0-9_%-]+)`).exec(text);
  if (match?.[1] === undefined) throw new Error(`no ${path} link in:\n${text}`);
  return decodeURIComponent(match[1]);
}

for (const dialect of testDialects()) {
  describe(`password reset and e-mail verification by mail, over a real SMTP server [${dialect.name}]`, () => {
    let t: TestServer;
    let smtp: TestSmtpServer;
    let transport: ReturnType<typeof smtpTransport>;
    const deliver = () => deliverDueMail(t.deps, transport);
    beforeAll(async () => {
      t = await startTestServer(dialect);
      smtp = await startTestSmtpServer();
      transport = smtpTransport({ url: smtp.url, from: 'Modality <no-reply@modality.test>' });
    });
    afterAll(async () => {
      transport.close();
      await smtp.close();
      await t.close();
    });

    it('a reset mail arrives, its link works once, ends every session, and the new password is the only one', async () => {
      const email = demo('marcus.chen');
      const before = await t.signIn(email);
      const elsewhere = await t.signIn(email);
      const asked = await post(t, '/api/v1/auth/password-reset', { email: 'Marcus.Chen@demo.modality.test' });
      expect(asked.statusCode).toBe(202);
      // The same answer for an address without an account, and no mail for it.
      const unknown = await post(t, '/api/v1/auth/password-reset', { email: 'nobody@example.org' });
      expect(unknown.statusCode).toBe(202);
      expect(unknown.json()).toEqual(asked.json());

      expect((await deliver()).sent).toBe(1);
      const mail = await smtp.waitFor(email);
      expect(mail.raw).toContain('Subject: Reset your Modality password');
      const token = linkToken(mailText(mail), '/reset-password');
      // Stored only as a digest: the raw token names no stored token.
      expect(await t.deps.store.transaction((tx) => tx.accountTokens.consume(token, 'password-reset', new Date().toISOString()))).toBeUndefined();
      const reset = await post(t, '/api/v1/auth/password-reset/confirm', { token, password: 'a brand new password' });
      expect(reset.statusCode).toBe(200);
      expect(reset.json()).toEqual({ passwordChanged: true, sessionsEnded: 2 });

      expect((await before.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
      expect((await elsewhere.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
      const again = await post(t, '/api/v1/auth/password-reset/confirm', { token, password: 'yet another password' });
      expect(again.statusCode).toBe(400);
      expect(again.json()).toMatchObject({ errors: [{ path: 'token' }] });
      expect((await post(t, '/api/v1/auth/sign-in', { email, password: 'modality-demo' })).statusCode).toBe(401);
      const signedIn = await post(t, '/api/v1/auth/sign-in', { email, password: 'a brand new password' });
      expect(signedIn.statusCode).toBe(200);
      // Reading the mail proved the address.
      expect(signedIn.json()).toMatchObject({ user: { emailVerified: true } });
    });

    it('a reset link does not work after 30 minutes, and a refused late attempt leaves it unused', async () => {
      const email = demo('priya.nair');
      const realNow = Date.now();
      await post(t, '/api/v1/auth/password-reset', { email });
      await deliver();
      const token = linkToken(mailText(await smtp.waitFor(email)), '/reset-password');
      const stored = await t.deps.store.transaction((tx) => tx.accountTokens.consume(t.deps.hasher.digest(token), 'password-reset', new Date(realNow + 31 * 60_000).toISOString()));
      expect(stored).toBeUndefined();
      const res = await post(t, '/api/v1/auth/password-reset/confirm', { token, password: 'a brand new password' });
      // Still unused (the late attempt changed nothing), so it works now, inside its 30 minutes.
      expect(res.statusCode).toBe(200);
    });

    it('sign-up mails a confirmation link; opening it marks the address verified, once', async () => {
      const up = await post(t, '/api/v1/auth/sign-up', { email: 'verify.me@example.org', password: 'correct horse battery', name: 'Vera Fy' });
      expect(up.statusCode).toBe(201);
      expect(up.json()).toMatchObject({ user: { emailVerified: false } });
      const cookie = up.cookies.find((c) => c.name === 'modality_session')?.value ?? '';
      await deliver();
      const mail = await smtp.waitFor('verify.me@example.org');
      expect(mail.raw).toContain('Subject: Confirm your e-mail address for Modality');
      const token = linkToken(mailText(mail), '/verify-email');
      expect((await post(t, '/api/v1/auth/verify-email', { token })).json()).toEqual({ verified: true });
      expect((await post(t, '/api/v1/auth/verify-email', { token })).statusCode).toBe(400);
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { modality_session: cookie } });
      expect(me.json()).toMatchObject({ user: { emailVerified: true } });
    });

    it('a signed-in person can ask for a new confirmation mail; refuses a malformed token naming the field', async () => {
      const client = await t.signIn(demo('ryan.brooks'));
      const res = await client.request('POST', '/api/v1/me/email-verification');
      expect(res.statusCode).toBe(202);
      expect(res.json()).toEqual({ sent: true });
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/me/email-verification' })).statusCode).toBe(401);
      const bad = await post(t, '/api/v1/auth/verify-email', { token: 'short' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ errors: [{ path: 'token' }] });
    });

    it('the local mailbox route exists only on the demo', async () => {
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/dev/mail' })).statusCode).toBe(404);
    });
  });
}
