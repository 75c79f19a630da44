import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type Client, type TestServer } from '../testing/test-server.js';

interface Problem {
  status: number;
  errors?: { path: string; message: string }[];
}
interface Catalogue {
  discipline: string;
  name: string;
  listSource: string;
  sourceUrl: string | null;
  note: string;
  procedures: { code: string; name: string; section: string }[];
  sections: { code: string; name: string }[];
}
interface Entry {
  id: string;
  procedure: string;
  procedureName: string;
}
type Tables = { clinical_log_entries: { id: string; person_id: string; procedure: string } };

const today = () => new Date().toISOString().slice(0, 10);

for (const dialect of testDialects()) {
  describe(`the clinical log follows the program's discipline [${dialect.name}]`, () => {
    let t: TestServer;
    let henry: Client;
    let olivia: Client;
    let sam: Client;
    let school: string;
    let site: string;
    const db = () => t.store.db.withTables<Tables>();
    const log = (procedure: string) => sam.request('POST', '/api/v1/clinical/entries', { procedure, performedOn: today(), site, role: 'performed', supervision: 'direct' });
    const catalogue = async (client: Client, query = '') => (await client.request('GET', `/api/v1/clinical/procedures${query}`)).json<Catalogue>();
    const useSet = async (set: string, localRequirements: unknown[] = []) => henry.request('PUT', `/api/v1/schools/${school}/requirements`, { set, simulationCap: null, localRequirements });

    beforeAll(async () => {
      t = await startTestServer(dialect);
      henry = await t.signIn(demo('henry.lambert'));
      olivia = await t.signIn(demo('olivia.bennett'));
      sam = await t.signIn(demo('sam.patel'));
      school = (await t.store.organisations.listAll()).find((o) => o.kind === 'school')?.id ?? '';
      site = (await sam.request('GET', '/api/v1/clinical/sites')).json<{ sites: { id: string }[] }>().sites[0]?.id ?? '';
    });
    afterAll(() => t.close());

    it("a radiography program's student sees only radiography procedures and a sonography one is refused, quoting it", async () => {
      const list = await catalogue(sam);
      expect(list).toMatchObject({ discipline: 'radiography', name: 'Radiography procedures', listSource: 'modality', sourceUrl: null });
      expect(list.note).toMatch(/^Modality's own list/);
      expect(list.procedures.every((p) => p.code.startsWith('xr:'))).toBe(true);
      const refused = await log('us:thyroid');
      expect(refused.statusCode).toBe(400);
      const problem = refused.json<Problem>();
      expect(problem.errors).toEqual([{ path: 'procedure', message: '"us:thyroid" is not among the radiography procedures of your program' }]);
      expect((await log('xr:hand')).statusCode).toBe(201);
    });

    it('once the program follows a sonography set, its student logs a sonography procedure and a radiography one is refused; nothing is written', async () => {
      expect((await useSet('arrt-sonography-2024')).statusCode).toBe(200);
      const list = await catalogue(sam);
      expect(list).toMatchObject({ discipline: 'sonography', name: 'Sonography procedures', listSource: 'modality' });
      expect(list.note).toContain("not ARDMS's or ARRT's list");
      expect(new Set(list.procedures.map((p) => p.section))).toEqual(new Set(list.sections.map((s) => s.code)));
      expect(list.sections.map((s) => s.name)).toContain('Obstetrics');

      const before = await db().selectFrom('clinical_log_entries').select(['id']).execute();
      const refused = await log('xr:chest-routine');
      expect(refused.statusCode).toBe(400);
      expect(refused.json<Problem>().errors).toEqual([{ path: 'procedure', message: '"xr:chest-routine" is not among the sonography procedures of your program' }]);
      expect(await db().selectFrom('clinical_log_entries').select(['id']).execute()).toHaveLength(before.length);

      const logged = await log('us:thyroid');
      expect(logged.statusCode).toBe(201);
      const entry = logged.json<Entry>();
      expect(entry).toMatchObject({ procedure: 'us:thyroid', procedureName: 'Thyroid' });

      // Changing it to a radiography procedure is refused the same way.
      const edited = await sam.request('PATCH', `/api/v1/clinical/entries/${entry.id}`, { procedure: 'xr:knee' });
      expect(edited.statusCode).toBe(400);
      expect(edited.json<Problem>().errors?.[0]?.path).toBe('procedure');
      expect((await sam.request('PATCH', `/api/v1/clinical/entries/${entry.id}`, { procedure: 'us:breast' })).statusCode).toBe(200);

      // Signed, it counts and it is exported in the record with its code; the log page names it.
      expect((await olivia.request('POST', `/api/v1/clinical/entries/${entry.id}/sign`, { present: true })).statusCode).toBe(200);
      const entries = (await sam.request('GET', '/api/v1/clinical/entries')).json<{ entries: Entry[] }>().entries;
      expect(entries.find((e) => e.id === entry.id)?.procedureName).toBe('Breast');
      const progress = (await sam.request('GET', '/api/v1/clinical/progress')).json<{ set: { discipline: string }; progress: { imaging: { done: number } } }>();
      expect(progress.set.discipline).toBe('sonography');
      expect(progress.progress.imaging.done).toBe(1);
      const samUser = await t.store.users.findByEmail(demo('sam.patel'));
      const personId = (await t.store.people.findByOwner(samUser?.id ?? ''))?.id ?? '';
      const exported = (await sam.request('GET', `/api/v1/people/${personId}/record`)).json<{ clinical?: { procedure: string }[] }>();
      expect(exported.clinical?.map((c) => c.procedure)).toContain('us:breast');
    });

    it("the program's own requirements name procedures and sections of the chosen set's discipline only", async () => {
      const wrong = await useSet('arrt-sonography-2024', [{ kind: 'procedure', procedure: 'xr:contrast-enema' }, { kind: 'section', section: 'fluoroscopy', minimum: 1 }]);
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json<Problem>().errors?.map((e) => e.path)).toEqual(['localRequirements[0].procedure', 'localRequirements[1].section']);
      expect(wrong.json<Problem>().errors?.[0]?.message).toContain('"xr:contrast-enema"');
      const right = await useSet('arrt-sonography-2024', [{ kind: 'procedure', procedure: 'us:carotid-duplex' }, { kind: 'section', section: 'us-obstetrics', minimum: 2 }]);
      expect(right.statusCode).toBe(200);
      expect(right.json<{ localRequirements: { label: string }[] }>().localRequirements.map((r) => r.label)).toEqual(['Carotid arteries, duplex', 'At least 2 from Obstetrics']);
    });

    it('a director reads the list of any discipline; an unknown discipline is refused', async () => {
      expect((await catalogue(henry)).discipline).toBe('radiography');
      const mri = await catalogue(henry, '?discipline=mri');
      expect(mri).toMatchObject({ discipline: 'mri', name: 'MRI procedures' });
      expect(mri.procedures.map((p) => p.name)).toContain('Brain, routine');
      expect((await catalogue(henry, '?discipline=nuclear-medicine')).procedures.map((p) => p.name)).toContain('Bone scan, whole body');
      const bad = await henry.request('GET', '/api/v1/clinical/procedures?discipline=dentistry');
      expect(bad.statusCode).toBe(400);
      expect(JSON.stringify(bad.json())).toContain('discipline');
    });
  });
}
