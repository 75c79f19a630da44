import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type Client, type TestServer } from '../testing/test-server.js';

interface Problem {
  readonly code: string;
  readonly errors?: ReadonlyArray<{ readonly path: string; readonly message: string }>;
}

for (const dialect of testDialects()) {
  describe(`record forms: one entry at a time [${dialect.name}]`, () => {
    let t: TestServer;
    let sam: Client;
    let samId: string;
    const record = async () => (await sam.request('GET', `/api/v1/people/${samId}/record`)).json<Record<string, unknown[] | undefined>>();

    beforeAll(async () => {
      t = await startTestServer(dialect);
      sam = await t.signIn(demo('sam.patel'));
      samId = sam.personId ?? '';
    });
    afterAll(() => t.close());

    it('adds, edits and deletes a licence, each change stored and audited', async () => {
      const before = (await record())['credentials'] ?? [];
      const licence = { credential: 'us-tx:mrt', earnedOn: '2025-06-01', number: 'TX-12345', expiresOn: '2027-05-31', status: 'active' };
      const added = await sam.request('POST', `/api/v1/people/${samId}/credentials`, licence);
      expect(added.statusCode).toBe(201);
      const { entryId } = added.json<{ entryId: string }>();
      expect(added.json()).toMatchObject({ personId: samId, changed: true, counts: { credentials: before.length + 1 } });
      expect((await record())['credentials']?.[before.length]).toEqual({ id: entryId, ...licence });

      const edited = await sam.request('PUT', `/api/v1/people/${samId}/credentials/${entryId}`, { ...licence, number: 'TX-99999' });
      expect(edited.statusCode).toBe(200);
      expect((await record())['credentials']?.[before.length]).toEqual({ id: entryId, ...licence, number: 'TX-99999' });

      const deleted = await sam.request('DELETE', `/api/v1/people/${samId}/credentials/${entryId}`);
      expect(deleted.statusCode).toBe(200);
      expect((await record())['credentials']).toEqual(before);
      const actions = (await t.deps.store.audit.listForPerson(samId, 10)).map((a) => a.action);
      expect(actions.filter((a) => a === 'person.record.changed').length).toBeGreaterThanOrEqual(3);
    });

    it('refuses a CE activity worth 500 credits, quoting the figure, and one dated 2031, quoting the date', async () => {
      const count = ((await record())['ce'] ?? []).length;
      const big = await sam.request('POST', `/api/v1/people/${samId}/ce`, { title: 'Dose course', completedOn: '2026-01-10', credits: 500 });
      expect(big.statusCode).toBe(400);
      const bigErrors = big.json<Problem>().errors ?? [];
      expect(bigErrors.map((e) => e.path)).toEqual(['credits']);
      expect(bigErrors[0]?.message).toContain('500');
      const zero = await sam.request('POST', `/api/v1/people/${samId}/ce`, { title: 'Dose course', completedOn: '2026-01-10', credits: 0 });
      expect(zero.json<Problem>().errors?.map((e) => e.path)).toEqual(['credits']);
      const future = await sam.request('POST', `/api/v1/people/${samId}/ce`, { title: 'Dose course', completedOn: '2031-01-01', credits: 2 });
      expect(future.statusCode).toBe(400);
      const futureErrors = future.json<Problem>().errors ?? [];
      expect(futureErrors.map((e) => e.path)).toEqual(['completedOn']);
      expect(futureErrors[0]?.message).toContain('"2031-01-01"');
      expect(((await record())['ce'] ?? []).length).toBe(count);
    });

    it('the import refuses the same future date, naming its place in the record', async () => {
      const whole = await t.deps.store.people.getRecord(samId);
      if (!whole) throw new Error('Sam has no record');
      const withFuture = { ...whole, ce: [...(whole.ce ?? []), { title: 'Dose course', completedOn: '2031-01-01', credits: 2 }] };
      const res = await sam.request('PUT', `/api/v1/people/${samId}/record`, withFuture);
      expect(res.statusCode).toBe(400);
      const errors = res.json<Problem>().errors ?? [];
      expect(errors.map((e) => e.path)).toEqual([`ce[${(whole.ce ?? []).length}].completedOn`]);
      expect(errors[0]?.message).toContain('"2031-01-01"');
    });

    it('an exam with a result cannot be in the future; a scheduled one may be', async () => {
      const passed = await sam.request('POST', `/api/v1/people/${samId}/exams`, { exam: 'arrt:R', takenOn: '2031-03-01', result: 'pass' });
      expect(passed.statusCode).toBe(400);
      expect(passed.json<Problem>().errors?.map((e) => e.path)).toEqual(['takenOn']);
      const scheduled = await sam.request('POST', `/api/v1/people/${samId}/exams`, { exam: 'arrt:R', takenOn: '2031-03-01', result: 'scheduled' });
      expect(scheduled.statusCode).toBe(201);
      const { entryId } = scheduled.json<{ entryId: string }>();
      expect(((await record())['exams'] ?? []).find((e) => (e as { id?: string }).id === entryId)).toEqual({ id: entryId, exam: 'arrt:R', takenOn: '2031-03-01', result: 'scheduled' });
      expect((await sam.request('DELETE', `/api/v1/people/${samId}/exams/${entryId}`)).statusCode).toBe(200);
    });

    it('adds education with the contract of the import: an unknown award is refused by name', async () => {
      const bad = await sam.request('POST', `/api/v1/people/${samId}/education`, { kind: 'program', discipline: 'radiography', award: 'diploma', country: 'US' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<Problem>().errors?.map((e) => e.path)).toEqual(['award']);
      const good = await sam.request('POST', `/api/v1/people/${samId}/education`, { kind: 'program', discipline: 'radiography', award: 'associate', country: 'US', startedOn: '2025-08-25' });
      expect(good.statusCode).toBe(201);
      expect((await sam.request('DELETE', `/api/v1/people/${samId}/education/${good.json<{ entryId: string }>().entryId}`)).statusCode).toBe(200);
    });

    it('an entry that is not there is "not found", and an unknown credential code is quoted', async () => {
      expect((await sam.request('PUT', `/api/v1/people/${samId}/credentials/e_not-there`, { credential: 'arrt:R', earnedOn: '2020-01-01' })).statusCode).toBe(404);
      expect((await sam.request('DELETE', `/api/v1/people/${samId}/ce/e_not-there`)).statusCode).toBe(404);
      const unknown = await sam.request('POST', `/api/v1/people/${samId}/credentials`, { credential: 'arrt:ZZ', earnedOn: '2020-01-01' });
      expect(unknown.json<Problem>().errors?.[0]?.message).toContain('"arrt:ZZ"');
    });

    it('asks the CE questions of the rules of what the person holds, only of those who may read the record', async () => {
      const ana = await t.signIn(demo('ana.reyes'));
      const res = await ana.request('GET', `/api/v1/people/${ana.personId ?? ''}/ce-questions`);
      expect(res.statusCode).toBe(200);
      const items = res.json<{ items: Array<{ topic: string; question: string; credentials: string[] }> }>().items;
      expect(items.map((q) => q.topic)).toContain('direct');
      expect(items.find((q) => q.topic === 'direct')?.question).toContain('ionizing radiation');
      expect((await sam.request('GET', `/api/v1/people/${samId}/ce-questions`)).json<{ items: unknown[] }>().items).toEqual([]);
      const nina = await t.signIn(demo('nina.cole'));
      expect((await nina.request('GET', `/api/v1/people/${ana.personId ?? ''}/ce-questions`)).statusCode).toBe(404);
    });

    it("changes who the record is about, refusing a birth date after today, and only for those who may change it", async () => {
      const before = await t.deps.store.people.getRecord(samId);
      const details = { name: 'Sam R. Patel', birthDate: '2005-06-14', country: 'US', region: 'us-ca' };
      expect((await sam.request('PUT', `/api/v1/people/${samId}/person`, details)).statusCode).toBe(200);
      expect((await t.deps.store.people.getRecord(samId))?.person).toEqual({ id: samId, ...details });
      const future = await sam.request('PUT', `/api/v1/people/${samId}/person`, { ...details, birthDate: '2031-01-01' });
      expect(future.statusCode).toBe(400);
      expect(future.json<Problem>().errors?.[0]).toMatchObject({ path: 'birthDate' });
      const olivia = await t.signIn(demo('olivia.bennett'));
      expect((await olivia.request('PUT', `/api/v1/people/${samId}/person`, details)).statusCode).toBe(403);
      if (before) {
        const { id: _id, ...person } = before.person;
        expect((await sam.request('PUT', `/api/v1/people/${samId}/person`, person)).statusCode).toBe(200);
      }
    });

    it('staff who may only read get 403, strangers 404, and the record is unchanged', async () => {
      const before = await t.deps.store.people.getRecord(samId);
      const olivia = await t.signIn(demo('olivia.bennett'));
      const entry = { title: 'Positioning', completedOn: '2026-01-10', credits: 1 };
      expect((await olivia.request('POST', `/api/v1/people/${samId}/ce`, entry)).statusCode).toBe(403);
      const nina = await t.signIn(demo('nina.cole'));
      expect((await nina.request('POST', `/api/v1/people/${samId}/ce`, entry)).statusCode).toBe(404);
      expect((await nina.request('DELETE', `/api/v1/people/${samId}/ce/${String((((await record())['ce'] ?? [])[0] as { id?: string } | undefined)?.id)}`)).statusCode).toBe(404);
      expect(await t.deps.store.people.getRecord(samId)).toEqual(before);
      const henry = await t.signIn(demo('henry.lambert'));
      const byDirector = await henry.request('POST', `/api/v1/people/${samId}/ce`, entry);
      expect(byDirector.statusCode).toBe(201);
      expect((await sam.request('DELETE', `/api/v1/people/${samId}/ce/${byDirector.json<{ entryId: string }>().entryId}`)).statusCode).toBe(200);
    });

    it('addresses entries by id: a delete does not move the others, a stale copy is refused, an import keeps the ids', async () => {
      const add = async (title: string) => (await sam.request('POST', `/api/v1/people/${samId}/ce`, { title, completedOn: '2026-01-10', credits: 1 })).json<{ entryId: string; version: string }>();
      const first = await add('First');
      const second = await add('Second');
      expect(first.entryId).not.toBe(second.entryId);
      // Another tab deletes the first; an edit of the second still lands on the second.
      expect((await sam.request('DELETE', `/api/v1/people/${samId}/ce/${first.entryId}`)).statusCode).toBe(200);
      const edit = await sam.request('PUT', `/api/v1/people/${samId}/ce/${second.entryId}`, { title: 'Second, changed', completedOn: '2026-01-10', credits: 1 });
      expect(edit.statusCode).toBe(200);
      const ce = ((await record())['ce'] ?? []) as Array<{ id?: string; title: string }>;
      expect(ce.find((e) => e.id === second.entryId)?.title).toBe('Second, changed');
      expect(ce.some((e) => e.title === 'First')).toBe(false);
      // The deleted one is gone: changing it is "not found", not a change of whatever took its place.
      const gone = await sam.request('PUT', `/api/v1/people/${samId}/ce/${first.entryId}`, { title: 'First', completedOn: '2026-01-10', credits: 1 });
      expect(gone.statusCode).toBe(404);
      // If-Match: the ETag of the record as read; once the record has changed, the same tag is a conflict.
      const read = await sam.request('GET', `/api/v1/people/${samId}/record`);
      const etag = String(read.headers['etag']);
      expect(etag).toMatch(/^"[0-9a-f]+"$/);
      const withTag = (method: 'PUT' | 'DELETE', body?: unknown) =>
        t.app.inject({ method, url: `/api/v1/people/${samId}/ce/${second.entryId}`, cookies: sam.session.cookies, headers: { ...sam.session.headers, 'if-match': etag }, ...(body === undefined ? {} : { payload: body as object }) });
      const fresh = await withTag('PUT', { title: 'Second, again', completedOn: '2026-01-10', credits: 1 });
      expect(fresh.statusCode).toBe(200);
      const stale = await withTag('DELETE');
      expect(stale.statusCode).toBe(409);
      expect(stale.headers['content-type']).toContain('application/problem+json');
      expect((await sam.request('DELETE', `/api/v1/people/${samId}/ce/${second.entryId}`)).statusCode).toBe(200);
      // A body naming another id than the URL is refused by field.
      const other = await sam.request('PUT', `/api/v1/people/${samId}/ce/${second.entryId}`, { id: 'e_other', title: 'x', completedOn: '2026-01-10', credits: 1 });
      expect(other.statusCode).toBe(400);
      expect(other.json<Problem>().errors?.map((e) => e.path)).toEqual(["id"]);
      // An import of the exported record (ids and all) is the same record; one repeating an id is refused where it repeats.
      const whole = await record();
      const again = await sam.request('PUT', `/api/v1/people/${samId}/record`, whole);
      expect(again.json<{ changed: boolean }>().changed).toBe(false);
      const ceList = (whole['ce'] ?? []) as Array<{ id?: string }>;
      if (ceList.length >= 2) {
        const twice = { ...whole, ce: [ceList[0], { ...ceList[1], id: ceList[0]?.id }, ...ceList.slice(2)] };
        const refused = await sam.request('PUT', `/api/v1/people/${samId}/record`, twice);
        expect(refused.statusCode).toBe(400);
        expect(refused.json<Problem>().errors?.map((e) => e.path)).toEqual(['ce[1].id']);
      }
    });
  });
}
