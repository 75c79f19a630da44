import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type Client, type TestServer } from '../testing/test-server.js';

interface Entry {
  id: string;
  procedureName: string;
  performedOn: string;
  competencyAttempt: boolean;
  editedAt: string | null;
  grade: { formName: string; criteria: { code: string; label: string; met: boolean }[]; passed: boolean; comments: string | null } | null;
  signedBy: { name: string } | null;
}
interface Problem {
  title?: string;
  detail?: string;
  errors?: { path: string; message: string }[];
}
interface GradeForm {
  name: string;
  note: string;
  criteria: { code: string; label: string; required: boolean }[];
}
type Tables = {
  clinical_log_entries: { id: string; procedure: string; performed_on: string; grade_passed: number | null; grade_comments: string | null; signed_at: string | null };
};

const today = () => new Date().toISOString().slice(0, 10);
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const problemText = (p: Problem) => `${p.title ?? ''} ${p.detail ?? ''}`;

for (const dialect of testDialects()) {
  describe(`competency attempts with a grade form, editing unsigned entries, history [${dialect.name}]`, () => {
    let t: TestServer;
    let sam: Client;
    let lena: Client;
    let olivia: Client;
    let siteId: string;
    const db = () => t.store.db.withTables<Tables>();
    const log = (body: Record<string, unknown>) =>
      sam.request('POST', '/api/v1/clinical/entries', { procedure: 'xr:chest-routine', performedOn: today(), site: siteId, role: 'performed', supervision: 'direct', ...body });
    const link = async (entryId: string) => {
      const { url } = (await sam.request('POST', `/api/v1/clinical/entries/${entryId}/sign-requests`)).json<{ url: string }>();
      return url.slice(url.lastIndexOf('/') + 1);
    };
    const imagingDone = async () => (await sam.request('GET', '/api/v1/clinical/progress')).json<{ progress: { imaging: { done: number } } }>().progress.imaging.done;
    const grade = (form: GradeForm, notMet: readonly string[] = []) => ({ criteria: form.criteria.map((c) => ({ code: c.code, met: !notMet.includes(c.code) })), comments: 'Steady hands.' });
    const anon = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) => t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
    const count = async () => (await db().selectFrom('clinical_log_entries').select('id').execute()).length;

    beforeAll(async () => {
      t = await startTestServer(dialect);
      sam = await t.signIn(demo('sam.patel'));
      lena = await t.signIn(demo('lena.morales'));
      olivia = await t.signIn(demo('olivia.bennett'));
      siteId = (await sam.request('GET', '/api/v1/clinical/sites')).json<{ sites: { id: string }[] }>().sites[0]?.id ?? '';
    });
    afterAll(async () => {
      await t.close();
    });

    it('a competency attempt is performed under direct supervision: anything else is refused, naming the field and quoting the value', async () => {
      const before = await count();
      const indirect = await log({ competency: true, supervision: 'indirect' });
      expect(indirect.statusCode).toBe(400);
      expect(indirect.json<Problem>().errors?.find((e) => e.path === 'supervision')?.message).toContain('"indirect"');
      const observed = await log({ competency: true, role: 'observed' });
      expect(observed.statusCode).toBe(400);
      expect(observed.json<Problem>().errors?.find((e) => e.path === 'role')?.message).toContain('"observed"');
      expect(await count()).toBe(before);
      // The request shape without `competency` still works: not an attempt.
      expect((await log({})).json<Entry>()).toMatchObject({ competencyAttempt: false, grade: null, editedAt: null });
    });

    it('a technologist grades an attempt from the link; a failed attempt stays in the log but does not count, and its grade is frozen', async () => {
      const before = await imagingDone();
      const entry = (await log({ procedure: 'xr:mandible', competency: true })).json<Entry>();
      expect(entry.competencyAttempt).toBe(true);
      const token = await link(entry.id);
      const view = (await anon('GET', `/api/v1/sign/${token}`)).json<{ gradeForm: GradeForm | null }>();
      const form = view.gradeForm;
      if (form === null) throw new Error('no grade form for a competency attempt');
      expect(form.note).toMatch(/Modality's own default form, not a regulation/);
      expect(form.criteria.map((c) => c.label)).toContain('Radiation protection');
      const signature = { name: 'Jordan Tech', arrtNumber: '1234567', present: true };

      // No grade, or a criterion the form does not have: refused, naming the field; the link still works.
      const none = await anon('POST', `/api/v1/sign/${token}`, signature);
      expect(none.statusCode).toBe(400);
      expect(none.json<Problem>().errors?.[0]?.path).toBe('grade');
      const g = grade(form);
      const unknown = await anon('POST', `/api/v1/sign/${token}`, { ...signature, grade: { criteria: [...g.criteria, { code: 'smile', met: true }] } });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json<Problem>().errors?.find((e) => e.path === `grade.criteria[${g.criteria.length}].code`)?.message).toContain('"smile"');
      expect((await db().selectFrom('clinical_log_entries').select('signed_at').where('id', '=', entry.id).executeTakeFirstOrThrow()).signed_at).toBeNull();

      const failed = await anon('POST', `/api/v1/sign/${token}`, { ...signature, grade: grade(form, ['positioning']) });
      expect(failed.statusCode).toBe(200);
      const signed = failed.json<Entry>();
      expect(signed.grade).toMatchObject({ passed: false, comments: 'Steady hands.', formName: form.name });
      expect(signed.grade?.criteria.find((c) => c.code === 'positioning')).toEqual({ code: 'positioning', label: 'Positioning', met: false });
      expect(await imagingDone()).toBe(before);
      const mine = (await sam.request('GET', '/api/v1/clinical/entries')).json<{ entries: Entry[] }>().entries;
      expect(mine.find((e) => e.id === entry.id)?.grade?.passed).toBe(false);

      // The database itself refuses to change the grade (or anything) of a signed row.
      await expect(db().updateTable('clinical_log_entries').set({ grade_passed: 1 }).where('id', '=', entry.id).execute()).rejects.toThrow(/signed clinical entry cannot be changed/);
      await expect(db().updateTable('clinical_log_entries').set({ grade_comments: 'changed' }).where('id', '=', entry.id).execute()).rejects.toThrow(/signed clinical entry cannot be changed/);
      const row = await db().selectFrom('clinical_log_entries').select(['grade_passed', 'grade_comments']).where('id', '=', entry.id).executeTakeFirstOrThrow();
      expect(row).toEqual({ grade_passed: 0, grade_comments: 'Steady hands.' });

      // A second attempt, graded as passed by an instructor in the app: it counts.
      const again = (await log({ procedure: 'xr:mandible', competency: true })).json<Entry>();
      const item = (await olivia.request('GET', '/api/v1/clinical/to-sign')).json<{ entries: { entry: { id: string }; gradeForm: GradeForm | null }[] }>().entries.find((e) => e.entry.id === again.id);
      expect(item?.gradeForm?.name).toBe(form.name);
      expect((await olivia.request('POST', `/api/v1/clinical/entries/${again.id}/sign`, { present: true })).statusCode).toBe(400);
      const passed = await olivia.request('POST', `/api/v1/clinical/entries/${again.id}/sign`, { present: true, grade: grade(form) });
      expect(passed.statusCode).toBe(200);
      expect(passed.json<Entry>().grade?.passed).toBe(true);
      expect(await imagingDone()).toBe(before + 1);

      // The history says it in words.
      const history = (await sam.request('GET', `/api/v1/clinical/entries/${entry.id}`)).json<{ history: { what: string; words: string }[] }>().history;
      expect(history.map((h) => h.what)).toEqual(['created', 'link-sent', 'signed']);
      expect(history[2]?.words).toMatch(/^Signed from a link by Jordan Tech \(ARRT 1234567\) on \d{4}-\d\d-\d\d at \d\d:\d\d UTC; competency not passed$/);
    });

    it('an entry that is not an attempt takes no grade', async () => {
      const entry = (await log({ procedure: 'xr:skull' })).json<Entry>();
      const res = await olivia.request('POST', `/api/v1/clinical/entries/${entry.id}/sign`, { present: true, grade: { criteria: [] } });
      expect(res.statusCode).toBe(400);
      expect(res.json<Problem>().errors?.[0]?.path).toBe('grade');
    });

    it('the student edits an unsigned entry: checked like a new one, pending links stop working, the history says what changed', async () => {
      const entry = (await log({ procedure: 'xr:hand', performedOn: '2026-01-10' })).json<Entry>();
      const token = await link(entry.id);
      const patch = (body: Record<string, unknown>) => sam.request('PATCH', `/api/v1/clinical/entries/${entry.id}`, body);

      for (const [body, path, quoted] of [
        [{ performedOn: tomorrow() }, 'performedOn', `"${tomorrow()}"`],
        [{ procedure: 'xr:not-a-procedure' }, 'procedure', '"xr:not-a-procedure"'],
        [{ repeat: true, supervision: 'indirect' }, 'supervision', '"indirect"'],
      ] as const) {
        const res = await patch(body);
        expect(res.statusCode).toBe(400);
        expect(res.json<Problem>().errors?.find((e) => e.path === path)?.message).toContain(quoted);
      }
      // Nothing was written, and the link still works.
      expect(await db().selectFrom('clinical_log_entries').select(['procedure', 'performed_on']).where('id', '=', entry.id).executeTakeFirstOrThrow()).toEqual({ procedure: 'xr:hand', performed_on: '2026-01-10' });
      expect((await anon('GET', `/api/v1/sign/${token}`)).statusCode).toBe(200);

      // Someone else cannot edit it.
      expect((await lena.request('PATCH', `/api/v1/clinical/entries/${entry.id}`, { performedOn: '2026-01-11' })).statusCode).toBe(404);

      const edited = await patch({ performedOn: '2026-01-11', procedure: 'xr:wrist' });
      expect(edited.statusCode).toBe(200);
      expect(edited.json<Entry>()).toMatchObject({ procedureName: 'Wrist', performedOn: '2026-01-11' });
      expect(edited.json<Entry>().editedAt).not.toBeNull();
      const gone = await anon('GET', `/api/v1/sign/${token}`);
      expect(gone.statusCode).toBe(410);
      expect(problemText(gone.json<Problem>())).toContain('changed the entry');
      expect((await anon('POST', `/api/v1/sign/${token}`, { name: 'Jordan Tech', arrtNumber: '1234567', present: true })).statusCode).toBe(410);

      const history = (await sam.request('GET', `/api/v1/clinical/entries/${entry.id}`)).json<{ history: { what: string; words: string }[] }>().history;
      expect(history.map((h) => h.what)).toEqual(['created', 'link-sent', 'edited', 'link-withdrawn']);
      expect(history[0]?.words).toMatch(/^Logged by Sam Patel on /);
      expect(history[2]?.words).toContain('procedure from Hand to Wrist');
      expect(history[2]?.words).toContain('date from 2026-01-10 to 2026-01-11');
      expect(history.map((h) => h.words).join(' ')).not.toMatch(/xr:|cle_/);

      // A new link works and signs the entry as it now is.
      const fresh = await link(entry.id);
      expect((await anon('POST', `/api/v1/sign/${fresh}`, { name: 'Jordan Tech', arrtNumber: '1234567', present: true })).json<Entry>().procedureName).toBe('Wrist');
    });

    it('a signed entry is neither changed nor deleted (409 problem+json); an unsigned one is deleted with its links', async () => {
      const signed = (await log({ procedure: 'xr:elbow' })).json<Entry>();
      expect((await olivia.request('POST', `/api/v1/clinical/entries/${signed.id}/sign`, { present: true })).statusCode).toBe(200);
      for (const res of [await sam.request('PATCH', `/api/v1/clinical/entries/${signed.id}`, { performedOn: '2026-01-01' }), await sam.request('DELETE', `/api/v1/clinical/entries/${signed.id}`)]) {
        expect(res.statusCode).toBe(409);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(problemText(res.json<Problem>())).toMatch(/signed.*new signature/);
      }

      const draft = (await log({ procedure: 'xr:foot' })).json<Entry>();
      const token = await link(draft.id);
      expect((await lena.request('DELETE', `/api/v1/clinical/entries/${draft.id}`)).statusCode).toBe(404);
      const deleted = await sam.request('DELETE', `/api/v1/clinical/entries/${draft.id}`);
      expect(deleted.statusCode).toBe(200);
      expect(await db().selectFrom('clinical_log_entries').select('id').where('id', '=', draft.id).executeTakeFirst()).toBeUndefined();
      expect((await sam.request('GET', `/api/v1/clinical/entries/${draft.id}`)).statusCode).toBe(404);
      expect((await anon('GET', `/api/v1/sign/${token}`)).statusCode).toBe(404);
    });
  });
}
