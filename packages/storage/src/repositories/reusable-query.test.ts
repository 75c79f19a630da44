import { openTestStore, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';
import { reusableQuery } from './reusable-query.js';

for (const dialect of testDialects()) {
  describe(`reusable queries [${dialect.name}]`, () => {
    let store: KyselyStore;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ store, close } = await openTestStore(dialect));
      for (const id of ['u1', 'u2', 'u3']) await store.users.insert({ id, email: `${id}@example.test`, name: id.toUpperCase(), passwordHash: 'h', isAdmin: false, createdAt: 't' });
    });
    afterAll(() => close());

    it('binds a new parameter on every run, with the SQL built once', async () => {
      let builds = 0;
      const byId = reusableQuery(store.db, (id) => {
        builds++;
        return store.db.selectFrom('users').select(['id', 'name']).where('id', '=', id);
      });
      expect(await byId('u2')).toEqual([{ id: 'u2', name: 'U2' }]);
      expect(await byId('u3')).toEqual([{ id: 'u3', name: 'U3' }]);
      expect(await byId('nobody')).toEqual([]);
      expect(builds).toBe(1);
    });

    it('refuses a query that does not have exactly one parameter', async () => {
      const two = reusableQuery(store.db, (id) => store.db.selectFrom('users').select('id').where('id', '=', id).where('name', '=', 'U1'));
      await expect(two('u1')).rejects.toThrow(/exactly one parameter/);
    });

    it('the session, membership and own-person lookups answer as before', async () => {
      await store.sessions.insert({ tokenHash: 'th1', userId: 'u1', csrfToken: 'c', expiresAt: 'z', createdAt: 't' });
      expect((await store.sessions.findWithUser('th1'))?.user.email).toBe('u1@example.test');
      expect(await store.sessions.findWithUser('th2')).toBeUndefined();
      expect(await store.memberships.listForUser('u1')).toEqual([]);
      expect(await store.people.idByOwner('u1')).toBeUndefined();
      await store.people.create({ id: 'psn_1', ownerUserId: 'u1', createdAt: 't' });
      expect(await store.people.idByOwner('u1')).toBe('psn_1');
      expect(await store.people.idByOwner('u2')).toBeUndefined();
    });
    it("a user's roles and the holders of roles in organisations, as the access checks read them", async () => {
      await store.organisations.insert({ id: 'org_a', name: 'A School', kind: 'school', createdAt: 't' });
      await store.organisations.insert({ id: 'org_b', name: 'B Hospital', kind: 'hospital', createdAt: 't' });
      await store.memberships.add('u2', 'org_b', 'professional', 't');
      await store.memberships.add('u2', 'org_a', 'student', 't');
      await store.memberships.add('u3', 'org_a', 'instructor', 't');
      await store.memberships.add('u1', 'org_a', 'student', 't');
      expect(await store.memberships.rolesOfUser('u2')).toEqual([
        { organisationId: 'org_a', role: 'student' },
        { organisationId: 'org_b', role: 'professional' },
      ]);
      expect(await store.memberships.rolesOfUser('nobody')).toEqual([]);
      expect(await store.memberships.holdersOf(['org_a'], ['student'])).toEqual([
        { userId: 'u1', organisationId: 'org_a' },
        { userId: 'u2', organisationId: 'org_a' },
      ]);
      expect(await store.memberships.holdersOf(['org_a', 'org_b'], ['professional', 'instructor'])).toEqual([
        { userId: 'u2', organisationId: 'org_b' },
        { userId: 'u3', organisationId: 'org_a' },
      ]);
      expect(await store.memberships.holdersOf([], ['student'])).toEqual([]);
      expect(await store.memberships.holdersOf(['org_a'], [])).toEqual([]);
    });
  });
}
