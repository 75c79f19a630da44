import { ValidationError } from '@modality/domain';
import { FakeClock, SequentialIds, fastHasher, openTestStore, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailDeps } from '../deps.js';
import { createOrganisation, inviteMember } from '../organisations/organisation-use-cases.js';
import { SESSION_TOUCH_MS, SESSION_TTL_MS } from './session-policy.js';
import { authenticate } from './session.js';
import { signIn } from './sign-in.js';
import { signUp } from './sign-up.js';

for (const dialect of testDialects()) {
  describe(`sessions and invitations over time (fake clock) [${dialect.name}]`, () => {
    let deps: MailDeps & { clock: FakeClock };
    let close: () => Promise<void>;
    beforeAll(async () => {
      const opened = await openTestStore(dialect);
      close = opened.close;
      deps = { store: opened.store, clock: new FakeClock('2026-01-01T00:00:00Z'), ids: new SequentialIds(), hasher: fastHasher, publicUrl: 'http://modality.test' };
    });
    afterAll(() => close());

    it('a session works until its 14 days are up, then is gone', async () => {
      await signUp(deps, { email: 'a@x.test', password: 'long-password-1', name: 'A' });
      const { token } = await signIn(deps, { email: 'a@x.test', password: 'long-password-1' });
      deps.clock.advance(SESSION_TTL_MS - 1000);
      expect((await authenticate(deps, token))?.user.email).toBe('a@x.test');
      deps.clock.advance(2000);
      expect(await authenticate(deps, token)).toBeUndefined();
      expect(await deps.store.sessions.findByTokenHash(deps.hasher.digest(token))).toBeUndefined();
    });

    it('an expired invitation cannot be redeemed, and the failed sign-up leaves no user behind', async () => {
      await deps.store.users.insert({ id: 'usr_admin', email: 'root@x.test', name: 'Root', passwordHash: 'x', isAdmin: true, createdAt: 't' });
      const admin = { user: { id: 'usr_admin', email: 'root@x.test', name: 'Root', isAdmin: true, emailVerified: false }, memberships: [], csrfToken: 'c', personId: null };
      const org = await createOrganisation(deps, admin, { name: 'Org', kind: 'school' });
      const inv = await inviteMember(deps, admin, org.id, { email: 'late@x.test', role: 'student' });
      deps.clock.advance(15 * 24 * 3600 * 1000);
      const attempt = signUp(deps, { email: 'late@x.test', password: 'long-password-2', name: 'Late', invitationToken: inv.token });
      await expect(attempt).rejects.toBeInstanceOf(ValidationError);
      await expect(attempt).rejects.toMatchObject({ issues: [{ path: 'invitationToken', message: 'this invitation has expired' }] });
      expect(await deps.store.users.findByEmail('late@x.test')).toBeUndefined();
    });

    it('records when a session was last used, at most once every few minutes, with the client it came from', async () => {
      await signUp(deps, { email: 'seen@x.test', password: 'long-password-3', name: 'Seen' });
      const { token } = await signIn(deps, { email: 'seen@x.test', password: 'long-password-3' }, { userAgent: 'Browser One' });
      const user = await deps.store.users.findByEmail('seen@x.test');
      const lastSeen = async () => (await deps.store.sessions.listForUser(user?.id ?? '', deps.clock.now().toISOString())).find((s) => s.tokenHash === deps.hasher.digest(token));
      const signedInAt = deps.clock.now().toISOString();
      expect(await lastSeen()).toMatchObject({ lastSeenAt: signedInAt, userAgent: 'Browser One', createdAt: signedInAt });
      deps.clock.advance(SESSION_TOUCH_MS - 1000);
      await authenticate(deps, token, { userAgent: 'Browser Two' });
      expect(await lastSeen()).toMatchObject({ lastSeenAt: signedInAt, userAgent: 'Browser One' });
      deps.clock.advance(1000);
      await authenticate(deps, token, { userAgent: 'Browser Two' });
      expect(await lastSeen()).toMatchObject({ lastSeenAt: deps.clock.now().toISOString(), userAgent: 'Browser Two' });
    });
  });
}
