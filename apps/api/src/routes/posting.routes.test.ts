import { FakeClock, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postingBody } from '../testing/posting-fixtures.js';
import { demo, startTestServer, type Client, type TestServer } from '../testing/test-server.js';

const DAY = 24 * 60 * 60 * 1000;

interface PostingJson {
  id: string;
  status: string;
  organisation: { name: string; side: string };
  place: { city: string; region: string; postalCode: string | null; lat: number; lon: number };
  pay: { min: number; max: number; unit: string; currency: string };
  datePosted: string | null;
  roleName: string;
}

for (const dialect of testDialects()) {
  describe(`postings over HTTP [${dialect.name}]`, () => {
    let t: TestServer;
    let nina: Client; // recruiter at the agency
    let victor: Client; // org admin at the hospital
    let ana: Client; // a professional
    const clock = new FakeClock('2026-11-26T09:00:00.000Z');
    beforeAll(async () => {
      t = await startTestServer(dialect, { deps: { clock } });
      [nina, victor, ana] = await Promise.all([t.signIn(demo('nina.cole')), t.signIn(demo('victor.huang')), t.signIn(demo('ana.reyes'))]);
    });
    afterAll(() => t.close());

    it('a recruiter posts an open job; the address is placed by the gazetteer and the agency side is named', async () => {
      const res = await nina.request('POST', '/api/v1/postings', postingBody());
      expect(res.statusCode).toBe(201);
      const p = res.json<PostingJson>();
      expect(p.status).toBe('open');
      expect(p.organisation).toEqual(expect.objectContaining({ name: 'Northstar Imaging Staffing (fictitious)', side: 'agency' }));
      expect(p.place).toEqual(expect.objectContaining({ city: 'Houston', region: 'us-tx', postalCode: '77030' }));
      expect(p.place.lat).toBeCloseTo(29.7, 0);
      expect(p.place.lon).toBeCloseTo(-95.4, 0);
      expect(p.pay).toEqual({ min: 38, max: 46, unit: 'hour', currency: 'USD' });
      expect(p.datePosted).toBe('2026-11-26T09:00:00.000Z');
      expect(p.roleName).not.toBe('ct-technologist');
      const again = await t.app.inject({ method: 'GET', url: `/api/v1/postings/${p.id}` });
      expect(again.statusCode).toBe(200);
      expect(again.json<PostingJson>().id).toBe(p.id);
    });

    it('refuses a posting without pay or last day, and one whose address cannot be placed, naming the field', async () => {
      const { pay: _pay, validThrough: _vt, ...bare } = postingBody();
      const missing = await nina.request('POST', '/api/v1/postings', bare);
      expect(missing.statusCode).toBe(400);
      expect(missing.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path).sort()).toEqual(['pay', 'validThrough']);
      const inverted = await nina.request('POST', '/api/v1/postings', postingBody({ pay: { min: 50, max: 40, unit: 'hour' } }));
      expect(inverted.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toEqual(['pay.max']);
      const nowhere = await nina.request('POST', '/api/v1/postings', postingBody({ place: { address: 'Atlantis 00000' } }));
      expect(nowhere.statusCode).toBe(400);
      const problem = nowhere.json<{ errors: Array<{ path: string; message: string }> }>();
      expect(problem.errors[0]?.path).toBe('place.address');
      expect(problem.errors[0]?.message).toContain('"Atlantis 00000"');
      const past = await nina.request('POST', '/api/v1/postings', postingBody({ validThrough: '2026-11-25' }));
      expect(past.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toEqual(['validThrough']);
    });

    it('only recruiters and organisation admins post', async () => {
      const res = await ana.request('POST', '/api/v1/postings', postingBody());
      expect(res.statusCode).toBe(403);
      const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/postings', payload: postingBody() });
      expect(anonymous.statusCode).toBe(401);
    });

    it('a draft is seen only by its organisation; it opens, is filled, and a filled posting stays filled', async () => {
      const draft = (await victor.request('POST', '/api/v1/postings', postingBody({ status: 'draft', title: 'MRI Technologist' }))).json<PostingJson>();
      expect(draft.status).toBe('draft');
      expect(draft.organisation.side).toBe('employer');
      expect(draft.datePosted).toBeNull();
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/postings/${draft.id}` })).statusCode).toBe(404);
      expect((await nina.request('GET', `/api/v1/postings/${draft.id}`)).statusCode).toBe(404);
      expect((await nina.request('PATCH', `/api/v1/postings/${draft.id}`, { status: 'open' })).statusCode).toBe(404);
      expect((await victor.request('GET', `/api/v1/postings/${draft.id}`)).statusCode).toBe(200);
      const opened = await victor.request('PATCH', `/api/v1/postings/${draft.id}`, { status: 'open', pay: { min: 40, max: 48, unit: 'hour' } });
      expect(opened.statusCode).toBe(200);
      expect(opened.json<PostingJson>()).toEqual(expect.objectContaining({ status: 'open', datePosted: '2026-11-26T09:00:00.000Z' }));
      expect(opened.json<PostingJson>().pay.max).toBe(48);
      expect((await victor.request('PATCH', `/api/v1/postings/${draft.id}`, { status: 'filled' })).json<PostingJson>().status).toBe('filled');
      const reopen = await victor.request('PATCH', `/api/v1/postings/${draft.id}`, { status: 'open' });
      expect(reopen.statusCode).toBe(400);
      expect(reopen.json<{ detail: string }>().detail).toContain('a filled posting cannot become open');
    });

    it('searches open postings publicly by modality, place and radius, pay, and employment type, a page at a time', async () => {
      const dallas = (await nina.request('POST', '/api/v1/postings', postingBody({ title: 'CT Technologist, Dallas', place: { address: 'Dallas, TX' }, pay: { min: 90000, max: 100000, unit: 'year' }, employmentType: 'travel-contract' }))).json<PostingJson>();
      expect(dallas.place).toEqual(expect.objectContaining({ city: 'Dallas', postalCode: null }));
      await nina.request('POST', '/api/v1/postings', postingBody({ title: 'Sonographer', role: 'sonographer', modality: 'sonography', pay: { min: 30, max: 36, unit: 'hour' } }));
      const titles = async (query: string) => {
        const res = await t.app.inject({ method: 'GET', url: `/api/v1/postings?${query}` });
        expect(res.statusCode).toBe(200);
        return res.json<{ items: Array<{ title: string }> }>().items.map((i) => i.title).sort();
      };
      expect(await titles('modality=ct')).toEqual(['CT Technologist, Dallas', 'CT Technologist, nights']);
      expect(await titles('modality=ct&near=77030&radiusKm=50')).toEqual(['CT Technologist, nights']);
      expect(await titles('modality=ct&near=Dallas,%20TX&radiusKm=50')).toEqual(['CT Technologist, Dallas']);
      expect(await titles('modality=ct&near=Austin,%20TX&radiusKm=400')).toEqual(['CT Technologist, Dallas', 'CT Technologist, nights']);
      // $46 an hour is $95,680 a year: below 96,000, above 95,000.
      expect(await titles('modality=ct&minPay=96000')).toEqual(['CT Technologist, Dallas']);
      expect(await titles('minPay=45&payUnit=hour&modality=ct')).toEqual(['CT Technologist, Dallas', 'CT Technologist, nights']);
      expect(await titles('employmentType=travel-contract')).toEqual(['CT Technologist, Dallas']);
      const agency = (await nina.request('GET', '/api/v1/organisations')).json<Array<{ id: string }>>()[0]?.id ?? '';
      const hospital = (await victor.request('GET', '/api/v1/organisations')).json<Array<{ id: string }>>()[0]?.id ?? '';
      expect(await titles(`organisationId=${agency}`)).toEqual(['CT Technologist, Dallas', 'CT Technologist, nights', 'Sonographer']);
      // The hospital's only posting was filled: nothing open.
      expect(await titles(`organisationId=${hospital}`)).toEqual([]);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: Array<{ title: string }>; nextCursor: string | null } = (await t.app.inject({ method: 'GET', url: `/api/v1/postings?limit=1${cursor === null ? '' : `&cursor=${cursor}`}` })).json();
        expect(page.items.length).toBeLessThanOrEqual(1);
        seen.push(...page.items.map((i) => i.title));
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(seen.sort()).toEqual(['CT Technologist, Dallas', 'CT Technologist, nights', 'Sonographer']);
      const bad = await t.app.inject({ method: 'GET', url: '/api/v1/postings?near=Nowhere%20Land' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ errors: Array<{ path: string }> }>().errors[0]?.path).toBe('near');
    });

    it('expires by itself once its last day has passed: still readable, marked expired, gone from the search', async () => {
      const p = (await nina.request('POST', '/api/v1/postings', postingBody({ title: 'Short-lived', validThrough: '2026-11-27' }))).json<PostingJson>();
      clock.advance(DAY);
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/postings/${p.id}` })).json<PostingJson>().status).toBe('open');
      clock.advance(DAY);
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/postings/${p.id}` })).json<PostingJson>().status).toBe('expired');
      const items = (await t.app.inject({ method: 'GET', url: '/api/v1/postings?limit=100' })).json<{ items: Array<{ id: string }> }>().items;
      expect(items.map((i) => i.id)).not.toContain(p.id);
      const extended = await nina.request('PATCH', `/api/v1/postings/${p.id}`, { validThrough: '2027-01-31' });
      expect(extended.json<PostingJson>().status).toBe('open');
    });
  });
}
