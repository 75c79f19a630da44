import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type Client, type TestServer } from '../testing/test-server.js';

interface Entry {
  id: string;
  procedureName: string;
  facility: string;
  status: string;
  verifiedBy: { name: string; arrtNumber: string } | null;
  reviewedBy: { name: string; facility: string } | null;
}
interface Problem {
  errors?: { path: string; message: string }[];
}
interface Progress {
  requirements: { flag: string; totalRepetitions: { value: number | null; confidence: string } };
  progress: { counted: number; required: number | null; missing: number | null; waiting: number };
  procedures: { name: string; counted: number }[];
}
type Tables = {
  postprimary_entries: { id: string; procedure: string; verified_at: string | null; reviewed_at: string | null };
  mail_outbox: { kind: string; to_address: string; body_text: string };
  users: { id: string; email_verified_at: string | null };
};
interface Queue {
  addressConfirmed: boolean;
  items: { step: string; technologistName: string; entry: Entry }[];
}

const today = () => new Date().toISOString().slice(0, 10);
const FACILITY = 'Lakeside Imaging Center';
const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

for (const dialect of testDialects()) {
  describe(`postprimary clinical experience log: verifier, then supervisor review [${dialect.name}]`, () => {
    let t: TestServer;
    let ryan: Client;
    let marcus: Client;
    const db = () => t.store.db.withTables<Tables>();
    const anon = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) => t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
    const log = (client: Client, body: Record<string, unknown> = {}) =>
      client.request('POST', '/api/v1/postprimary/entries', { discipline: 'ct', procedure: 'ct:chest', performedOn: today(), facility: FACILITY, ...body });
    const link = async (client: Client, id: string, body?: Record<string, unknown>) => client.request('POST', `/api/v1/postprimary/entries/${id}/links`, body);
    const verify = (token: string, body: Record<string, unknown> = {}) =>
      anon('POST', `/api/v1/postprimary/links/${token}/verify`, { name: 'Jordan Tech', arrtNumber: '123456', registered: true, inPerson: true, ...body });
    const review = (token: string, body: Record<string, unknown> = {}) =>
      anon('POST', `/api/v1/postprimary/links/${token}/review`, { name: 'Casey Supervisor', facility: FACILITY, checked: true, ...body });

    beforeAll(async () => {
      t = await startTestServer(dialect);
      ryan = await t.signIn(demo('ryan.brooks'));
      marcus = await t.signIn(demo('marcus.chen'));
    });
    afterAll(() => t.close());

    it('refuses a future day, an unknown procedure and a missing facility, naming each field; nothing is written', async () => {
      const before = (await db().selectFrom('postprimary_entries').select('id').execute()).length;
      const future = await log(ryan, { performedOn: '2999-01-01', procedure: 'ct:not-a-scan' });
      expect(future.statusCode).toBe(400);
      const errors = future.json<Problem>().errors ?? [];
      expect(errors.find((e) => e.path === 'performedOn')?.message).toContain('"2999-01-01"');
      expect(errors.find((e) => e.path === 'procedure')?.message).toContain('"ct:not-a-scan"');
      expect((await log(ryan, { facility: '   ' })).statusCode).toBe(400);
      expect((await log(ryan, { discipline: 'mammography' })).statusCode).toBe(400);
      expect((await db().selectFrom('postprimary_entries').select('id').execute()).length).toBe(before);
    });

    it('a procedure counts only after a verifier and then a different supervisor at the same facility sign it', async () => {
      const start = (await ryan.request('GET', '/api/v1/postprimary/progress?discipline=ct')).json<Progress>();
      expect(start.requirements.totalRepetitions).toMatchObject({ value: 125, confidence: 'unconfirmed' });
      expect(start.requirements.flag).toMatch(/^Not confirmed by ARRT/);
      const entry = (await log(ryan)).json<Entry>();
      expect(entry).toMatchObject({ procedureName: 'Chest', facility: FACILITY, status: 'awaiting-verification', verifiedBy: null });

      // Someone else's entry is not found; the verify link is the first step.
      expect((await link(marcus, entry.id)).statusCode).toBe(404);
      const first = (await link(ryan, entry.id)).json<{ url: string; step: string }>();
      expect(first.step).toBe('verify');
      expect(first.url).toContain('/postprimary/confirm/');
      const vt = tokenOf(first.url);
      const view = await anon('GET', `/api/v1/postprimary/links/${vt}`);
      expect(view.json()).toMatchObject({ step: 'verify', technologistName: 'Ryan Brooks', entry: { procedureName: 'Chest' } });

      // A verify link does not take a review; the technologist cannot verify their own entry.
      expect((await review(vt)).statusCode).toBe(400);
      const self = await verify(vt, { name: 'ryan  BROOKS' });
      expect(self.statusCode).toBe(400);
      expect(self.json<Problem>().errors?.[0]?.path).toBe('name');
      expect((await verify(vt, { inPerson: false })).statusCode).toBe(400);
      const verified = await verify(vt);
      expect(verified.statusCode).toBe(200);
      expect(verified.json<Entry>()).toMatchObject({ status: 'awaiting-review', verifiedBy: { name: 'Jordan Tech', arrtNumber: '123456' } });
      expect((await verify(vt)).statusCode).toBe(410);

      let p = (await ryan.request('GET', '/api/v1/postprimary/progress?discipline=ct')).json<Progress>();
      expect(p.progress.counted).toBe(start.progress.counted);
      expect(p.progress.waiting).toBe(start.progress.waiting + 1);

      const second = (await link(ryan, entry.id, { email: 'casey.sup@example.org' })).json<{ url: string; step: string; mailedTo: string }>();
      expect(second).toMatchObject({ step: 'review', mailedTo: 'casey.sup@example.org' });
      const mail = await db().selectFrom('mail_outbox').select(['kind', 'to_address', 'body_text']).where('kind', '=', 'postprimary-review-request').execute();
      expect(mail).toHaveLength(1);
      expect(mail[0]?.body_text).toContain(second.url);
      expect(mail[0]?.body_text).toContain('Chest');
      const rt = tokenOf(second.url);

      // Another facility, or the verifier again, is refused with the field named and the value quoted.
      const elsewhere = await review(rt, { facility: 'St. Brigid' });
      expect(elsewhere.statusCode).toBe(400);
      expect(elsewhere.json<Problem>().errors?.find((e) => e.path === 'facility')?.message).toContain('"St. Brigid"');
      const sameAsVerifier = await review(rt, { name: 'jordan tech' });
      expect(sameAsVerifier.json<Problem>().errors?.find((e) => e.path === 'name')?.message).toContain('"jordan tech"');
      expect((await db().selectFrom('postprimary_entries').select('reviewed_at').where('id', '=', entry.id).executeTakeFirst())?.reviewed_at).toBeNull();

      const reviewed = await review(rt, { facility: ' lakeside   imaging center ' });
      expect(reviewed.statusCode).toBe(200);
      expect(reviewed.json<Entry>()).toMatchObject({ status: 'complete', reviewedBy: { name: 'Casey Supervisor', facility: FACILITY } });
      expect((await review(rt)).statusCode).toBe(410);
      expect((await link(ryan, entry.id)).statusCode).toBe(409);

      p = (await ryan.request('GET', '/api/v1/postprimary/progress?discipline=ct')).json<Progress>();
      expect(p.progress.counted).toBe(start.progress.counted + 1);
      expect(p.progress.missing).toBe(124 - start.progress.counted);
      expect(p.procedures.find((x) => x.name === 'Chest')?.counted).toBe(1);
    });

    it('in the app: a signed-in verifier is recorded by account; they cannot also review it, nor can the technologist verify their own', async () => {
      const ana = await t.signIn(demo('ana.reyes'));
      const entry = (await log(ryan, { procedure: 'ct:sinuses' })).json<Entry>();
      const vt = tokenOf((await link(ryan, entry.id)).json<{ url: string }>().url);
      const own = await ryan.request('POST', `/api/v1/postprimary/links/${vt}/verify`, { name: 'Someone Else', arrtNumber: '1', registered: true, inPerson: true });
      expect(own.statusCode).toBe(400);
      const verified = await ana.request('POST', `/api/v1/postprimary/links/${vt}/verify`, { name: 'Typed Name', arrtNumber: '654321', registered: true, inPerson: true });
      expect(verified.statusCode).toBe(200);
      expect(verified.json<Entry>().verifiedBy?.name).toBe('Ana Reyes');
      const row = await t.store.db
        .withTables<{ postprimary_entries: { id: string; verifier_user_id: string | null } }>()
        .selectFrom('postprimary_entries')
        .select('verifier_user_id')
        .where('id', '=', entry.id)
        .executeTakeFirst();
      expect(row?.verifier_user_id).toBe(ana.userId);
      const rt = tokenOf((await link(ryan, entry.id)).json<{ url: string }>().url);
      const again = await ana.request('POST', `/api/v1/postprimary/links/${rt}/review`, { name: 'A Different Name', facility: FACILITY, checked: true });
      expect(again.statusCode).toBe(400);
      expect(again.json<Problem>().errors?.[0]?.path).toBe('name');
      expect((await marcus.request('POST', `/api/v1/postprimary/links/${rt}/review`, { name: 'x', facility: FACILITY, checked: true })).json<Entry>().reviewedBy?.name).toBe('Marcus Chen');
    });

    it('a verified entry never changes: the database refuses an update of it', async () => {
      const entry = (await log(ryan, { procedure: 'ct:extremity' })).json<Entry>();
      const vt = tokenOf((await link(ryan, entry.id)).json<{ url: string }>().url);
      expect((await verify(vt)).statusCode).toBe(200);
      await expect(db().updateTable('postprimary_entries').set({ procedure: 'ct:chest' }).where('id', '=', entry.id).execute()).rejects.toThrow(/cannot be changed/);
    });

    it('MR shows no target, and a day holds at most the daily number of entries (7 for MR)', async () => {
      const mr = (await ryan.request('GET', '/api/v1/postprimary/progress?discipline=mr')).json<Progress>();
      expect(mr.progress.required).toBeNull();
      expect(mr.progress.missing).toBeNull();
      const day = '2026-01-05';
      for (let i = 0; i < 7; i++) expect((await log(ryan, { discipline: 'mr', procedure: 'mr:brain', performedOn: day })).statusCode).toBe(201);
      const eighth = await log(ryan, { discipline: 'mr', procedure: 'mr:knee', performedOn: day });
      expect(eighth.statusCode).toBe(400);
      expect(eighth.json<Problem>().errors?.[0]).toMatchObject({ path: 'performedOn' });
      const entries = (await ryan.request('GET', '/api/v1/postprimary/entries?discipline=mr')).json<{ entries: Entry[] }>().entries;
      expect(entries).toHaveLength(7);
    });

    it('an unknown link is 404 and the demo technologist has CT entries in every state', async () => {
      expect((await anon('GET', '/api/v1/postprimary/links/not-a-real-link-at-all-0000')).statusCode).toBe(404);
      const grace = await t.signIn(demo('grace.kim'));
      const entries = (await grace.request('GET', '/api/v1/postprimary/entries')).json<{ entries: Entry[] }>().entries;
      expect(entries.map((e) => e.status)).toEqual(['complete', 'complete', 'awaiting-review', 'awaiting-verification']);
      expect((await grace.request('GET', '/api/v1/postprimary/progress')).json<Progress>().progress.counted).toBe(2);
      // The log is the person's data: "download my data" carries it, both signatures included.
      const mine = (await grace.request('GET', '/api/v1/me/data')).json<{ postprimaryLog: Entry[] }>();
      expect(mine.postprimaryLog.map((e) => e.procedureName)).toEqual(['Head, without contrast', 'Abdomen and pelvis', 'Chest', 'Cervical spine']);
      expect(mine.postprimaryLog[0]?.reviewedBy?.name).toBe('Emily Walsh');
      expect(JSON.stringify(mine.postprimaryLog)).not.toMatch(/ppe_|ct:/);
    });

    it('the queue: a signed-in verifier, then supervisor, sees the entries mailed to their confirmed address and answers them there', async () => {
      const ana = await t.signIn(demo('ana.reyes'));
      const waiting = async (client: Client) => (await client.request('GET', '/api/v1/postprimary/waiting')).json<Queue>();
      // An address not confirmed shows nothing, whatever was mailed to it (anyone can type an address).
      await db().updateTable('users').set({ email_verified_at: null }).where('id', 'in', [ana.userId, marcus.userId]).execute();
      const entry = (await log(ryan, { procedure: 'ct:guided-biopsy', facility: 'Queue Test Hospital' })).json<Entry>();
      expect((await link(ryan, entry.id, { email: demo('Ana.Reyes') })).statusCode).toBe(201);
      expect(await waiting(ana)).toEqual({ addressConfirmed: false, items: [] });
      expect((await ana.request('POST', `/api/v1/postprimary/waiting/${entry.id}/verify`, { name: 'x', arrtNumber: '777', registered: true, inPerson: true })).statusCode).toBe(404);
      await db().updateTable('users').set({ email_verified_at: new Date().toISOString() }).where('id', 'in', [ana.userId, marcus.userId]).execute();

      const queue = await waiting(ana);
      expect(queue.addressConfirmed).toBe(true);
      const mine = queue.items.filter((i) => i.entry.id === entry.id);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ step: 'verify', technologistName: 'Ryan Brooks', entry: { procedureName: 'CT-guided biopsy', facility: 'Queue Test Hospital' } });
      // Not asked of Marcus: it is not in his queue and he cannot answer it from there; nor review it before it is verified.
      expect((await waiting(marcus)).items.some((i) => i.entry.id === entry.id)).toBe(false);
      expect((await marcus.request('POST', `/api/v1/postprimary/waiting/${entry.id}/verify`, { name: 'x', arrtNumber: '1', registered: true, inPerson: true })).statusCode).toBe(404);
      expect((await ana.request('POST', `/api/v1/postprimary/waiting/${entry.id}/review`, { name: 'x', facility: 'Queue Test Hospital', checked: true })).statusCode).toBe(404);

      const verified = await ana.request('POST', `/api/v1/postprimary/waiting/${entry.id}/verify`, { name: 'Typed', arrtNumber: '777777', registered: true, inPerson: true });
      expect(verified.statusCode).toBe(200);
      expect(verified.json<Entry>()).toMatchObject({ status: 'awaiting-review', verifiedBy: { name: 'Ana Reyes', arrtNumber: '777777' } });
      expect((await waiting(ana)).items.some((i) => i.entry.id === entry.id)).toBe(false);

      // A review link mailed to the verifier is not theirs to answer: not in their queue.
      expect((await link(ryan, entry.id, { email: demo('ana.reyes') })).statusCode).toBe(201);
      expect((await waiting(ana)).items.some((i) => i.entry.id === entry.id)).toBe(false);
      // The review link is mailed to Marcus; the same rules as from the link (same facility) apply.
      expect((await link(ryan, entry.id, { email: demo('marcus.chen') })).statusCode).toBe(201);
      expect((await waiting(marcus)).items.find((i) => i.entry.id === entry.id)).toMatchObject({ step: 'review', entry: { verifiedBy: { name: 'Ana Reyes' } } });
      const elsewhere = await marcus.request('POST', `/api/v1/postprimary/waiting/${entry.id}/review`, { name: 'x', facility: 'Elsewhere Clinic', checked: true });
      expect(elsewhere.statusCode).toBe(400);
      expect(elsewhere.json<Problem>().errors?.find((e) => e.path === 'facility')?.message).toContain('"Elsewhere Clinic"');
      const reviewed = await marcus.request('POST', `/api/v1/postprimary/waiting/${entry.id}/review`, { name: 'x', facility: 'queue test hospital', checked: true });
      expect(reviewed.json<Entry>()).toMatchObject({ status: 'complete', reviewedBy: { name: 'Marcus Chen' } });
      expect((await waiting(marcus)).items.some((i) => i.entry.id === entry.id)).toBe(false);
      // The technologist never sees their own entries as waiting for them.
      expect((await link(ryan, (await log(ryan, { procedure: 'ct:lumbar-spine' })).json<Entry>().id, { email: demo('ryan.brooks') })).statusCode).toBe(201);
      expect((await waiting(ryan)).items).toEqual([]);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/postprimary/waiting' })).statusCode).toBe(401);
    });

    it('the verdict counts the verified and reviewed postprimary entries towards ARRT CT, the unconfirmed total flagged', async () => {
      const grace = await t.signIn(demo('grace.kim'));
      const verdict = async () => {
        const res = await grace.request('GET', `/api/v1/people/${String(grace.personId)}/verdict?target=arrt:CT`);
        expect(res.statusCode).toBe(200);
        const entry = res.json<{ eligibility: { credential: string; missing: { rule: string; what: string; have: number; countConfirmed?: false }[] }[] }>().eligibility[0];
        return entry?.missing.find((m) => m.rule === 'arrt.postprimary.clinical-experience');
      };
      const before = await verdict();
      expect(before).toMatchObject({ have: 2, countConfirmed: false });
      expect(before?.what).toMatch(/^2 of 125 CT procedures confirmed \(verified and reviewed\).*Not confirmed by ARRT/);
      // The entry waiting for its review is reviewed: the count moves (no stale verdict).
      const waiting = (await grace.request('GET', '/api/v1/postprimary/entries')).json<{ entries: Entry[] }>().entries.find((e) => e.status === 'awaiting-review');
      const rt = tokenOf((await link(grace, String(waiting?.id))).json<{ url: string }>().url);
      expect((await review(rt, { name: 'Pat Supervisor', facility: String(waiting?.facility) })).statusCode).toBe(200);
      expect((await verdict())?.what).toMatch(/^3 of 125 CT procedures confirmed/);
    });
  });
}
