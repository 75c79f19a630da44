import { withoutEntryIds } from '@modality/app';
import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROKEN_PATHS, brokenRecord, fullRecord } from '../testing/fixtures.js';
import { demo, startTestServer, type Client, type TestServer } from '../testing/test-server.js';

for (const dialect of testDialects()) {
  describe(`person records over HTTP [${dialect.name}]`, () => {
    let t: TestServer;
    let ana: Client;
    beforeAll(async () => {
      t = await startTestServer(dialect);
      ana = await t.signIn(demo('ana.reyes'));
    });
    afterAll(() => t.close());

    it('imports your own record and exports the very same document back', async () => {
      const put = await ana.request('PUT', '/api/v1/me/record', fullRecord);
      expect(put.statusCode).toBe(200);
      expect(put.json()).toEqual({ personId: ana.personId, changed: true, version: expect.any(String) as string, counts: { education: 1, credentials: 2, ce: 3, clinical: 1, exams: 1 } });
      const got = await ana.request('GET', `/api/v1/people/${ana.personId ?? ''}/record`);
      expect(got.statusCode).toBe(200);
      // The same document, each entry with the id it was given (optional in v1); that export is itself kept as it is.
      expect(withoutEntryIds(got.json())).toEqual(fullRecord);
      expect(got.json<{ ce: Array<{ id?: string }> }>().ce.every((a) => typeof a.id === 'string')).toBe(true);
      const back = await ana.request('PUT', '/api/v1/me/record', got.json());
      expect(back.json()).toMatchObject({ changed: false });
      expect((await ana.request('GET', `/api/v1/people/${ana.personId ?? ''}/record`)).json()).toEqual(got.json());
    });

    it('importing the same record twice changes nothing: no write, no audit entry', async () => {
      const personId = ana.personId ?? '';
      const before = await t.deps.store.audit.listForPerson(personId, 100);
      const updatedBefore = (await t.deps.store.people.findById(personId))?.updatedAt;
      const again = await ana.request('PUT', '/api/v1/me/record', fullRecord);
      expect(again.json()).toMatchObject({ changed: false });
      expect(await t.deps.store.audit.listForPerson(personId, 100)).toEqual(before);
      expect((await t.deps.store.people.findById(personId))?.updatedAt).toBe(updatedBefore);
    });

    it('rejects a broken record with 400 problem+json naming every bad field, and stores nothing', async () => {
      const res = await ana.request('PUT', '/api/v1/me/record', brokenRecord());
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const body = res.json<{ code: string; errors: Array<{ path: string; message: string }> }>();
      expect(body.code).toBe('validation_failed');
      expect(body.errors.map((e) => e.path).sort()).toEqual(BROKEN_PATHS);
      expect(body.errors.find((e) => e.path === 'person.nickname')?.message).toBe('unknown field (got "Ana")');
      const got = await ana.request('GET', `/api/v1/people/${ana.personId ?? ''}/record`);
      expect(withoutEntryIds(got.json())).toEqual(fullRecord);
    });

    it('answers malformed JSON with a 400 problem, and a signed-out caller with 401 before reading the body', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/check', headers: { 'content-type': 'application/json' }, payload: '{"format": ' });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      const signedOut = await t.app.inject({ method: 'PUT', url: '/api/v1/me/record', headers: { 'content-type': 'application/json' }, payload: '{"format": ' });
      expect(signedOut.statusCode).toBe(401);
      expect(signedOut.headers['content-type']).toMatch(/problem\+json/);
    });

    it('adds one CE activity to the record, validated like the record itself', async () => {
      const id = ana.personId ?? '';
      const added = await ana.request('POST', `/api/v1/people/${id}/ce`, { title: 'MRI safety refresher', completedOn: '2026-11-20', credits: 1.5, category: 'A', topics: ['mri-safety'] });
      expect(added.statusCode).toBe(201);
      expect(added.json()).toMatchObject({ changed: true, counts: { ce: fullRecord.ce.length + 1 } });
      const record = (await ana.request('GET', `/api/v1/people/${id}/record`)).json<{ ce: Array<{ title: string }> }>();
      expect(record.ce.at(-1)).toEqual({ id: added.json<{ entryId: string }>().entryId, title: 'MRI safety refresher', completedOn: '2026-11-20', credits: 1.5, category: 'A', topics: ['mri-safety'] });
      const bad = await ana.request('POST', `/api/v1/people/${id}/ce`, { title: '', completedOn: '2026-11-31', category: 'B' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path).sort()).toEqual(['category', 'completedOn', 'credits', 'title']);
      const after = (await ana.request('GET', `/api/v1/people/${id}/record`)).json<{ ce: unknown[] }>();
      expect(after.ce).toHaveLength(fullRecord.ce.length + 1);
      // put the record back for the tests that follow
      await ana.request('PUT', '/api/v1/me/record', fullRecord);
    });

    it('lists the people you may see with cursor pagination', async () => {
      const victor = await t.signIn(demo('victor.huang'));
      const first = await victor.request('GET', '/api/v1/people?limit=2');
      const page1 = first.json<{ items: Array<{ name: string }>; nextCursor: string | null }>();
      expect(page1.items).toHaveLength(2);
      expect(page1.nextCursor).not.toBeNull();
      const names = page1.items.map((i) => i.name);
      let cursor = page1.nextCursor;
      while (cursor !== null) {
        const page = (await victor.request('GET', `/api/v1/people?limit=2&cursor=${cursor}`)).json<{ items: Array<{ name: string }>; nextCursor: string | null }>();
        names.push(...page.items.map((i) => i.name));
        cursor = page.nextCursor;
      }
      // The hospital's professionals; its org admin has no record of his own.
      expect(names.sort()).toEqual(['Ana Reyes', 'David Okafor', 'Emily Walsh', 'Grace Kim']);
      const olivia = await t.signIn(demo('olivia.bennett'));
      const seen = (await olivia.request('GET', '/api/v1/people')).json<{ items: Array<{ name: string; isSelf: boolean; canChange: boolean }> }>().items;
      // An instructor reads her students' records but changes only her own.
      expect(seen.map((p) => [p.name, p.isSelf, p.canChange]).sort()).toEqual([
        ['Lena Morales', false, false],
        ['Olivia Bennett', true, true],
        ['Sam Patel', false, false],
      ]);
      const henry = await t.signIn(demo('henry.lambert'));
      const his = (await henry.request('GET', '/api/v1/people')).json<{ items: Array<{ canChange: boolean }> }>().items;
      expect(his.length).toBe(2);
      expect(his.every((p) => p.canChange)).toBe(true);
      const bad = await victor.request('GET', '/api/v1/people?limit=0');
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toEqual(['querystring.limit']);
    });
  });

  describe(`who may read and change whose record [${dialect.name}]`, () => {
    let t: TestServer;
    const personOf = new Map<string, string>();
    beforeAll(async () => {
      t = await startTestServer(dialect);
      for (const key of ['ana.reyes', 'grace.kim', 'marcus.chen', 'sam.patel', 'jose.santos']) {
        const c = await t.signIn(demo(key));
        personOf.set(key, c.personId ?? '');
      }
    });
    afterAll(() => t.close());

    /** [actor, subject, can read, can change] */
    const matrix: Array<[string, string, boolean, boolean]> = [
      ['ana.reyes', 'ana.reyes', true, true], // yourself
      ['ana.reyes', 'grace.kim', false, false], // a colleague is not staff
      ['ana.reyes', 'marcus.chen', false, false], // another organisation
      ['victor.huang', 'ana.reyes', true, true], // org_admin of her hospital
      ['victor.huang', 'marcus.chen', false, false], // not his organisation
      ['victor.huang', 'sam.patel', false, false],
      ['olivia.bennett', 'sam.patel', true, false], // instructor: read only
      ['olivia.bennett', 'ana.reyes', false, false],
      ['henry.lambert', 'sam.patel', true, true], // program director
      ['henry.lambert', 'ana.reyes', false, false],
      ['nina.cole', 'jose.santos', false, false], // recruiters get no record access from membership
      ['admin', 'ana.reyes', false, false], // platform admins run organisations, not records
      ['sam.patel', 'sam.patel', true, true], // a student owns their record
      ['sam.patel', 'jose.santos', false, false],
    ];

    it.each(matrix)('%s → %s: read %s, change %s', async (actor, subject, canRead, canChange) => {
      const client = await t.signIn(demo(actor));
      const id = personOf.get(subject) ?? '';
      const read = await client.request('GET', `/api/v1/people/${id}/record`);
      expect(read.statusCode).toBe(canRead ? 200 : 404);
      const before = await t.deps.store.people.getRecord(id);
      if (!before) throw new Error('subject has no record');
      const changed = { ...before, person: { ...before.person, name: `${before.person.name} (edited)` } };
      const write = await client.request('PUT', `/api/v1/people/${id}/record`, changed);
      expect(write.statusCode).toBe(canChange ? 200 : canRead ? 403 : 404);
      const after = await t.deps.store.people.getRecord(id);
      expect(after?.person.name).toBe(canChange ? changed.person.name : before.person.name);
      if (canChange) await client.request('PUT', `/api/v1/people/${id}/record`, before);
    });

    it('audits a read by staff of another role, with the organisation it came through', async () => {
      const victor = await t.signIn(demo('victor.huang'));
      const id = personOf.get('ana.reyes') ?? '';
      await victor.request('GET', `/api/v1/people/${id}/record`);
      const entries = await t.deps.store.audit.listForPerson(id, 50);
      const read = entries.find((e) => e.action === 'person.record.read' && e.actorUserId === victor.userId);
      const [hospital] = await t.deps.store.memberships.listForUser(victor.userId);
      expect(hospital?.role).toBe('org_admin');
      expect(read?.organisationId).toBe(hospital?.organisationId);
      // Reading your own record is not an access by another organisation: no audit entry for it.
      const ana = await t.signIn(demo('ana.reyes'));
      const countBefore = (await t.deps.store.audit.listForPerson(id, 100)).length;
      await ana.request('GET', `/api/v1/people/${id}/record`);
      expect((await t.deps.store.audit.listForPerson(id, 100)).length).toBe(countBefore);
    });

    it('only the owner may delete a record; it is then gone and the deletion is audited', async () => {
      const id = personOf.get('jose.santos') ?? '';
      const victor = await t.signIn(demo('victor.huang'));
      const nina = await t.signIn(demo('nina.cole'));
      expect((await nina.request('DELETE', `/api/v1/people/${id}`)).statusCode).toBe(404);
      expect((await victor.request('DELETE', `/api/v1/people/${id}`)).statusCode).toBe(404);
      const jose = await t.signIn(demo('jose.santos'));
      expect((await jose.request('DELETE', `/api/v1/people/${id}`)).statusCode).toBe(200);
      expect(await t.deps.store.people.findById(id)).toBeUndefined();
      expect((await jose.request('GET', `/api/v1/people/${id}/record`)).statusCode).toBe(404);
      const count = await t.store.db.selectFrom('ce_activities').select((eb) => eb.fn.countAll().as('n')).where('person_id', '=', id).executeTakeFirst();
      expect(Number(count?.n)).toBe(0);
      expect((await t.deps.store.audit.listForPerson(id, 10))[0]?.action).toBe('person.deleted');
    });

    it('signed-out callers get 401 on every record route', async () => {
      const id = personOf.get('ana.reyes') ?? '';
      for (const [method, url] of [['GET', '/api/v1/people'], ['GET', `/api/v1/people/${id}/record`], ['PUT', '/api/v1/me/record']] as const) {
        const res = await t.app.inject({ method, url, ...(method === 'PUT' ? { payload: fullRecord } : {}) });
        expect(res.statusCode, `${method} ${url}`).toBe(401);
      }
    });
  });
}
