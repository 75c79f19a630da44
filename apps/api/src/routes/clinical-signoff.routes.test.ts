import { deliverDueMail } from '@modality/app';
import { smtpTransport } from '@modality/runtime';
import { mailText, startTestSmtpServer, testDialects, type TestSmtpServer } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type Client, type TestServer } from '../testing/test-server.js';

interface Entry {
  id: string;
  procedureName: string;
  repeat: boolean;
  supervision: string;
  signedBy: { name: string; arrtNumber: string | null; signedAt: string; how: string } | null;
}
interface Problem {
  errors?: { path: string; message: string }[];
}
interface ToSign {
  entries: { studentName: string; schoolName: string; entry: Entry }[];
}

type Tables = {
  clinical_log_entries: { id: string; procedure: string };
  mail_outbox: { id: string; kind: string; to_address: string; body_text: string };
  audit_log: { action: string; actor_user_id: string | null; details: string };
};

const today = () => new Date().toISOString().slice(0, 10);

for (const dialect of testDialects()) {
  describe(`clinical sign-off: repeats, mailed links, instructors signing in the app [${dialect.name}]`, () => {
    let t: TestServer;
    let sam: Client;
    let lena: Client;
    let olivia: Client;
    let henry: Client;
    let ana: Client;
    let smtp: TestSmtpServer;
    let siteId: string;
    const db = () => t.store.db.withTables<Tables>();
    const log = (client: Client, body: Record<string, unknown>) =>
      client.request('POST', '/api/v1/clinical/entries', { procedure: 'xr:chest-routine', performedOn: today(), site: siteId, role: 'performed', supervision: 'direct', ...body });

    beforeAll(async () => {
      t = await startTestServer(dialect);
      smtp = await startTestSmtpServer();
      sam = await t.signIn(demo('sam.patel'));
      lena = await t.signIn(demo('lena.morales'));
      olivia = await t.signIn(demo('olivia.bennett'));
      henry = await t.signIn(demo('henry.lambert'));
      ana = await t.signIn(demo('ana.reyes'));
      siteId = (await sam.request('GET', '/api/v1/clinical/sites')).json<{ sites: { id: string }[] }>().sites[0]?.id ?? '';
    });
    afterAll(async () => {
      await smtp.close();
      await t.close();
    });

    it('a repeat is always direct: an indirect repeat is refused, quoting the value, and nothing is written', async () => {
      const before = (await db().selectFrom('clinical_log_entries').select('id').execute()).length;
      const res = await log(sam, { repeat: true, supervision: 'indirect' });
      expect(res.statusCode).toBe(400);
      expect(res.json<Problem>().errors?.find((e) => e.path === 'supervision')?.message).toContain('"indirect"');
      expect((await db().selectFrom('clinical_log_entries').select('id').execute()).length).toBe(before);
      const ok = await log(sam, { repeat: true });
      expect(ok.statusCode).toBe(201);
      expect(ok.json<Entry>()).toMatchObject({ repeat: true, supervision: 'direct' });
      // Not a repeat: indirect supervision is fine.
      expect((await log(sam, { supervision: 'indirect' })).json<Entry>()).toMatchObject({ repeat: false, supervision: 'indirect' });
    });

    it('mails the link through the outbox when the student gives an address; the mailed link signs once', async () => {
      const entry = (await log(sam, { procedure: 'xr:skull' })).json<Entry>();
      const bad = await sam.request('POST', `/api/v1/clinical/entries/${entry.id}/sign-requests`, { email: 'not-an-address' });
      expect(bad.statusCode).toBe(400);
      const created = await sam.request('POST', `/api/v1/clinical/entries/${entry.id}/sign-requests`, { email: 'jordan.tech@example.org' });
      expect(created.statusCode).toBe(201);
      const { url, mailedTo } = created.json<{ url: string; mailedTo: string | null }>();
      expect(mailedTo).toBe('jordan.tech@example.org');
      const rows = await db().selectFrom('mail_outbox').select(['kind', 'to_address', 'body_text']).where('kind', '=', 'clinical-sign-request').execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]?.to_address).toBe('jordan.tech@example.org');
      expect(rows[0]?.body_text).toContain(url);

      expect((await deliverDueMail(t.deps, smtpTransport({ url: smtp.url, from: 'Modality <no-reply@modality.test>' }))).sent).toBe(1);
      const mail = await smtp.waitFor('jordan.tech@example.org');
      expect(mail.raw).toContain('Subject: Sam Patel asks you to sign a clinical log entry');
      const text = mailText(mail);
      expect(text).toContain('Skull');
      const token = url.slice(url.lastIndexOf('/') + 1);
      expect(text).toContain(`/sign/${token}`);
      const signature = { name: 'Jordan Tech', arrtNumber: '1234567', present: true };
      expect((await t.app.inject({ method: 'POST', url: `/api/v1/sign/${token}`, payload: signature })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'POST', url: `/api/v1/sign/${token}`, payload: signature })).statusCode).toBe(410);
      expect((await sam.request('GET', `/api/v1/clinical/entries/${entry.id}`)).json<Entry>().signedBy).toMatchObject({ name: 'Jordan Tech', how: 'link' });
    });

    it('without an address no mail is written', async () => {
      const entry = (await log(sam, { procedure: 'xr:hand' })).json<Entry>();
      const before = (await db().selectFrom('mail_outbox').select('id').execute()).length;
      const created = await sam.request('POST', `/api/v1/clinical/entries/${entry.id}/sign-requests`);
      expect(created.statusCode).toBe(201);
      expect(created.json<{ mailedTo: string | null }>().mailedTo).toBeNull();
      expect((await db().selectFrom('mail_outbox').select('id').execute()).length).toBe(before);
    });

    it("a clinical instructor sees the school's unsigned entries and signs one in the app, as themselves, once", async () => {
      const entry = (await log(lena, { procedure: 'xr:knee' })).json<Entry>();
      const list = await olivia.request('GET', '/api/v1/clinical/to-sign');
      expect(list.statusCode).toBe(200);
      const item = list.json<ToSign>().entries.find((e) => e.entry.id === entry.id);
      expect(item).toMatchObject({ studentName: 'Lena Morales', schoolName: expect.stringContaining('Harbor Valley College') as unknown, entry: { procedureName: 'Knee', signedBy: null } });
      // Someone with no role at the school sees none of it, and cannot sign (not found); nor can the student.
      expect((await ana.request('GET', '/api/v1/clinical/to-sign')).json<ToSign>().entries).toEqual([]);
      expect((await ana.request('POST', `/api/v1/clinical/entries/${entry.id}/sign`, { present: true })).statusCode).toBe(404);
      expect((await lena.request('POST', `/api/v1/clinical/entries/${entry.id}/sign`, { present: true })).statusCode).toBe(404);
      expect((await olivia.request('POST', `/api/v1/clinical/entries/${entry.id}/sign`, { present: false })).statusCode).toBe(400);

      const signed = await olivia.request('POST', `/api/v1/clinical/entries/${entry.id}/sign`, { present: true });
      expect(signed.statusCode).toBe(200);
      expect(signed.json<Entry>().signedBy).toMatchObject({ name: 'Olivia Bennett', arrtNumber: null, how: 'in-app' });
      expect((await lena.request('GET', `/api/v1/clinical/entries/${entry.id}`)).json<Entry>().signedBy).toMatchObject({ name: 'Olivia Bennett', how: 'in-app' });
      // Signed once: a second signature (from the program director too) is a conflict, and the entry is gone from the list.
      expect((await henry.request('POST', `/api/v1/clinical/entries/${entry.id}/sign`, { present: true })).statusCode).toBe(409);
      expect((await olivia.request('GET', '/api/v1/clinical/to-sign')).json<ToSign>().entries.some((e) => e.entry.id === entry.id)).toBe(false);
      // …and it gets no link either.
      expect((await lena.request('POST', `/api/v1/clinical/entries/${entry.id}/sign-requests`)).statusCode).toBe(409);
      const audit = await db().selectFrom('audit_log').select(['action', 'actor_user_id', 'details']).where('action', '=', 'clinical.entry.signed').execute();
      expect(audit.some((a) => a.actor_user_id !== null && a.details.includes(entry.id))).toBe(true);
    });

    it('a program director signs too, with an ARRT number, and the signed competency moves progress', async () => {
      const progress = async () => (await lena.request('GET', '/api/v1/clinical/progress')).json<{ progress: { imaging: { done: number } } }>().progress.imaging.done;
      const before = await progress();
      const entry = (await log(lena, { procedure: 'xr:foot' })).json<Entry>();
      const signed = await henry.request('POST', `/api/v1/clinical/entries/${entry.id}/sign`, { present: true, arrtNumber: '7654321' });
      expect(signed.statusCode).toBe(200);
      expect(signed.json<Entry>().signedBy).toMatchObject({ name: 'Henry Lambert', arrtNumber: '7654321', how: 'in-app' });
      expect(await progress()).toBe(before + 1);
    });
  });
}
