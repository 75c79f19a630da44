import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type Client, type TestServer } from '../testing/test-server.js';

interface Problem {
  status: number;
  errors?: { path: string; message: string }[];
}
interface Requirements {
  setId: string;
  simulationCap: number | null;
  localRequirements: { kind: string; label: string }[];
  sets: { id: string; discipline: string; flag: string; sourceUrl: string; largestProgramCap: number | null }[];
}
interface Progress {
  set: { id: string; effectiveFrom: string | null; sourceUrl: string; document: { body: string } };
  progress: { simulations: { cap: number | null } };
  evaluation: { missing: string[]; unknown: string[]; simulations: { sentence: string }; complete: boolean };
  program: { school: string | null; simulationCap: number | null; localRequirements: { label: string }[]; setIsProgramChoice: boolean };
}
interface Cohort {
  requirementSet: { name: string; simulationCap: number | null; localRequirements: number; discipline: string };
  students: { name: string; progress: { required: number | null } | null }[];
}
type Tables = { audit_log: { action: string; organisation_id: string | null }; program_requirement_settings: { set_id: string; simulation_cap: number | null; local_requirements: string } };

for (const dialect of testDialects()) {
  describe(`a program's requirement settings over HTTP [${dialect.name}]`, () => {
    let t: TestServer;
    let henry: Client;
    let olivia: Client;
    let sam: Client;
    let ana: Client;
    let school: string;
    const db = () => t.store.db.withTables<Tables>();
    const url = () => `/api/v1/schools/${school}/requirements`;
    const stored = () => db().selectFrom('program_requirement_settings').select(['set_id', 'simulation_cap', 'local_requirements']).execute();
    const seeded = [{ set_id: 'arrt-radiography-2017-iu', simulation_cap: 4, local_requirements: '[{"kind":"procedure","procedure":"xr:contrast-enema"}]' }];

    beforeAll(async () => {
      t = await startTestServer(dialect);
      henry = await t.signIn(demo('henry.lambert'));
      olivia = await t.signIn(demo('olivia.bennett'));
      sam = await t.signIn(demo('sam.patel'));
      ana = await t.signIn(demo('ana.reyes'));
      school = (await t.store.organisations.listAll()).find((o) => o.kind === 'school')?.id ?? '';
    });
    afterAll(() => t.close());

    it('shows the teaching staff the demo school’s choices and every set to choose from, each sourced and flagged; others are refused', async () => {
      for (const staff of [henry, olivia]) {
        const res = await staff.request('GET', url());
        expect(res.statusCode).toBe(200);
        const r = res.json<Requirements>();
        // The demo seeds the default set, a cap of 4 and one requirement of the school's own.
        expect(r).toMatchObject({ setId: 'arrt-radiography-2017-iu', simulationCap: 4, localRequirements: [{ kind: 'procedure', label: 'Contrast enema' }] });
        expect(new Set(r.sets.map((s) => s.discipline))).toEqual(new Set(['radiography', 'sonography', 'mri', 'nuclear-medicine']));
        expect(r.sets.every((s) => s.sourceUrl.startsWith('https://') && /^Not confirmed/.test(s.flag))).toBe(true);
      }
      expect((await sam.request('GET', url())).statusCode).toBe(403);
      expect((await ana.request('GET', url())).statusCode).toBe(404);
      const body = { set: 'arrt-radiography-2022-nw', simulationCap: 3, localRequirements: [] };
      expect((await olivia.request('PUT', url(), body)).statusCode).toBe(403);
      expect((await sam.request('PUT', url(), body)).statusCode).toBe(403);
      expect((await ana.request('PUT', url(), body)).statusCode).toBe(404);
      expect(await stored()).toEqual(seeded);
    });

    it('refuses an unknown set, a cap above the set’s and an unknown or repeated requirement, naming the field and quoting the value; nothing is written', async () => {
      const unknownSet = await henry.request('PUT', url(), { set: 'arrt-nothing', simulationCap: null, localRequirements: [] });
      expect(unknownSet.statusCode).toBe(400);
      expect(unknownSet.json<Problem>().errors?.[0]).toMatchObject({ path: 'set' });
      expect(unknownSet.json<Problem>().errors?.[0]?.message).toContain('"arrt-nothing"');
      const overCap = await henry.request('PUT', url(), { set: 'arrt-radiography-2022-nw', simulationCap: 9, localRequirements: [] });
      expect(overCap.statusCode).toBe(400);
      expect(overCap.json<Problem>().errors?.[0]).toMatchObject({ path: 'simulationCap' });
      expect(overCap.json<Problem>().errors?.[0]?.message).toContain('"9"');
      const badProcedure = await henry.request('PUT', url(), { set: 'arrt-radiography-2017-iu', simulationCap: 4, localRequirements: [{ kind: 'procedure', procedure: 'xr:teleport' }] });
      expect(badProcedure.statusCode).toBe(400);
      expect(badProcedure.json<Problem>().errors?.[0]).toMatchObject({ path: 'localRequirements[0].procedure' });
      expect(badProcedure.json<Problem>().errors?.[0]?.message).toContain('"xr:teleport"');
      const twice = await henry.request('PUT', url(), {
        set: 'arrt-radiography-2017-iu',
        simulationCap: null,
        localRequirements: [
          { kind: 'procedure', procedure: 'xr:upper-gi' },
          { kind: 'procedure', procedure: 'xr:upper-gi' },
        ],
      });
      expect(twice.statusCode).toBe(400);
      expect(twice.json<Problem>().errors?.[0]).toMatchObject({ path: 'localRequirements[1]' });
      const negative = await henry.request('PUT', url(), { set: 'arrt-radiography-2017-iu', simulationCap: -1, localRequirements: [] });
      expect(negative.statusCode).toBe(400);
      expect(JSON.stringify(negative.json())).toContain('simulationCap');
      expect(await stored()).toEqual(seeded);
    });

    it('the director’s choice of version, cap and local requirements is what the student’s progress and the cohort use', async () => {
      const saved = await henry.request('PUT', url(), {
        set: 'arrt-radiography-2022-nw',
        simulationCap: 5,
        localRequirements: [
          { kind: 'procedure', procedure: 'xr:upper-gi' },
          { kind: 'section', section: 'head', minimum: 2 },
        ],
      });
      expect(saved.statusCode).toBe(200);
      expect(saved.json<Requirements>()).toMatchObject({ setId: 'arrt-radiography-2022-nw', simulationCap: 5 });
      expect(saved.json<Requirements>().localRequirements.map((r) => r.label)).toEqual(['Upper GI series', 'At least 2 from Head']);
      expect((await olivia.request('GET', url())).json<Requirements>().setId).toBe('arrt-radiography-2022-nw');
      const audit = await db().selectFrom('audit_log').selectAll().where('action', '=', 'clinical.requirements.updated').execute();
      expect(audit.map((a) => a.organisation_id)).toEqual([school]);

      const progress = (await sam.request('GET', '/api/v1/clinical/progress')).json<Progress>();
      expect(progress.set.id).toBe('arrt-radiography-2022-nw');
      expect(progress.progress.simulations.cap).toBe(5);
      expect(progress.program).toMatchObject({ simulationCap: 5, setIsProgramChoice: true, localRequirements: [{ label: 'Upper GI series' }, { label: 'At least 2 from Head' }] });
      expect(progress.evaluation.missing).toContain('Upper GI series (your program’s own requirement): not shown yet.');
      expect(progress.evaluation.simulations.sentence).toContain('at most 5 (your program’s cap)');
      expect(progress.evaluation.unknown.join(' ')).toContain('Patient-care activities');
      // Asking for the other version shows it, with the program's cap and local requirements still applied.
      const other = (await sam.request('GET', '/api/v1/clinical/progress?set=arrt-radiography-2017-iu')).json<Progress>();
      expect(other).toMatchObject({ set: { id: 'arrt-radiography-2017-iu' }, program: { setIsProgramChoice: false } });

      const cohort = (await henry.request('GET', `/api/v1/schools/${school}/cohort`)).json<Cohort>();
      expect(cohort.requirementSet).toMatchObject({ name: 'ARRT Radiography (as stated by a 2022–23 clinical training handbook)', simulationCap: 5, localRequirements: 2 });
      // The 2022 handbook gives no patient-care count, so the total required is unknown (null), never a guess.
      expect(cohort.students.find((s) => s.name === 'Sam Patel')?.progress).toMatchObject({ required: null, complete: false });
    });

    it('a sonography set: the sonography student gets progress (its counts unknown, never complete), the radiography student none', async () => {
      const saved = await henry.request('PUT', url(), { set: 'arrt-sonography-2024', simulationCap: 2, localRequirements: [] });
      expect(saved.statusCode).toBe(200);
      const cohort = (await henry.request('GET', `/api/v1/schools/${school}/cohort`)).json<Cohort>();
      expect(cohort.requirementSet.discipline).toBe('sonography');
      expect(cohort.students.find((s) => s.name === 'Lena Morales')?.progress).toMatchObject({ required: null });
      expect(cohort.students.find((s) => s.name === 'Sam Patel')?.progress).toBeNull();
      const progress = (await sam.request('GET', '/api/v1/clinical/progress')).json<Progress>();
      expect(progress.set).toMatchObject({ id: 'arrt-sonography-2024', effectiveFrom: '2024-01-01', document: { body: 'ARRT' } });
      expect(progress.set.sourceUrl).toMatch(/^https:\/\/www\.arrt\.org\//);
      expect(progress.evaluation.complete).toBe(false);
      expect(progress.evaluation.unknown.join(' ')).toContain('not confirmed here — see ARRT’s document');
    });
  });
}
