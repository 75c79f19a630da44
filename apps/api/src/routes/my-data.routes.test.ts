import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type TestServer } from '../testing/test-server.js';

interface MyData {
  account: { email: string; name: string; memberships: Array<{ organisation: string; role: string }> };
  record: { person: { name: string } } | null;
  recordAccess: Array<{ at: string; by: string; organisation: string | null; what: string }>;
  files: Array<{ fileName: string; mediaType: string; size: number; uploadedAt: string; contentBase64: string }>;
  jobSearch: {
    profile: { handle: string; enabled: boolean; visibility: string } | null;
    savedSearches: Array<{ says: string; search: Record<string, unknown>; alertsSay: string; createdAt: string }>;
    submissions: Array<{ posting: string; organisation: string; kind: string; status: string }>;
  };
}

/** A small but real PDF (the upload checks the type from the first bytes). */
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n% my certificate\n'), Buffer.alloc(500, 0x20), Buffer.from('%%EOF\n')]);

for (const dialect of testDialects()) {
  describe(`download my data, delete my account [${dialect.name}]`, () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer(dialect, { demoStaffing: true });
    });
    afterAll(() => t.close());

    it('the download holds the account, the record, and who read it and when — by name, without ids', async () => {
      const sam = await t.signIn(demo('sam.patel'));
      const olivia = await t.signIn(demo('olivia.bennett'));
      expect((await olivia.request('GET', `/api/v1/people/${sam.personId ?? ''}/record`)).statusCode).toBe(200);
      const res = await sam.request('GET', '/api/v1/me/data');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toBe('attachment; filename="my-modality-data.json"');
      const data = res.json<MyData>();
      expect(data.account).toMatchObject({ email: demo('sam.patel'), name: 'Sam Patel', memberships: [{ organisation: expect.stringContaining('Harbor Valley') as string, role: 'student' }] });
      expect(data.record).toEqual((await sam.request('GET', `/api/v1/people/${sam.personId ?? ''}/record`)).json());
      expect(data.recordAccess[0]).toMatchObject({ by: 'Olivia Bennett', what: 'read your record', organisation: expect.stringContaining('Harbor Valley') as string });
      // Names, not ids (the record keeps its own v1 `person.id`, as every export does).
      expect(JSON.stringify({ account: data.account, recordAccess: data.recordAccess })).not.toMatch(/usr_|org_|psn_/);
    });

    it('the download holds the job search: the profile, saved searches, and applications by posting title and organisation name', async () => {
      const ana = await t.signIn(demo('ana.reyes'));
      const profile = (await ana.request('GET', '/api/v1/me/profile')).json<{ handle: string; enabled: boolean }>();
      const before = (await ana.request('GET', '/api/v1/me/data')).json<MyData>();
      expect(before.jobSearch.profile).toMatchObject({ handle: profile.handle, enabled: profile.enabled });
      expect((await ana.request('POST', '/api/v1/me/saved-searches', { modality: 'ct', near: '77030', radiusKm: 50 })).statusCode).toBe(201);
      const board = (await t.app.inject({ method: 'GET', url: '/api/v1/postings' })).json<{ items: Array<{ id: string; title: string; organisation: { name: string } }> }>();
      const posting = board.items[0];
      expect(posting).toBeDefined();
      expect((await ana.request('POST', `/api/v1/postings/${posting?.id ?? ''}/apply`, {})).statusCode).toBe(201);
      const data = (await ana.request('GET', '/api/v1/me/data')).json<MyData>();
      expect(data.jobSearch.savedSearches.map((s) => s.says)).toContain('CT jobs within 50 km of 77030');
      expect(data.jobSearch.savedSearches.find((s) => s.says === 'CT jobs within 50 km of 77030')?.search).toMatchObject({ modality: 'ct', near: '77030', radiusKm: 50 });
      expect(data.jobSearch.savedSearches.find((s) => s.says === 'CT jobs within 50 km of 77030')?.alertsSay).toBe('As jobs open (checked every hour)');
      expect(data.jobSearch.submissions).toContainEqual(expect.objectContaining({ posting: posting?.title, organisation: posting?.organisation.name, kind: 'application', status: 'accepted' }));
      expect(JSON.stringify(data.jobSearch)).not.toMatch(/usr_|org_|psn_|pst_/);
    });

    it('the download holds every file kept on the record, whole, and says who downloaded one', async () => {
      const sam = await t.signIn(demo('sam.patel'));
      const samId = sam.personId ?? '';
      const ce = { title: 'Fluoroscopy safety', completedOn: '2026-02-10' };
      expect((await sam.request('POST', `/api/v1/people/${samId}/ce`, { ...ce, credits: 1 })).statusCode).toBe(201);
      const query = `name=certificate.pdf&section=ce&title=${encodeURIComponent(ce.title)}&completedOn=${ce.completedOn}`;
      const upload = await t.app.inject({ method: 'POST', url: `/api/v1/people/${samId}/files?${query}`, payload: PDF, headers: { ...sam.session.headers, 'content-type': 'application/octet-stream' }, cookies: sam.session.cookies });
      expect(upload.statusCode).toBe(201);
      const olivia = await t.signIn(demo('olivia.bennett'));
      expect((await olivia.request('GET', `/api/v1/people/${samId}/files/${upload.json<{ id: string }>().id}`)).statusCode).toBe(200);

      const data = (await sam.request('GET', '/api/v1/me/data')).json<MyData>();
      const file = data.files.find((f) => f.fileName === 'certificate.pdf');
      expect(file).toMatchObject({ mediaType: 'application/pdf', size: PDF.length });
      expect(Buffer.from(file?.contentBase64 ?? '', 'base64').equals(PDF)).toBe(true);
      expect(data.recordAccess[0]).toMatchObject({ by: 'Olivia Bennett', what: 'downloaded a file kept on your record' });
    });

    it('deleting the account needs the password, then removes the person and their data; audit rows stay, pointing at nothing', async () => {
      const lena = await t.signIn(demo('lena.morales'));
      const personId = lena.personId ?? '';
      const olivia = await t.signIn(demo('olivia.bennett'));
      await olivia.request('GET', `/api/v1/people/${personId}/record`);
      await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email: demo('lena.morales') } });

      const wrong = await lena.request('DELETE', '/api/v1/me', { password: 'not it' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json()).toMatchObject({ errors: [{ path: 'password' }] });
      expect(await t.store.people.findById(personId)).toBeDefined();

      const done = await lena.request('DELETE', '/api/v1/me', { password: 'modality-demo' });
      expect(done.statusCode).toBe(200);
      expect((await lena.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: demo('lena.morales'), password: 'modality-demo' } })).statusCode).toBe(401);
      expect(await t.store.people.findById(personId)).toBeUndefined();
      expect(await t.store.users.findByEmail(demo('lena.morales'))).toBeUndefined();
      expect((await t.store.mailOutbox.listRecent(100)).filter((m) => m.to === demo('lena.morales'))).toEqual([]);
      const audit = await t.store.audit.listForPerson(personId, 100);
      expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['account.deleted', 'person.record.read']));
      expect(JSON.stringify(audit)).not.toContain('lena');
      expect((await olivia.request('GET', `/api/v1/people/${personId}/record`)).statusCode).toBe(404);
    });

    it('an organisation admin who sent invitations can delete their account too', async () => {
      const victor = await t.signIn(demo('victor.huang'));
      const me = (await victor.request('GET', '/api/v1/auth/me')).json<{ memberships: Array<{ organisationId: string }> }>();
      const orgId = me.memberships[0]?.organisationId ?? '';
      expect((await victor.request('POST', `/api/v1/organisations/${orgId}/invitations`, { email: 'invitee@example.org', role: 'professional' })).statusCode).toBe(201);
      expect((await victor.request('DELETE', '/api/v1/me', { password: 'modality-demo' })).statusCode).toBe(200);
      expect(await t.store.users.findByEmail(demo('victor.huang'))).toBeUndefined();
    });
  });
}
