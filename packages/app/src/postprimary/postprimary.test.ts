import { calendarDate, PERSON_RECORD_FORMAT } from '@modality/domain';
import { FakeClock, SequentialIds, fastHasher, openTestStore, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal.js';
import type { SignOffDeps } from '../clinical/sign-off.js';
import { createPostprimaryLink, reviewWithLink, verifyWithLink, viewPostprimaryLink } from './postprimary-links.js';
import { logPostprimaryEntry, postprimaryProgressFor } from './postprimary-log.js';

const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);
const verifier = { name: 'Jordan Tech', arrtNumber: '123456', registered: true, inPerson: true } as const;
const supervisor = { name: 'Casey Supervisor', facility: 'Lakeside', checked: true } as const;

for (const dialect of testDialects()) {
  describe(`postprimary use cases (fake clock) [${dialect.name}]`, () => {
    let deps: SignOffDeps & { clock: FakeClock };
    let close: () => Promise<void>;
    let tech: Principal;

    beforeAll(async () => {
      const opened = await openTestStore(dialect);
      close = opened.close;
      deps = { store: opened.store, clock: new FakeClock('2026-11-30T09:00:00Z'), ids: new SequentialIds(), hasher: fastHasher, publicUrl: 'https://modality.test' };
      const now = deps.clock.now().toISOString();
      await deps.store.users.insert({ id: 'usr_t', email: 't@example.org', name: 'Terry Tech', passwordHash: 'x', isAdmin: false, createdAt: now });
      await deps.store.people.create({ id: 'psn_t', ownerUserId: 'usr_t', createdAt: now });
      await deps.store.people.replaceRecord('psn_t', { format: PERSON_RECORD_FORMAT, person: { name: 'Terry Tech', birthDate: calendarDate('1990-01-01'), country: 'US' } }, 'h', now);
      tech = { user: { id: 'usr_t', email: 't@example.org', name: 'Terry Tech', isAdmin: false, emailVerified: true }, memberships: [], csrfToken: 'c', personId: 'psn_t' };
    });
    afterAll(() => close());

    it('a link runs out after 72 hours (gone), and a fresh one still works', async () => {
      const entry = await logPostprimaryEntry(deps, tech, { discipline: 'ct', procedure: 'ct:chest', performedOn: '2026-11-29', facility: 'Lakeside' });
      const old = tokenOf((await createPostprimaryLink(deps, tech, entry.id)).url);
      deps.clock.advance(72 * 3_600_000);
      await expect(viewPostprimaryLink(deps, old)).rejects.toMatchObject({ code: 'gone' });
      const fresh = tokenOf((await createPostprimaryLink(deps, tech, entry.id)).url);
      expect((await verifyWithLink(deps, fresh, verifier)).status).toBe('awaiting-review');
      // The review link names the step; a verify statement on it is refused and the entry is unchanged.
      const review = tokenOf((await createPostprimaryLink(deps, tech, entry.id)).url);
      await expect(verifyWithLink(deps, review, verifier)).rejects.toMatchObject({ code: 'validation_failed' });
      await expect(reviewWithLink(deps, review, { ...supervisor, name: 'Terry  Tech' })).rejects.toMatchObject({ code: 'validation_failed' });
      expect((await reviewWithLink(deps, review, supervisor)).status).toBe('complete');
      const actions = (await deps.store.audit.listForPerson('psn_t', 50)).map((a) => a.action);
      expect(actions).toEqual(expect.arrayContaining(['postprimary.entry.logged', 'postprimary.verify-request.created', 'postprimary.entry.verified', 'postprimary.review-request.created', 'postprimary.entry.reviewed']));
    });

    it('a complete entry stops counting 24 months after it was performed', async () => {
      const counted = (await postprimaryProgressFor(deps, tech, 'ct')).progress;
      expect(counted.counted).toBe(1);
      deps.clock.advance(2 * 366 * 86_400_000);
      const later = (await postprimaryProgressFor(deps, tech, 'ct')).progress;
      expect(later).toMatchObject({ counted: 0, expired: 1, missing: 125 });
    });
  });
}
