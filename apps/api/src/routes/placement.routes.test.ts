import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type Client, type TestServer } from '../testing/test-server.js';

interface Site {
  id: string;
  name: string;
  modalities: string[];
  preceptors: { id: string; name: string; credentials: string }[];
  capacities: { termId: string; capacity: number }[];
}
interface Run {
  id: string;
  publishedAt: string | null;
  assignments: { studentName: string; siteName: string | null; rank: number | null; explanation: string }[];
  report: { placed: number; blockingPairs: number; capacityViolations: number };
}
interface Problem {
  status: number;
  errors?: { path: string; message: string }[];
}

type Tables = {
  clinical_site_capacities: { term_id: string; site_id: string; capacity: number };
  clinical_site_rankings: { term_id: string; person_id: string; site_id: string; rank: number };
  clinical_rotations: { person_id: string; site_id: string; starts_on: string; ends_on: string };
  audit_log: { action: string; organisation_id: string | null };
};

const ST_BRIGID = 'St. Brigid Regional Medical Center (fictitious)';
const LAKESIDE = 'Lakeside Imaging Center (fictitious)';

for (const dialect of testDialects()) {
  describe(`clinical sites and placement over HTTP [${dialect.name}]`, () => {
    let t: TestServer;
    let henry: Client;
    let sam: Client;
    let lena: Client;
    let ana: Client;
    let school: string;
    let termId: string;
    let sites: Site[];
    const db = () => t.store.db.withTables<Tables>();
    const siteId = (name: string) => sites.find((s) => s.name === name)?.id ?? '';

    beforeAll(async () => {
      t = await startTestServer(dialect);
      henry = await t.signIn(demo('henry.lambert'));
      sam = await t.signIn(demo('sam.patel'));
      lena = await t.signIn(demo('lena.morales'));
      ana = await t.signIn(demo('ana.reyes'));
      const mine = (await sam.request('GET', '/api/v1/me/placement')).json<{ terms: { schoolId: string; term: { id: string; name: string } }[] }>();
      school = mine.terms[0]?.schoolId ?? '';
      termId = mine.terms[0]?.term.id ?? '';
      sites = (await henry.request('GET', `/api/v1/schools/${school}/sites`)).json<{ sites: Site[] }>().sites;
    });
    afterAll(() => t.close());

    it('shows the director the demo sites with modalities, preceptors and places in the demo term', () => {
      expect(sites.map((s) => s.name)).toEqual([LAKESIDE, ST_BRIGID]);
      const brigid = sites.find((s) => s.name === ST_BRIGID);
      expect(brigid?.modalities).toContain('CT');
      expect(brigid?.preceptors[0]?.credentials).toBe('RT(R)(CT)');
      expect(brigid?.capacities).toEqual([{ termId, capacity: 1 }]);
    });

    it('refuses students (403) and people of other organisations (404); nothing changes', async () => {
      expect((await sam.request('GET', `/api/v1/schools/${school}/sites`)).statusCode).toBe(403);
      expect((await sam.request('PUT', `/api/v1/schools/${school}/sites/${siteId(LAKESIDE)}/capacities/${termId}`, { capacity: 9 })).statusCode).toBe(403);
      expect((await ana.request('GET', `/api/v1/schools/${school}/sites`)).statusCode).toBe(404);
      expect((await ana.request('POST', `/api/v1/schools/${school}/terms/${termId}/placements`, { mode: 'stable' })).statusCode).toBe(404);
      expect((await db().selectFrom('clinical_site_capacities').select('capacity').where('site_id', '=', siteId(LAKESIDE)).executeTakeFirst())?.capacity).toBe(2);
    });

    it('refuses a negative capacity quoting it, and writes nothing', async () => {
      const res = await henry.request('PUT', `/api/v1/schools/${school}/sites/${siteId(LAKESIDE)}/capacities/${termId}`, { capacity: -3 });
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json<Problem>().errors)).toContain('-3');
      expect(Number((await db().selectFrom('clinical_site_capacities').select('capacity').where('site_id', '=', siteId(LAKESIDE)).executeTakeFirst())?.capacity)).toBe(2);
    });

    it('refuses a ranking naming an unknown site or a site twice, quoting it, and keeps the old ranking', async () => {
      const before = await db().selectFrom('clinical_site_rankings').select(['site_id', 'rank']).where('person_id', '=', sam.personId ?? '').orderBy('rank').execute();
      expect(before).toHaveLength(2);
      const unknown = await sam.request('PUT', `/api/v1/schools/${school}/terms/${termId}/ranking`, { sites: ['site_nowhere', siteId(LAKESIDE)] });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json<Problem>().errors?.[0]).toMatchObject({ path: 'sites[0]' });
      expect(unknown.json<Problem>().errors?.[0]?.message).toContain('"site_nowhere"');
      const twice = await sam.request('PUT', `/api/v1/schools/${school}/terms/${termId}/ranking`, { sites: [siteId(LAKESIDE), siteId(LAKESIDE)] });
      expect(twice.statusCode).toBe(400);
      expect(twice.json<Problem>().errors?.[0]?.message).toContain(`"${siteId(LAKESIDE)}"`);
      const after = await db().selectFrom('clinical_site_rankings').select(['site_id', 'rank']).where('person_id', '=', sam.personId ?? '').orderBy('rank').execute();
      expect(after.map((r) => r.site_id)).toEqual(before.map((r) => r.site_id));
    });

    it('lets a student rank the sites, and refuses staff', async () => {
      const res = await lena.request('PUT', `/api/v1/schools/${school}/terms/${termId}/ranking`, { sites: [siteId(ST_BRIGID), siteId(LAKESIDE)] });
      expect(res.statusCode).toBe(200);
      expect(res.json<{ ranking: string[] }>().ranking).toEqual([siteId(ST_BRIGID), siteId(LAKESIDE)]);
      expect((await henry.request('PUT', `/api/v1/schools/${school}/terms/${termId}/ranking`, { sites: [] })).statusCode).toBe(403);
    });

    it('adds and removes a site with a preceptor, and adds a term', async () => {
      const created = await henry.request('POST', `/api/v1/schools/${school}/sites`, { name: 'Harbor Clinic (fictitious)', city: 'Harbor Valley', modalities: ['Radiography', ' Radiography ', 'DEXA'] });
      expect(created.statusCode).toBe(201);
      const site = created.json<Site>();
      expect(site.modalities).toEqual(['Radiography', 'DEXA']);
      const withPreceptor = await henry.request('POST', `/api/v1/schools/${school}/sites/${site.id}/preceptors`, { name: 'Jo Park', credentials: 'RT(R)' });
      expect(withPreceptor.json<Site>().preceptors.map((p) => p.name)).toEqual(['Jo Park']);
      const renamed = await henry.request('PATCH', `/api/v1/schools/${school}/sites/${site.id}`, { name: 'Harbor Clinic West (fictitious)' });
      expect(renamed.json<Site>()).toMatchObject({ name: 'Harbor Clinic West (fictitious)', modalities: ['Radiography', 'DEXA'] });
      expect((await henry.request('DELETE', `/api/v1/schools/${school}/sites/${site.id}`)).statusCode).toBe(200);
      const term = await henry.request('POST', `/api/v1/schools/${school}/terms`, { name: 'Summer 2027', startsOn: '2027-06-01', endsOn: '2027-05-01' });
      expect(term.statusCode).toBe(400);
      expect(JSON.stringify(term.json())).toContain('2027-05-01');
    });

    it('runs stable placement with each assignment explained, publishes it, and the student sees the rotation', async () => {
      const res = await henry.request('POST', `/api/v1/schools/${school}/terms/${termId}/placements`, { mode: 'stable' });
      expect(res.statusCode).toBe(201);
      const run = res.json<Run>();
      // Other demo students may be added to the school: the demo's two are placed, within the places, stably.
      expect(run.report).toMatchObject({ blockingPairs: 0, capacityViolations: 0 });
      expect(run.assignments.filter((a) => ['Sam Patel', 'Lena Morales'].includes(a.studentName) && a.siteName !== null)).toHaveLength(2);
      const first = run.assignments.find((a) => a.rank === 1);
      const second = run.assignments.find((a) => a.rank === 2);
      expect(first).toMatchObject({ siteName: ST_BRIGID, explanation: 'Ranked 1st; the site had room.' });
      expect(second?.siteName).toBe(LAKESIDE);
      expect(second?.explanation).toContain(`${ST_BRIGID} (ranked 1st) was full: its 1 place went to`);
      // The demo also has a rotation of this week (for time records); the term's rotations start in 2027.
      const termRotations = () => db().selectFrom('clinical_rotations').select(['person_id', 'starts_on', 'ends_on']).where('starts_on', '>=', '2027-01-11').execute();
      expect(await termRotations()).toHaveLength(0);

      const published = await henry.request('POST', `/api/v1/schools/${school}/placements/${run.id}/publish`);
      expect(published.statusCode).toBe(200);
      expect(published.json<Run>().publishedAt).not.toBeNull();
      expect((await henry.request('POST', `/api/v1/schools/${school}/placements/${run.id}/publish`)).statusCode).toBe(409);
      expect(await termRotations()).toHaveLength(run.report.placed);
      expect((await db().selectFrom('audit_log').select('action').where('action', '=', 'clinical.placement.published').execute())).toHaveLength(1);

      // Publishing a second run replaces the term's rotations, it does not add to them.
      const optimal = (await henry.request('POST', `/api/v1/schools/${school}/terms/${termId}/placements`, { mode: 'optimal' })).json<Run>();
      await henry.request('POST', `/api/v1/schools/${school}/placements/${optimal.id}/publish`);
      expect(await termRotations()).toHaveLength(optimal.report.placed);

      const mine = (await sam.request('GET', '/api/v1/me/placement')).json<{ rotations: { site: { name: string }; startsOn: string; endsOn: string }[] }>();
      const inTerm = mine.rotations.filter((r) => r.startsOn >= '2027-01-11');
      expect(inTerm).toHaveLength(1);
      expect(inTerm[0]).toMatchObject({ startsOn: '2027-01-11', endsOn: '2027-04-30' });

      const ics = await sam.request('GET', '/api/v1/me/rotations.ics');
      expect(ics.headers['content-type']).toContain('text/calendar');
      expect(ics.body).toContain('DTSTART;VALUE=DATE:20270111');
      expect(ics.body).toContain('DTEND;VALUE=DATE:20270501');
      expect(ics.body).toContain(`SUMMARY:Clinical rotation: ${inTerm[0]?.site.name ?? ''}`);

      const csv = await henry.request('GET', `/api/v1/schools/${school}/terms/${termId}/schedule.csv`);
      expect(csv.headers['content-type']).toContain('text/csv');
      const lines = csv.body.trim().split('\r\n');
      expect(lines[0]).toBe('Student,Site,Address,City,Modalities,Preceptors,Starts,Ends');
      expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(expect.arrayContaining(['Lena Morales', 'Sam Patel']));
      expect((await sam.request('GET', `/api/v1/schools/${school}/terms/${termId}/schedule.csv`)).statusCode).toBe(403);
    });
  });
}
