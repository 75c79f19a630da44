import { PERSON_RECORD_FORMAT, calendarDate as d, type PersonRecord } from '@modality/domain';
import { openTestStore, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';

const vc = { '@context': ['https://www.w3.org/ns/credentials/v2'], id: 'urn:uuid:1', type: ['VerifiableCredential'], issuer: { id: 'did:web:x.example', name: 'X' }, credentialSubject: { name: 'é 🩻' }, proof: { type: 'DataIntegrityProof' } };
const withWallet: PersonRecord = { format: PERSON_RECORD_FORMAT, person: { name: 'Sam Patel', birthDate: d('2005-06-14'), country: 'US' }, verifiableCredentials: [vc, { ...vc, id: 'urn:uuid:2', issuer: 'did:web:y.example' }] };

for (const dialect of testDialects()) {
  describe(`issuers, status lists, issued credentials, calendar feeds and the wallet section [${dialect.name}]`, () => {
    let store: KyselyStore;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ store, close } = await openTestStore(dialect));
      await store.organisations.insert({ id: 'org_1', name: 'School', kind: 'school', createdAt: '2026-01-01T00:00:00Z' });
      await store.people.create({ id: 'psn_1', ownerUserId: null, createdAt: '2026-01-01T00:00:00Z' });
    });
    afterAll(() => close());

    it('keeps the wallet section verbatim, from the document and from the rows alike', async () => {
      await store.people.replaceRecord('psn_1', withWallet, 'h', '2026-01-01T00:00:00Z');
      expect(await store.people.getRecord('psn_1')).toEqual({ ...withWallet, person: { ...withWallet.person, id: 'psn_1' } });
      const rows = await store.db.selectFrom('verifiable_credentials').select(['credential_id', 'issuer']).where('person_id', '=', 'psn_1').orderBy('position').execute();
      expect(rows).toEqual([{ credential_id: 'urn:uuid:1', issuer: 'did:web:x.example' }, { credential_id: 'urn:uuid:2', issuer: 'did:web:y.example' }]);
      await store.db.updateTable('people').set({ record_json: null }).where('id', '=', 'psn_1').execute();
      expect((await store.people.getRecord('psn_1'))?.verifiableCredentials).toEqual(withWallet.verifiableCredentials);
    });

    it('stores an issuer, gives out status indexes in order without repeats, and lists revoked indexes', async () => {
      await store.issuers.insert({ id: 'org_1', organisationId: 'org_1', did: 'did:web:h:issuers:org_1', keyId: 'did:web:h:issuers:org_1#key-1', publicKeyMultibase: 'z6Mk', secretKeySealed: 'v1.a.b.c', name: 'School', createdAt: '2026-01-01T00:00:00Z' });
      expect((await store.issuers.findByDid('did:web:h:issuers:org_1'))?.id).toBe('org_1');
      await store.statusLists.insert({ id: 'sl_1', issuerId: 'org_1', length: 3, nextIndex: 0, credential: { id: 'https://h/api/v1/status-lists/sl_1' }, updatedAt: '2026-01-01T00:00:00Z' });
      const indexes = await Promise.all([0, 1, 2].map(() => store.transaction((tx) => tx.statusLists.claimIndex('sl_1'))));
      expect([...indexes].sort()).toEqual([0, 1, 2]);
      expect(await store.statusLists.findOpen('org_1')).toBeUndefined();
      for (const i of indexes) {
        await store.issuedCredentials.insert({ id: `urn:uuid:c${String(i)}`, issuerId: 'org_1', personId: 'psn_1', kind: 'competency', name: 'C', statusListId: 'sl_1', statusIndex: i, issuedAt: `2026-01-0${String(i + 1)}T00:00:00Z`, issuedBy: null, revokedAt: null });
      }
      await expect(store.issuedCredentials.insert({ id: 'urn:uuid:dup', issuerId: 'org_1', personId: null, kind: 'ce', name: 'C', statusListId: 'sl_1', statusIndex: 1, issuedAt: '2026-01-09T00:00:00Z', issuedBy: null, revokedAt: null })).rejects.toThrow();
      await store.issuedCredentials.markRevoked('urn:uuid:c2', '2026-02-01T00:00:00Z');
      await store.issuedCredentials.markRevoked('urn:uuid:c2', '2026-03-01T00:00:00Z');
      expect((await store.issuedCredentials.findById('urn:uuid:c2'))?.revokedAt).toBe('2026-02-01T00:00:00Z');
      expect(await store.issuedCredentials.revokedIndexes('sl_1')).toEqual([2]);
      expect((await store.issuedCredentials.listForPerson('psn_1')).map((c) => c.id)).toEqual(['urn:uuid:c0', 'urn:uuid:c1', 'urn:uuid:c2']);
      await store.statusLists.replaceCredential('sl_1', { id: 'https://h/api/v1/status-lists/sl_1', v: 2 }, '2026-02-01T00:00:00Z');
      expect((await store.statusLists.findById('sl_1'))?.credential).toEqual({ id: 'https://h/api/v1/status-lists/sl_1', v: 2 });
    });

    it('rolls back an issued credential with its transaction', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.issuedCredentials.insert({ id: 'urn:uuid:gone', issuerId: 'org_1', personId: null, kind: 'ce', name: 'C', statusListId: 'sl_1', statusIndex: 99, issuedAt: '2026-01-09T00:00:00Z', issuedBy: null, revokedAt: null });
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.issuedCredentials.findById('urn:uuid:gone')).toBeUndefined();
    });

    it('finds a calendar feed by token digest until it is revoked', async () => {
      await store.calendarFeeds.insert({ tokenHash: 'd1', personId: 'psn_1', createdAt: '2026-01-01T00:00:00Z', revokedAt: null });
      expect((await store.calendarFeeds.findActive('d1'))?.personId).toBe('psn_1');
      expect((await store.calendarFeeds.findActiveForPerson('psn_1'))?.tokenHash).toBe('d1');
      expect(await store.calendarFeeds.revokeForPerson('psn_1', '2026-01-02T00:00:00Z')).toBe(1);
      expect(await store.calendarFeeds.findActive('d1')).toBeUndefined();
      expect(await store.calendarFeeds.revokeForPerson('psn_1', '2026-01-03T00:00:00Z')).toBe(0);
    });
  });
}
