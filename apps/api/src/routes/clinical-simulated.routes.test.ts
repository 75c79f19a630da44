import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type Client, type TestServer } from '../testing/test-server.js';

interface Entry {
  id: string;
  simulated: boolean;
  history?: { what: string; words: string }[];
}
interface Progress {
  progress: { simulations: { counted: number; cap: number | null; capReached: boolean } };
  evaluation: { simulations: { counted: number; cap: number | null; capReached: boolean; sentence: string } };
}
interface RecordClinical {
  clinical?: { procedure: string; simulated?: boolean; verifiedBy?: string }[];
}

const today = () => new Date().toISOString().slice(0, 10);

for (const dialect of testDialects()) {
  describe(`simulated competencies in the clinical log [${dialect.name}]`, () => {
    let t: TestServer;
    let sam: Client;
    let olivia: Client;
    let siteId: string;
    const progress = async () => (await sam.request('GET', '/api/v1/clinical/progress')).json<Progress>();
    beforeAll(async () => {
      t = await startTestServer(dialect);
      sam = await t.signIn(demo('sam.patel'));
      olivia = await t.signIn(demo('olivia.bennett'));
      siteId = (await sam.request('GET', '/api/v1/clinical/sites')).json<{ sites: { id: string }[] }>().sites[0]?.id ?? '';
    });
    afterAll(() => t.close());

    it('a signed simulated competency counts as a simulation, against the program cap, and exports as simulated', async () => {
      const before = await progress();
      // The demo program's own cap is 4 (docs/clinical.md): the engine says so, and none is reached yet.
      expect(before.evaluation.simulations).toMatchObject({ cap: 4, capReached: false });
      const logged = await sam.request('POST', '/api/v1/clinical/entries', { procedure: 'xr:skull', performedOn: today(), site: siteId, role: 'performed', supervision: 'direct', simulated: true });
      expect(logged.statusCode).toBe(201);
      const entry = logged.json<Entry>();
      expect(entry.simulated).toBe(true);
      // Unsigned, it does not count yet.
      expect((await progress()).evaluation.simulations.counted).toBe(before.evaluation.simulations.counted);
      expect((await olivia.request('POST', `/api/v1/clinical/entries/${entry.id}/sign`, { present: true })).statusCode).toBe(200);
      const after = await progress();
      expect(after.evaluation.simulations.counted).toBe(before.evaluation.simulations.counted + 1);
      expect(after.evaluation.simulations.sentence).toMatch(/Simulated competencies/);
      const record = (await sam.request('GET', `/api/v1/people/${sam.personId ?? ''}/record`)).json<RecordClinical>();
      expect(record.clinical?.filter((c) => c.procedure === 'xr:skull' && c.simulated === true)).toHaveLength(1);
    });

    it('an unsigned entry can be changed to simulated, the history says so in words, and a value that is not true or false is refused', async () => {
      const entry = (await sam.request('POST', '/api/v1/clinical/entries', { procedure: 'xr:hand', performedOn: today(), site: siteId, role: 'performed', supervision: 'direct' })).json<Entry>();
      expect(entry.simulated).toBe(false);
      const changed = await sam.request('PATCH', `/api/v1/clinical/entries/${entry.id}`, { simulated: true });
      expect(changed.statusCode).toBe(200);
      expect(changed.json<Entry>().simulated).toBe(true);
      const history = (await sam.request('GET', `/api/v1/clinical/entries/${entry.id}`)).json<Entry>().history ?? [];
      expect(history.find((h) => h.what === 'edited')?.words).toMatch(/simulated/);
      const refused = await sam.request('PATCH', `/api/v1/clinical/entries/${entry.id}`, { simulated: 'yes' });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain('simulated');
    });
  });
}
