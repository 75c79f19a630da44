import { FakeClock, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postingBody } from '../testing/posting-fixtures.js';
import { demo, startTestServer, type Client, type TestServer } from '../testing/test-server.js';

interface Card {
  handle: string;
  place: string;
  held: Array<{ code: string; name: string }>;
  years: Record<string, number>;
}
interface Ranking {
  totalQualified: number;
  matches: Array<{ candidate: Card; score: number; contributions: Record<string, number> }>;
  nearMisses: Array<{ candidate: Card; missing: { requirement: string; says: string; left: string | null; route?: { says: string } | null } }>;
  relaxations: Array<{ requirement: string; says: string; adds: number }>;
  unranked: string | null;
}

/** A CT job in Houston that Ana (ARRT R and CT, years of CT) meets, with no licence asked. */
const CT_JOB = postingBody({
  title: 'CT Technologist',
  requirements: { credentials: { allOf: ['arrt:CT'], anyOf: [['arrt:R', 'nmtcb:CT']] }, minYears: 2, shifts: ['night'], startWindow: { from: '2026-12-01', to: '2027-01-31' } },
});

for (const dialect of testDialects()) {
  describe(`ranking candidates, live and explained [${dialect.name}]`, () => {
    let t: TestServer;
    let nina: Client; // agency recruiter
    let victor: Client; // hospital admin
    let ana: Client;
    let agencyJob = '';
    let hospitalJob = '';
    let handle = '';
    const ranking = async (who: Client, id: string) => {
      const res = await who.request('GET', `/api/v1/postings/${id}/candidates?k=50`);
      expect(res.statusCode).toBe(200);
      return res.json<Ranking>();
    };
    beforeAll(async () => {
      t = await startTestServer(dialect, { deps: { clock: new FakeClock('2026-11-26T09:00:00.000Z') } });
      [nina, victor, ana] = await Promise.all([t.signIn(demo('nina.cole')), t.signIn(demo('victor.huang')), t.signIn(demo('ana.reyes'))]);
      agencyJob = (await nina.request('POST', '/api/v1/postings', CT_JOB)).json<{ id: string }>().id;
      hospitalJob = (await victor.request('POST', '/api/v1/postings', CT_JOB)).json<{ id: string }>().id;
      // Marcus has a record but never turns his profile on.
      await (await t.signIn(demo('marcus.chen'))).request('GET', '/api/v1/me/profile');
    });
    afterAll(() => t.close());

    it('finds nobody until a candidate opts in, then ranks them with contributions that sum to the score — without name or contact', async () => {
      expect((await ranking(nina, agencyJob)).totalQualified).toBe(0);
      handle = (await ana.request('PUT', '/api/v1/me/profile', { enabled: true, preferences: { places: [{ near: 'Houston, TX', radiusKm: 40 }], workAuthorisation: ['US'], payFloor: { amount: 40, unit: 'hour' } } })).json<{ handle: string }>().handle;
      const res = await nina.request('GET', `/api/v1/postings/${agencyJob}/candidates?k=50`);
      const r = res.json<Ranking>();
      expect(r.totalQualified).toBe(1);
      const [top] = r.matches;
      expect(top?.candidate.handle).toBe(handle);
      expect(top?.candidate.place).toBe('Houston, TX');
      expect(top?.candidate.held.map((h) => h.code)).toEqual(expect.arrayContaining(['arrt:R', 'arrt:CT']));
      expect(top?.candidate.years.ct).toBeGreaterThanOrEqual(5);
      const sum = Object.values(top?.contributions ?? {}).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(top?.score ?? -1, 2);
      expect(top?.contributions.experience).toBeGreaterThan(0);
      expect(res.body).not.toMatch(/Ana|Reyes|ana\.reyes|@demo|1994-05-17/);
    });

    it('sees a profile change at the next query: out of the radius she becomes a near-miss, and relaxing the location adds her', async () => {
      await ana.request('PUT', '/api/v1/me/profile', { preferences: { places: [{ near: 'Dallas, TX', radiusKm: 40 }], relocate: false } });
      const r = await ranking(nina, agencyJob);
      expect(r.totalQualified).toBe(0);
      expect(r.nearMisses.map((n) => [n.candidate.handle, n.missing.requirement])).toEqual([[handle, 'location']]);
      expect(r.nearMisses[0]?.missing.says).toContain('within 60 km');
      expect(r.relaxations).toEqual([expect.objectContaining({ requirement: 'location', adds: 1 })]);
      await ana.request('PUT', '/api/v1/me/profile', { preferences: { relocate: true } });
      expect((await ranking(nina, agencyJob)).totalQualified).toBe(1);
    });

    it('keeps employers-only candidates from agencies, and hidden or switched-off ones from everybody', async () => {
      await ana.request('PUT', '/api/v1/me/profile', { visibility: 'employers-only' });
      expect((await ranking(nina, agencyJob)).totalQualified).toBe(0);
      expect((await ranking(victor, hospitalJob)).totalQualified).toBe(1);
      await ana.request('PUT', '/api/v1/me/profile', { visibility: 'hidden' });
      expect((await ranking(victor, hospitalJob)).totalQualified).toBe(0);
      await ana.request('PUT', '/api/v1/me/profile', { visibility: 'all-recruiters', enabled: false });
      expect((await ranking(victor, hospitalJob)).totalQualified).toBe(0);
      await ana.request('PUT', '/api/v1/me/profile', { enabled: true });
      expect((await ranking(nina, agencyJob)).totalQualified).toBe(1);
    });

    it('follows a record change: with CT earned this year she is a near-miss short of the years asked', async () => {
      const record = (await ana.request('GET', `/api/v1/people/${ana.personId ?? ''}/record`)).json<{ credentials: Array<{ credential: string; earnedOn: string }> }>();
      const recentCt = { ...record, credentials: record.credentials.map((c) => (c.credential === 'arrt:CT' ? { ...c, earnedOn: '2026-01-15' } : c)) };
      expect((await ana.request('PUT', '/api/v1/me/record', recentCt)).statusCode).toBe(200);
      const r = await ranking(nina, agencyJob);
      expect(r.totalQualified).toBe(0);
      expect(r.nearMisses.map((n) => [n.missing.requirement, n.missing.says])).toEqual([['modality', '2 years in CT']]);
      expect((await ana.request('PUT', '/api/v1/me/record', record)).statusCode).toBe(200);
      expect((await ranking(nina, agencyJob)).totalQualified).toBe(1);
    });

    it('answers a repeated search the same, remembered near-miss routes included, and drops a route once the record closes the gap', async () => {
      const caJob = (await nina.request('POST', '/api/v1/postings', postingBody({
          title: 'Radiographer, California licence',
          role: 'radiographer',
          modality: 'radiography',
          requirements: { credentials: { allOf: ['arrt:R'], anyOf: [] }, licenceJurisdictions: ['us-ca'], minYears: 0, shifts: [], startWindow: { from: '2026-12-01', to: '2027-01-31' }, sponsorship: false },
        }))).json<{ id: string }>().id;
      const first = await nina.request('GET', `/api/v1/postings/${caJob}/candidates?k=50`);
      const r = first.json<Ranking>();
      expect(r.nearMisses.map((n) => [n.missing.requirement, n.missing.route?.says])).toEqual([['licence', '1 step, USD 112 (some steps have no sourced time or cost)']]);
      expect((await nina.request('GET', `/api/v1/postings/${caJob}/candidates?k=50`)).body).toBe(first.body);
      const record = (await ana.request('GET', `/api/v1/people/${ana.personId ?? ''}/record`)).json<{ credentials: Array<{ credential: string; earnedOn: string }> }>();
      const licensed = { ...record, credentials: [...record.credentials, { credential: 'us-ca:crt-diagnostic', earnedOn: '2020-01-15' }] };
      expect((await ana.request('PUT', '/api/v1/me/record', licensed)).statusCode).toBe(200);
      const after = await ranking(nina, caJob);
      expect([after.totalQualified, after.nearMisses.length]).toEqual([1, 0]);
      expect((await ana.request('PUT', '/api/v1/me/record', record)).statusCode).toBe(200);
      expect((await nina.request('GET', `/api/v1/postings/${caJob}/candidates?k=50`)).body).toBe(first.body);
    });

    it("is for the posting's organisation only; the candidate sees the postings she qualifies for", async () => {
      expect((await victor.request('GET', `/api/v1/postings/${agencyJob}/candidates`)).statusCode).toBe(404);
      expect((await ana.request('GET', `/api/v1/postings/${agencyJob}/candidates`)).statusCode).toBe(404);
      const mine = await ana.request('GET', '/api/v1/me/matches');
      expect(mine.statusCode).toBe(200);
      const m = mine.json<{ matches: Array<{ posting: { id: string }; score: number }>; nearMisses: unknown[] }>();
      expect(m.matches.map((x) => x.posting.id).sort()).toEqual([agencyJob, hospitalJob].sort());
    });
  });
}
