import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, TEST_PUBLIC_URL, type Client, type TestServer } from '../testing/test-server.js';

interface Entry {
  id: string;
  procedureName: string;
  site: { id: string; name: string };
  signedBy: { name: string; arrtNumber: string; signedAt: string } | null;
}
interface Problem {
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
}

/** The clinical tables, to look underneath the API (the test reads and writes them directly). */
type ClinicalTables = {
  clinical_log_entries: { id: string; procedure: string; signer_name: string | null };
  clinical_sign_requests: { token_hash: string; entry_id: string; expires_at: string };
};

const today = () => new Date().toISOString().slice(0, 10);

for (const dialect of testDialects()) {
  describe(`clinical log and sign-off over HTTP [${dialect.name}]`, () => {
    let t: TestServer;
    let sam: Client;
    let ana: Client;
    let siteId: string;
    const db = () => t.store.db.withTables<ClinicalTables>();
    const countEntries = async (): Promise<number> => (await db().selectFrom('clinical_log_entries').select('id').execute()).length;
    const log = (client: Client, body: Record<string, unknown>) =>
      client.request('POST', '/api/v1/clinical/entries', { procedure: 'xr:chest-routine', performedOn: today(), site: siteId, role: 'performed', supervision: 'direct', ...body });
    const tokenOf = (url: string): string => url.slice(url.lastIndexOf('/') + 1);

    beforeAll(async () => {
      t = await startTestServer(dialect);
      sam = await t.signIn(demo('sam.patel'));
      ana = await t.signIn(demo('ana.reyes'));
      const sites = (await sam.request('GET', '/api/v1/clinical/sites')).json<{ sites: { id: string; name: string }[] }>().sites;
      siteId = sites[0]?.id ?? '';
    });
    afterAll(() => t.close());

    it("lists the demo school's sites to its student, and none to someone who is not a student", async () => {
      const res = await sam.request('GET', '/api/v1/clinical/sites');
      expect(res.statusCode).toBe(200);
      expect(res.json<{ sites: { name: string }[] }>().sites.map((s) => s.name)).toEqual(['Lakeside Imaging Center (fictitious)', 'St. Brigid Regional Medical Center (fictitious)']);
      expect((await ana.request('GET', '/api/v1/clinical/sites')).json()).toEqual({ sites: [] });
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/clinical/sites' })).statusCode).toBe(401);
    });

    it('logs a procedure and reads it back unsigned', async () => {
      const res = await log(sam, {});
      expect(res.statusCode).toBe(201);
      const entry = res.json<Entry>();
      expect(entry).toMatchObject({ procedureName: 'Chest, routine', site: { id: siteId }, signedBy: null });
      const back = await sam.request('GET', `/api/v1/clinical/entries/${entry.id}`);
      // Read back with its history: only "logged" so far.
      expect(back.json<Entry>()).toEqual({ ...entry, history: [expect.objectContaining({ what: 'created', words: expect.stringMatching(/^Logged by Sam Patel on /) as unknown })] });
      // Someone else's entry is "not found", not "forbidden".
      expect((await ana.request('GET', `/api/v1/clinical/entries/${entry.id}`)).statusCode).toBe(404);
      const list = (await sam.request('GET', '/api/v1/clinical/entries')).json<{ entries: Entry[] }>().entries;
      expect(list).toContainEqual(entry);
    });

    it('refuses a future date, an unknown procedure and an unknown site, naming the field and quoting the value, and writes nothing', async () => {
      const before = await countEntries();
      const cases: [Record<string, unknown>, string, string][] = [
        [{ performedOn: '2999-01-01' }, 'performedOn', '"2999-01-01"'],
        [{ procedure: 'xr:levitation' }, 'procedure', '"xr:levitation"'],
        [{ site: 'site_nowhere' }, 'site', '"site_nowhere"'],
      ];
      for (const [body, path, quoted] of cases) {
        const res = await log(sam, body);
        expect(res.statusCode).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        const p = res.json<Problem>();
        expect(p.errors?.find((e) => e.path === path)?.message).toContain(quoted);
      }
      const badRole = await log(sam, { role: 'watched' });
      expect(badRole.statusCode).toBe(400);
      expect(badRole.json<Problem>().errors?.some((e) => e.path === 'role')).toBe(true);
      expect(await countEntries()).toBe(before);
    });

    it('signs from a one-time link with no session; a second use is gone, an altered token not found; the entry then shows who signed', async () => {
      const entry = (await log(sam, { procedure: 'xr:skull' })).json<Entry>();
      const created = await sam.request('POST', `/api/v1/clinical/entries/${entry.id}/sign-requests`);
      expect(created.statusCode).toBe(201);
      const { url, expiresAt } = created.json<{ url: string; expiresAt: string }>();
      expect(url.startsWith(`${TEST_PUBLIC_URL}/sign/`)).toBe(true);
      const hours = (Date.parse(expiresAt) - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(71.9);
      expect(hours).toBeLessThanOrEqual(72);
      const token = tokenOf(url);
      // Only the digest is at rest.
      const stored = await db().selectFrom('clinical_sign_requests').select('token_hash').execute();
      expect(stored.length).toBeGreaterThan(0);
      expect(stored.map((r) => r.token_hash)).not.toContain(token);

      const page = await t.app.inject({ method: 'GET', url: `/api/v1/sign/${token}` });
      expect(page.statusCode).toBe(200);
      expect(page.json()).toMatchObject({ studentName: 'Sam Patel', entry: { procedureName: 'Skull', signedBy: null } });

      const altered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
      const signature = { name: 'Jordan Tech', arrtNumber: '1234567', present: true };
      expect((await t.app.inject({ method: 'POST', url: `/api/v1/sign/${altered}`, payload: signature })).statusCode).toBe(404);
      const notPresent = await t.app.inject({ method: 'POST', url: `/api/v1/sign/${token}`, payload: { ...signature, present: false } });
      expect(notPresent.statusCode).toBe(400);

      const signed = await t.app.inject({ method: 'POST', url: `/api/v1/sign/${token}`, payload: signature });
      expect(signed.statusCode).toBe(200);
      const again = await t.app.inject({ method: 'POST', url: `/api/v1/sign/${token}`, payload: signature });
      expect(again.statusCode).toBe(410);
      expect(again.headers['content-type']).toContain('application/problem+json');

      const back = (await sam.request('GET', `/api/v1/clinical/entries/${entry.id}`)).json<Entry>();
      expect(back.signedBy).toMatchObject({ name: 'Jordan Tech', arrtNumber: '1234567' });
      expect(Number.isNaN(Date.parse(back.signedBy?.signedAt ?? ''))).toBe(false);
      // A signed entry gets no new link.
      expect((await sam.request('POST', `/api/v1/clinical/entries/${entry.id}/sign-requests`)).statusCode).toBe(409);
    });

    it('a link whose time ran out is gone and signs nothing', async () => {
      const entry = (await log(sam, { procedure: 'xr:hand' })).json<Entry>();
      const { url } = (await sam.request('POST', `/api/v1/clinical/entries/${entry.id}/sign-requests`)).json<{ url: string }>();
      await db().updateTable('clinical_sign_requests').set({ expires_at: '2000-01-01T00:00:00.000Z' }).where('entry_id', '=', entry.id).execute();
      const res = await t.app.inject({ method: 'POST', url: `/api/v1/sign/${tokenOf(url)}`, payload: { name: 'Jordan Tech', arrtNumber: '1234567', present: true } });
      expect(res.statusCode).toBe(410);
      expect((await sam.request('GET', `/api/v1/clinical/entries/${entry.id}`)).json<Entry>().signedBy).toBeNull();
    });

    it('the database refuses to change a signed entry, and allows changing an unsigned one', async () => {
      const signedEntry = (await log(sam, { procedure: 'xr:knee' })).json<Entry>();
      const { url } = (await sam.request('POST', `/api/v1/clinical/entries/${signedEntry.id}/sign-requests`)).json<{ url: string }>();
      await t.app.inject({ method: 'POST', url: `/api/v1/sign/${tokenOf(url)}`, payload: { name: 'Jordan Tech', arrtNumber: '1234567', present: true } });
      await expect(db().updateTable('clinical_log_entries').set({ procedure: 'xr:foot' }).where('id', '=', signedEntry.id).execute()).rejects.toThrow(/signed clinical entry cannot be changed/);
      await expect(db().updateTable('clinical_log_entries').set({ signer_name: 'Someone Else' }).where('id', '=', signedEntry.id).execute()).rejects.toThrow(/cannot be changed/);
      const unsigned = (await log(sam, { procedure: 'xr:ankle' })).json<Entry>();
      await db().updateTable('clinical_log_entries').set({ procedure: 'xr:foot' }).where('id', '=', unsigned.id).execute();
      expect((await sam.request('GET', `/api/v1/clinical/entries/${unsigned.id}`)).json<Entry>().procedureName).toBe('Foot');
      expect((await sam.request('GET', `/api/v1/clinical/entries/${signedEntry.id}`)).json<Entry>().procedureName).toBe('Knee');
    });

    it('progress counts signed, performed procedures against the flagged set', async () => {
      const res = await sam.request('GET', '/api/v1/clinical/progress');
      expect(res.statusCode).toBe(200);
      const body = res.json<{ set: { flag: string }; progress: { imaging: { done: number; required: number }; sections: { section: string; done: number }[] } }>();
      expect(body.set.flag).toMatch(/^Not confirmed by ARRT/);
      // Skull and knee were signed above; chest, hand, ankle/foot were not.
      expect(body.progress.imaging).toEqual({ done: 2, required: 51 });
      expect(body.progress.sections.find((s) => s.section === 'head')?.done).toBe(1);
      expect((await sam.request('GET', '/api/v1/clinical/progress?set=nope')).statusCode).toBe(400);
    });

    it('a student who deletes their record takes their log with them, signed entries included', async () => {
      expect(await countEntries()).toBeGreaterThan(0);
      const res = await sam.request('DELETE', `/api/v1/people/${sam.personId ?? ''}`);
      expect(res.statusCode).toBeLessThan(300);
      expect(await countEntries()).toBe(0);
      expect(await db().selectFrom('clinical_sign_requests').select('token_hash').execute()).toEqual([]);
    });
  });
}
