import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type Client, type TestServer } from '../testing/test-server.js';

interface Cohort {
  school: string;
  students: { name: string; progress: { done: number; required: number | null } | null; unsignedEntries: number; risks: { code: string; words: string }[] }[];
}
interface Effectiveness {
  figures: { years: { year: number; completionRate: { numerator: number; denominator: number } }[]; fiveYear: { passRate: { numerator: number; denominator: number; rate: number | null }; placementRate: { denominator: number } } };
  definitions: { figure: string; sourceUrl: string; modalityChoices: string[] }[];
}
interface RecordClinical {
  clinical?: { procedure: string; verifiedBy?: string; verifiedOn?: string; role?: string }[];
}

type Tables = { clinical_log_entries: { id: string; person_id: string; signed_at: string | null }; school_leavers: { user_id: string } };
const today = () => new Date().toISOString().slice(0, 10);

for (const dialect of testDialects()) {
  describe(`cohort, program effectiveness and the graduate's log over HTTP [${dialect.name}]`, () => {
    let t: TestServer;
    let henry: Client;
    let olivia: Client;
    let sam: Client;
    let ana: Client;
    let school: string;
    const db = () => t.store.db.withTables<Tables>();

    beforeAll(async () => {
      t = await startTestServer(dialect);
      henry = await t.signIn(demo('henry.lambert'));
      olivia = await t.signIn(demo('olivia.bennett'));
      sam = await t.signIn(demo('sam.patel'));
      ana = await t.signIn(demo('ana.reyes'));
      school = (await t.store.organisations.listAll()).find((o) => o.kind === 'school')?.id ?? '';
    });
    afterAll(() => t.close());

    it("shows the director and the instructor each current student; a student is refused, another organisation's member learns nothing", async () => {
      for (const staff of [henry, olivia]) {
        const res = await staff.request('GET', `/api/v1/schools/${school}/cohort`);
        expect(res.statusCode).toBe(200);
        const cohort = res.json<Cohort>();
        expect(cohort.students.map((s) => s.name)).toEqual(['Lena Morales', 'Sam Patel']);
        // Sam studies radiography: progress against the set; Lena sonography: no set yet, said so.
        expect(cohort.students.find((s) => s.name === 'Sam Patel')?.progress?.required).toBeGreaterThan(0);
        expect(cohort.students.find((s) => s.name === 'Lena Morales')?.progress).toBeNull();
      }
      expect((await sam.request('GET', `/api/v1/schools/${school}/cohort`)).statusCode).toBe(403);
      expect((await ana.request('GET', `/api/v1/schools/${school}/cohort`)).statusCode).toBe(404);
      expect((await ana.request('GET', `/api/v1/schools/${school}/program-effectiveness`)).statusCode).toBe(404);
    });

    it('gives the JRCERT figures from the former students, with sample sizes and the sources', async () => {
      const res = await henry.request('GET', `/api/v1/schools/${school}/program-effectiveness`);
      expect(res.statusCode).toBe(200);
      const e = res.json<Effectiveness>();
      expect(e.figures.years).toHaveLength(5);
      expect(e.figures.fiveYear.passRate.denominator).toBeGreaterThan(0);
      expect(e.figures.fiveYear.passRate.numerator).toBeLessThanOrEqual(e.figures.fiveYear.passRate.denominator);
      expect(e.figures.fiveYear.placementRate.denominator).toBeGreaterThan(0);
      expect(e.definitions.map((d) => d.figure)).toEqual(['credentialing-pass-rate', 'job-placement-rate', 'completion-rate']);
      expect(e.definitions.every((d) => d.sourceUrl.startsWith('https://') && d.modalityChoices.length > 0)).toBe(true);
    });

    it('keeps the signed log with the graduate: after leaving the school it still exports in the record and in "download my data", and nothing is deleted', async () => {
      // Sam logs a procedure and a technologist signs it through a one-time link.
      const sites = (await sam.request('GET', '/api/v1/clinical/sites')).json<{ sites: { id: string }[] }>().sites;
      const logged = await sam.request('POST', '/api/v1/clinical/entries', { procedure: 'xr:knee', performedOn: today(), site: sites[0]?.id, role: 'performed', supervision: 'direct' });
      expect(logged.statusCode).toBe(201);
      const entryId = logged.json<{ id: string }>().id;
      const link = (await sam.request('POST', `/api/v1/clinical/entries/${entryId}/sign-requests`)).json<{ url: string }>().url;
      const signed = await t.app.inject({ method: 'POST', url: `/api/v1/sign/${link.slice(link.lastIndexOf('/') + 1)}`, payload: { name: 'Jordan Tech', arrtNumber: '1234567', present: true } });
      expect(signed.statusCode).toBe(200);
      // An unsigned one too: it stays Sam's draft and is not exported.
      await sam.request('POST', '/api/v1/clinical/entries', { procedure: 'xr:ankle', performedOn: today(), site: sites[0]?.id, role: 'assisted', supervision: 'direct' });

      const samUser = await t.store.users.findByEmail(demo('sam.patel'));
      const person = await t.store.people.findByOwner(samUser?.id ?? '');
      const personId = person?.id ?? '';
      const entriesBefore = await db().selectFrom('clinical_log_entries').select(['id', 'signed_at']).where('person_id', '=', personId).execute();
      const signedRecord = { procedure: 'xr:knee', verifiedBy: 'Jordan Tech (ARRT 1234567)', verifiedOn: today(), role: 'performed' };
      const exportedRes = await sam.request('GET', `/api/v1/people/${personId}/record`);
      const exported = exportedRes.json<RecordClinical>();
      expect(exported.clinical).toContainEqual(expect.objectContaining(signedRecord));
      expect(exported.clinical?.some((c) => c.procedure === 'xr:ankle')).toBe(false);

      expect((await henry.request('GET', `/api/v1/people/${personId}/record`)).statusCode).toBe(200);
      // A student cannot record leaving; the director can: Sam graduates, and the membership ends.
      const leaving = { userId: samUser?.id, outcome: 'graduated', leftOn: today() };
      expect((await sam.request('POST', `/api/v1/schools/${school}/leavers`, leaving)).statusCode).toBe(403);
      const left = await henry.request('POST', `/api/v1/schools/${school}/leavers`, leaving);
      expect(left.statusCode).toBe(201);
      expect((await henry.request('POST', `/api/v1/schools/${school}/leavers`, leaving)).statusCode).toBe(400);
      expect((await henry.request('GET', `/api/v1/schools/${school}/cohort`)).json<Cohort>().students.map((s) => s.name)).toEqual(['Lena Morales']);
      // The school's staff no longer read the graduate's record; the graduate still does, with the signed log.
      expect((await henry.request('GET', `/api/v1/people/${personId}/record`)).statusCode).toBe(404);
      const sam2 = await t.signIn(demo('sam.patel'));
      const after = (await sam2.request('GET', `/api/v1/people/${personId}/record`)).json<RecordClinical>();
      expect(after.clinical).toContainEqual(expect.objectContaining(signedRecord));
      const myData = (await sam2.request('GET', '/api/v1/me/data')).json<{ record: RecordClinical; account: { memberships: unknown[] } }>();
      expect(myData.account.memberships).toEqual([]);
      expect(myData.record.clinical).toContainEqual(expect.objectContaining(signedRecord));

      // Forgetting the school's note deletes none of the log either.
      await t.store.cohorts.deleteLeaver(school, samUser?.id ?? '');
      expect(await db().selectFrom('clinical_log_entries').select(['id', 'signed_at']).where('person_id', '=', personId).execute()).toEqual(entriesBefore);
      // Deleting the whole school is refused while a log entry names one of its sites.
      await expect(t.store.db.withTables<{ organisations: { id: string } }>().deleteFrom('organisations').where('id', '=', school).execute()).rejects.toThrow();
      expect(await db().selectFrom('clinical_log_entries').select(['id', 'signed_at']).where('person_id', '=', personId).execute()).toEqual(entriesBefore);
    });

    it('refuses a leaving day in the future, naming the field and quoting it, and writes nothing', async () => {
      const lena = await t.store.users.findByEmail(demo('lena.morales'));
      const before = (await db().selectFrom('school_leavers').select('user_id').execute()).length;
      const res = await henry.request('POST', `/api/v1/schools/${school}/leavers`, { userId: lena?.id, outcome: 'withdrew', leftOn: '2999-01-01' });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ errors: { path: string; message: string }[] }>().errors.find((e) => e.path === 'leftOn')?.message).toContain('"2999-01-01"');
      expect((await db().selectFrom('school_leavers').select('user_id').execute()).length).toBe(before);
      expect((await henry.request('GET', `/api/v1/schools/${school}/cohort`)).json<Cohort>().students.map((s) => s.name)).toContain('Lena Morales');
    });
  });
}
