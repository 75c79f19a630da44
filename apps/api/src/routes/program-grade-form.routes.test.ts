import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type Client, type TestServer } from '../testing/test-server.js';

interface Problem {
  errors?: { path: string; message: string }[];
}
interface GradeForm {
  id: string;
  name: string;
  note: string;
  criteria: { code: string; label: string; required: boolean }[];
}
interface ProgramGradeForm {
  usesDefault: boolean;
  version: number | null;
  form: GradeForm;
}
interface Entry {
  id: string;
  grade: { formName: string; criteria: { code: string; label: string; met: boolean }[]; passed: boolean } | null;
}
type Tables = { audit_log: { action: string }; school_grade_forms: { version: number } };

const today = () => new Date().toISOString().slice(0, 10);

for (const dialect of testDialects()) {
  describe(`a program's own grade form over HTTP [${dialect.name}]`, () => {
    let t: TestServer;
    let henry: Client;
    let olivia: Client;
    let sam: Client;
    let ana: Client;
    let school: string;
    let siteId: string;
    const db = () => t.store.db.withTables<Tables>();
    const url = () => `/api/v1/schools/${school}/grade-form`;
    const versions = async () => (await db().selectFrom('school_grade_forms').select('version').execute()).length;
    const attempt = async (procedure: string) =>
      (await sam.request('POST', '/api/v1/clinical/entries', { procedure, performedOn: today(), site: siteId, role: 'performed', supervision: 'direct', competency: true })).json<Entry>();
    const link = async (entryId: string) => {
      const { url: u } = (await sam.request('POST', `/api/v1/clinical/entries/${entryId}/sign-requests`)).json<{ url: string }>();
      return u.slice(u.lastIndexOf('/') + 1);
    };
    const signature = { name: 'Jordan Tech', arrtNumber: '1234567', present: true };

    beforeAll(async () => {
      t = await startTestServer(dialect);
      henry = await t.signIn(demo('henry.lambert'));
      olivia = await t.signIn(demo('olivia.bennett'));
      sam = await t.signIn(demo('sam.patel'));
      ana = await t.signIn(demo('ana.reyes'));
      school = (await t.store.organisations.listAll()).find((o) => o.kind === 'school')?.id ?? '';
      siteId = (await sam.request('GET', '/api/v1/clinical/sites')).json<{ sites: { id: string }[] }>().sites[0]?.id ?? '';
    });
    afterAll(() => t.close());

    it("a school without its own form grades on Modality's default, and says so; only the teaching staff read it", async () => {
      for (const staff of [henry, olivia]) {
        const r = (await staff.request('GET', url())).json<ProgramGradeForm>();
        expect(r).toMatchObject({ usesDefault: true, version: null });
        expect(r.form.note).toMatch(/Modality's own default form, not a regulation/);
      }
      expect((await sam.request('GET', url())).statusCode).toBe(403);
      expect((await ana.request('GET', url())).statusCode).toBe(404);
    });

    it('refuses no criteria, an empty label and a label used twice, naming the field and quoting the value; nothing is written', async () => {
      const none = await henry.request('PUT', url(), { criteria: [] });
      expect(none.statusCode).toBe(400);
      expect(none.json<Problem>().errors).toEqual([{ path: 'criteria', message: expect.stringContaining('"[]"') as unknown }]);
      const bad = await henry.request('PUT', url(), { criteria: [{ label: 'Positioning', required: true }, { label: ' ', required: false }, { label: 'POSITIONING', required: false }] });
      expect(bad.statusCode).toBe(400);
      const errors = bad.json<Problem>().errors ?? [];
      expect(errors.find((e) => e.path === 'criteria[1].label')?.message).toContain('" "');
      expect(errors.find((e) => e.path === 'criteria[2].label')?.message).toContain('"POSITIONING"');
      expect(await versions()).toBe(0);
    });

    it('an instructor or a student cannot change the form; the director can, and each save is a new version', async () => {
      const body = { criteria: [{ label: 'Positioning', required: true }, { label: 'Image evaluation', required: true }, { label: 'Explains the exam to the patient', required: false }] };
      expect((await olivia.request('PUT', url(), body)).statusCode).toBe(403);
      expect((await sam.request('PUT', url(), body)).statusCode).toBe(403);
      expect((await ana.request('PUT', url(), body)).statusCode).toBe(404);
      expect(await versions()).toBe(0);
      const saved = await henry.request('PUT', url(), body);
      expect(saved.statusCode).toBe(200);
      const r = saved.json<ProgramGradeForm>();
      expect(r).toMatchObject({ usesDefault: false, version: 1 });
      expect(r.form.criteria).toEqual([
        { code: 'c1', label: 'Positioning', required: true },
        { code: 'c2', label: 'Image evaluation', required: true },
        { code: 'c3', label: 'Explains the exam to the patient', required: false },
      ]);
      expect(r.form.note).toMatch(/own form \(version 1/);
      expect((await olivia.request('GET', url())).json<ProgramGradeForm>().version).toBe(1);
      expect((await db().selectFrom('audit_log').select('action').where('action', '=', 'clinical.grade-form.updated').execute()).length).toBe(1);
    });

    it("a link-sign and an in-app sign grade on the school's form; a grade keeps its version's criteria after the form changes", async () => {
      const entry = await attempt('xr:wrist');
      const token = await link(entry.id);
      const form = (await t.app.inject({ method: 'GET', url: `/api/v1/sign/${token}` })).json<{ gradeForm: GradeForm }>().gradeForm;
      expect(form.criteria.map((c) => c.label)).toEqual(['Positioning', 'Image evaluation', 'Explains the exam to the patient']);
      // The default form's criteria are no longer accepted.
      const old = await t.app.inject({ method: 'POST', url: `/api/v1/sign/${token}`, payload: { ...signature, grade: { criteria: [{ code: 'positioning', met: true }] } } });
      expect(old.statusCode).toBe(400);
      expect(old.json<Problem>().errors?.[0]?.message).toContain('"positioning"');
      // The optional criterion not met still passes: only must-pass criteria decide.
      const signed = await t.app.inject({
        method: 'POST',
        url: `/api/v1/sign/${token}`,
        payload: { ...signature, grade: { form: form.id, criteria: [{ code: 'c1', met: true }, { code: 'c2', met: true }, { code: 'c3', met: false }] } },
      });
      expect(signed.statusCode).toBe(200);
      expect(signed.json<Entry>().grade).toMatchObject({ passed: true, formName: form.name, criteria: [{ label: 'Positioning', met: true }, { label: 'Image evaluation', met: true }, { label: 'Explains the exam to the patient', met: false }] });

      // A second attempt is loaded by the instructor, then the director changes the form.
      const second = await attempt('xr:elbow');
      const item = (await olivia.request('GET', '/api/v1/clinical/to-sign')).json<{ entries: { entry: { id: string }; gradeForm: GradeForm | null }[] }>().entries.find((e) => e.entry.id === second.id);
      expect(item?.gradeForm?.id).toBe(form.id);
      expect((await henry.request('PUT', url(), { criteria: [{ label: 'Collimation', required: true }] })).json<ProgramGradeForm>().version).toBe(2);
      const stale = await olivia.request('POST', `/api/v1/clinical/entries/${second.id}/sign`, { present: true, grade: { form: form.id, criteria: [{ code: 'c1', met: true }, { code: 'c2', met: true }, { code: 'c3', met: true }] } });
      expect(stale.statusCode).toBe(400);
      expect(stale.json<Problem>().errors?.[0]).toMatchObject({ path: 'grade.form', message: expect.stringContaining(`"${form.id}"`) as unknown });
      const now = (await olivia.request('GET', '/api/v1/clinical/to-sign')).json<{ entries: { entry: { id: string }; gradeForm: GradeForm | null }[] }>().entries.find((e) => e.entry.id === second.id)?.gradeForm;
      expect(now?.criteria.map((c) => c.label)).toEqual(['Collimation']);
      const failed = await olivia.request('POST', `/api/v1/clinical/entries/${second.id}/sign`, { present: true, grade: { form: now?.id, criteria: [{ code: 'c1', met: false }] } });
      expect(failed.json<Entry>().grade).toMatchObject({ passed: false, criteria: [{ label: 'Collimation', met: false }] });

      // The first grade still reads on version 1's words.
      const mine = (await sam.request('GET', '/api/v1/clinical/entries')).json<{ entries: Entry[] }>().entries;
      expect(mine.find((e) => e.id === entry.id)?.grade).toMatchObject({ formName: form.name, criteria: [{ label: 'Positioning' }, { label: 'Image evaluation' }, { label: 'Explains the exam to the patient' }] });
      expect(mine.find((e) => e.id === entry.id)?.grade?.formName).toMatch(/version 1/);
    });

    it('the exported record carries a passed attempt’s grade on its form and version; importing the export twice changes nothing the second time', async () => {
      type RecordClinical = { clinical?: { id?: string; procedure: string; grade?: { form: string; formVersion?: number; passed: boolean; criteria: { label: string; required: boolean; met: boolean }[] } }[] };
      const samId = sam.personId ?? '';
      const exported = (await sam.request('GET', `/api/v1/people/${samId}/record`)).json<RecordClinical & Record<string, unknown>>();
      const wrist = exported.clinical?.filter((c) => c.procedure === 'xr:wrist') ?? [];
      expect(wrist).toHaveLength(1);
      expect(wrist[0]?.grade).toEqual({
        form: expect.stringMatching(/competency form, version 1$/) as unknown,
        formVersion: 1,
        passed: true,
        criteria: [
          { label: 'Positioning', required: true, met: true },
          { label: 'Image evaluation', required: true, met: true },
          { label: 'Explains the exam to the patient', required: false, met: false },
        ],
      });
      // The failed attempt (elbow, on version 2) stays out of the record.
      expect(exported.clinical?.some((c) => c.procedure === 'xr:elbow')).toBe(false);
      const first = await sam.request('PUT', `/api/v1/people/${samId}/record`, exported);
      expect(first.statusCode).toBe(200);
      const again = (await sam.request('GET', `/api/v1/people/${samId}/record`)).json<RecordClinical>();
      // The same entries, grade included, none twice (an imported entry gains its own id).
      const withoutIds = (r: RecordClinical) => (r.clinical ?? []).map(({ id: _id, ...rest }: { id?: string }) => rest);
      expect(withoutIds(again)).toEqual(withoutIds(exported));
      const second = await sam.request('PUT', `/api/v1/people/${samId}/record`, again);
      expect(second.json<{ changed: boolean }>().changed).toBe(false);
    });
  });
}
