import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type Client, type TestServer } from '../testing/test-server.js';

/** A tiny but real PDF header and a PNG signature: the types are told from these bytes. */
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n% certificate of completion\n'), Buffer.alloc(2000, 0x20), Buffer.from('%%EOF\n')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

interface FileView {
  readonly id: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly subject: Record<string, string>;
}

for (const dialect of testDialects()) {
  describe(`files kept on a record [${dialect.name}]`, () => {
    let t: TestServer;
    let sam: Client;
    let samId: string;
    const ce = { title: 'Radiation protection', completedOn: '2026-03-14' };
    const query = (extra = '') => `section=ce&title=${encodeURIComponent(ce.title)}&completedOn=${ce.completedOn}${extra}`;
    const upload = (client: Client, bytes: Buffer, name: string, q = query(), contentType = 'application/octet-stream') =>
      t.app.inject({ method: 'POST', url: `/api/v1/people/${samId}/files?name=${encodeURIComponent(name)}&${q}`, payload: bytes, headers: { 'content-type': contentType, ...headersOf(client) } });
    const headers = new Map<Client, Record<string, string>>();
    const headersOf = (client: Client) => headers.get(client) ?? {};

    beforeAll(async () => {
      t = await startTestServer(dialect);
      sam = await t.signIn(demo('sam.patel'));
      samId = sam.personId ?? '';
      // The raw upload needs the client's cookie and CSRF token: read them from a sign-in of our own.
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: demo('sam.patel'), password: 'modality-demo' } });
      const cookie = res.cookies.find((c) => c.name === 'modality_session')?.value ?? '';
      headers.set(sam, { cookie: `modality_session=${cookie}`, 'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken });
      expect((await sam.request('POST', `/api/v1/people/${samId}/ce`, { ...ce, credits: 2 })).statusCode).toBe(201);
    });
    afterAll(() => t.close());

    it('keeps a PDF certificate for a CE activity and gives back the very same bytes', async () => {
      const res = await upload(sam, PDF, '../../etc/My certificate.pdf');
      expect(res.statusCode).toBe(201);
      const file = res.json<FileView>();
      expect(file).toMatchObject({ fileName: 'My certificate.pdf', mediaType: 'application/pdf', size: PDF.length, subject: { section: 'ce', ...ce } });
      const list = (await sam.request('GET', `/api/v1/people/${samId}/files`)).json<{ items: FileView[] }>();
      expect(list.items.map((f) => f.id)).toEqual([file.id]);
      const got = await sam.request('GET', `/api/v1/people/${samId}/files/${file.id}`);
      expect(got.statusCode).toBe(200);
      expect(got.headers['content-type']).toBe('application/pdf');
      expect(got.headers['content-disposition']).toBe('attachment; filename="My certificate.pdf"');
      expect(got.rawPayload.equals(PDF)).toBe(true);
    });

    it('tells the type from the bytes, not the name or the declared type', async () => {
      const png = await upload(sam, PNG, 'card.pdf', query(), 'application/pdf');
      expect(png.statusCode).toBe(201);
      expect(png.json<FileView>()).toMatchObject({ fileName: 'card.png', mediaType: 'image/png' });
      const text = await upload(sam, Buffer.from('just some text, not a certificate'), 'certificate.pdf');
      expect(text.statusCode).toBe(400);
      expect(text.json<{ detail: string }>().detail).toContain('"certificate.pdf" is not a PDF, PNG or JPEG file');
    });

    it('refuses a file over 5 MiB, an empty one, and one for an entry the record does not hold', async () => {
      const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024, 0x20)]);
      expect([400, 413]).toContain((await upload(sam, big, 'big.pdf')).statusCode);
      expect((await upload(sam, Buffer.alloc(0), 'empty.pdf')).statusCode).toBe(400);
      const other = await upload(sam, PDF, 'x.pdf', 'section=ce&title=Nothing&completedOn=2026-01-01');
      expect(other.statusCode).toBe(400);
      expect(other.json<{ detail: string }>().detail).toContain('no CE activity "Nothing" completed on 2026-01-01');
      const json = await t.app.inject({ method: 'POST', url: `/api/v1/people/${samId}/files?name=a.pdf&${query()}`, payload: { pdf: 'no' }, headers: headersOf(sam) });
      expect(json.statusCode).toBe(400);
      const noCredential = await upload(sam, PDF, 'x.pdf', 'section=credentials');
      expect(noCredential.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toEqual(['querystring.credential']);
    });

    it('staff who may read the record download the file (audited) but may not add one; others get 404', async () => {
      const [file] = (await sam.request('GET', `/api/v1/people/${samId}/files`)).json<{ items: FileView[] }>().items;
      const olivia = await t.signIn(demo('olivia.bennett'));
      expect((await olivia.request('GET', `/api/v1/people/${samId}/files/${file?.id ?? ''}`)).statusCode).toBe(200);
      const audit = await t.deps.store.audit.listForPerson(samId, 20);
      expect(audit.some((a) => a.action === 'person.file.read' && a.actorUserId === olivia.userId)).toBe(true);
      expect((await olivia.request('DELETE', `/api/v1/people/${samId}/files/${file?.id ?? ''}`)).statusCode).toBe(403);
      const nina = await t.signIn(demo('nina.cole'));
      expect((await nina.request('GET', `/api/v1/people/${samId}/files`)).statusCode).toBe(404);
      expect((await nina.request('GET', `/api/v1/people/${samId}/files/${file?.id ?? ''}`)).statusCode).toBe(404);
    });

    it('deletes one file, and deleting the record deletes every file with it', async () => {
      const files = (await sam.request('GET', `/api/v1/people/${samId}/files`)).json<{ items: FileView[] }>().items;
      expect(files.length).toBeGreaterThanOrEqual(2);
      const [first, ...rest] = files;
      expect((await sam.request('DELETE', `/api/v1/people/${samId}/files/${first?.id ?? ''}`)).statusCode).toBe(200);
      expect((await sam.request('GET', `/api/v1/people/${samId}/files/${first?.id ?? ''}`)).statusCode).toBe(404);
      expect(await t.deps.blobs.get(first?.id ?? '')).toBeUndefined();
      expect(await t.deps.blobs.get(rest[0]?.id ?? '')).toBeDefined();
      expect((await sam.request('DELETE', `/api/v1/people/${samId}`)).statusCode).toBe(200);
      for (const f of rest) expect(await t.deps.blobs.get(f.id)).toBeUndefined();
      expect(await t.deps.store.recordFiles.listForPerson(samId)).toEqual([]);
    });
  });
}
