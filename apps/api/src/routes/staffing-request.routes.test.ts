import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postingBody } from '../testing/posting-fixtures.js';
import { demo, startTestServer, type Client, type TestServer } from '../testing/test-server.js';

interface RequestJson {
  id: string;
  kind: string;
  status: string;
  posting: { title: string; pay: { min: number; max: number; unit: string } };
  organisation: { name: string };
  candidate: { handle: string; name: string | null; email: string | null };
}

for (const dialect of testDialects()) {
  describe(`consent before every submission [${dialect.name}]`, () => {
    let t: TestServer;
    let nina: Client; // agency recruiter
    let victor: Client; // hospital admin
    let ana: Client;
    let marcus: Client;
    let agencyJob = '';
    let hospitalJob = '';
    let handle = '';
    let first = '';
    const post = async (who: Client, body: Record<string, unknown> = {}) => (await who.request('POST', '/api/v1/postings', postingBody(body))).json<{ id: string }>().id;
    beforeAll(async () => {
      t = await startTestServer(dialect);
      [nina, victor, ana, marcus] = await Promise.all([t.signIn(demo('nina.cole')), t.signIn(demo('victor.huang')), t.signIn(demo('ana.reyes')), t.signIn(demo('marcus.chen'))]);
      agencyJob = await post(nina, { validThrough: '2099-12-31' });
      hospitalJob = await post(victor, { validThrough: '2099-12-31' });
      handle = (await ana.request('PUT', '/api/v1/me/profile', { enabled: true })).json<{ handle: string }>().handle;
    });
    afterAll(() => t.close());

    it('a recruiter asks by handle (pay shown); nobody sees name or e-mail while it is pending; a second request for the same candidate and posting is 409', async () => {
      const res = await nina.request('POST', `/api/v1/postings/${agencyJob}/requests`, { candidate: handle });
      expect(res.statusCode).toBe(201);
      const r = res.json<RequestJson>();
      expect(r).toMatchObject({ status: 'pending', kind: 'request', posting: { pay: { min: 38, max: 46, unit: 'hour' } }, candidate: { handle, name: null, email: null } });
      first = r.id;
      expect((await nina.request('GET', `/api/v1/requests/${first}`)).json<RequestJson>().candidate.name).toBeNull();
      const again = await nina.request('POST', `/api/v1/postings/${agencyJob}/requests`, { candidate: handle });
      expect(again.statusCode).toBe(409);
      expect(again.headers['content-type']).toContain('application/problem+json');
      expect(again.json<{ detail: string }>().detail).toContain('already represented');
      // Applying herself while a request is pending is the same submission.
      expect((await ana.request('POST', `/api/v1/postings/${agencyJob}/apply`)).statusCode).toBe(409);
      // The candidate sees it in her list, with the organisation and the pay.
      const mine = (await ana.request('GET', '/api/v1/me/requests')).json<RequestJson[]>();
      expect(mine.map((m) => [m.id, m.organisation.name])).toEqual([[first, 'Northstar Imaging Staffing (fictitious)']]);
    });

    it('only the candidate answers; on acceptance the organisation sees name and e-mail, and that reading is shown to her', async () => {
      expect((await nina.request('POST', `/api/v1/requests/${first}/accept`)).statusCode).toBe(404);
      expect((await victor.request('GET', `/api/v1/requests/${first}`)).statusCode).toBe(404);
      const accepted = await ana.request('POST', `/api/v1/requests/${first}/accept`);
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json<RequestJson>()).toMatchObject({ status: 'accepted', candidate: { name: null } });
      expect((await ana.request('POST', `/api/v1/requests/${first}/decline`)).statusCode).toBe(409);
      const seen = (await nina.request('GET', `/api/v1/requests/${first}`)).json<RequestJson>();
      expect(seen.candidate).toEqual({ handle, name: 'Ana Reyes', email: demo('ana.reyes') });
      const views = (await ana.request('GET', '/api/v1/me/profile-views')).json<Array<{ organisation: string }>>();
      expect(views.map((v) => v.organisation)).toEqual(['Northstar Imaging Staffing (fictitious)']);
    });

    it('a declined request reveals nothing; a withdrawn one frees the posting for a new request', async () => {
      const v = (await victor.request('POST', `/api/v1/postings/${hospitalJob}/requests`, { candidate: handle })).json<RequestJson>();
      expect((await ana.request('POST', `/api/v1/requests/${v.id}/decline`)).json<RequestJson>().status).toBe('declined');
      expect((await victor.request('GET', `/api/v1/requests/${v.id}`)).json<RequestJson>().candidate.name).toBeNull();
      expect((await ana.request('POST', `/api/v1/requests/${first}/withdraw`)).json<RequestJson>().status).toBe('withdrawn');
      expect((await nina.request('GET', `/api/v1/requests/${first}`)).json<RequestJson>().candidate.name).toBeNull();
      expect((await nina.request('POST', `/api/v1/postings/${agencyJob}/requests`, { candidate: handle })).statusCode).toBe(201);
    });

    it('refuses handles the recruiter may not find, and postings that are not theirs', async () => {
      expect((await nina.request('POST', `/api/v1/postings/${agencyJob}/requests`, { candidate: 'C-NOPE-NOPE' })).statusCode).toBe(404);
      const marcusHandle = (await marcus.request('GET', '/api/v1/me/profile')).json<{ handle: string }>().handle;
      expect((await victor.request('POST', `/api/v1/postings/${hospitalJob}/requests`, { candidate: marcusHandle })).statusCode).toBe(404);
      await ana.request('PUT', '/api/v1/me/profile', { visibility: 'employers-only' });
      expect((await nina.request('POST', `/api/v1/postings/${agencyJob}/requests`, { candidate: handle })).statusCode).toBe(404);
      await ana.request('PUT', '/api/v1/me/profile', { visibility: 'all-recruiters' });
      expect((await victor.request('POST', `/api/v1/postings/${agencyJob}/requests`, { candidate: handle })).statusCode).toBe(404);
    });

    it("an agency puts a candidate forward for an employer's posting; a second request from any organisation is 409; both organisations see the name once accepted", async () => {
      const asked = await nina.request('POST', `/api/v1/postings/${hospitalJob}/requests`, { candidate: handle });
      expect(asked.statusCode).toBe(201);
      const id = asked.json<RequestJson>().id;
      const second = await victor.request('POST', `/api/v1/postings/${hospitalJob}/requests`, { candidate: handle });
      expect(second.statusCode).toBe(409);
      expect(second.json<{ detail: string }>().detail).toContain('already represented');
      const seenByEmployer = (await victor.request('GET', `/api/v1/postings/${hospitalJob}/requests`)).json<RequestJson[]>().find((r) => r.id === id);
      expect(seenByEmployer).toMatchObject({ status: 'pending', organisation: { name: 'Northstar Imaging Staffing (fictitious)' }, candidate: { name: null } });
      await ana.request('POST', `/api/v1/requests/${id}/accept`);
      expect((await victor.request('GET', `/api/v1/requests/${id}`)).json<RequestJson>().candidate.name).toBe('Ana Reyes');
      expect((await nina.request('GET', `/api/v1/requests/${id}`)).json<RequestJson>().candidate.name).toBe('Ana Reyes');
      // An agency ranks for the employer's open posting too (with the candidates who let agencies find them).
      expect((await nina.request('GET', `/api/v1/postings/${hospitalJob}/candidates`)).statusCode).toBe(200);
    });

    it('an application is a submission at once: the organisation sees who applied, and the candidate sees that it did', async () => {
      const applied = await marcus.request('POST', `/api/v1/postings/${hospitalJob}/apply`);
      expect(applied.statusCode).toBe(201);
      expect(applied.json<RequestJson>()).toMatchObject({ kind: 'application', status: 'accepted' });
      const list = (await victor.request('GET', `/api/v1/postings/${hospitalJob}/requests`)).json<RequestJson[]>();
      expect(list.find((r) => r.kind === 'application')?.candidate).toMatchObject({ name: 'Marcus Chen', email: demo('marcus.chen') });
      expect((await marcus.request('GET', '/api/v1/me/profile-views')).json<Array<{ organisation: string }>>().map((v) => v.organisation)).toEqual(['St. Brigid Regional Medical Center (fictitious)']);
      expect((await marcus.request('POST', `/api/v1/postings/${hospitalJob}/apply`)).statusCode).toBe(409);
    });

    it('does not actively recruit residents of a WHO-listed country: the refusal names the rule and source and is logged; applying directly stays open', async () => {
      await ana.request('PUT', '/api/v1/me/profile', { preferences: { places: [{ near: 'Houston, TX' }] } });
      const job = await post(nina, { validThrough: '2099-12-31', title: 'Ethics check' });
      expect((await nina.request('GET', `/api/v1/postings/${job}/candidates`)).json<{ totalQualified: number }>().totalQualified).toBe(1);
      const record = (await ana.request('GET', `/api/v1/people/${ana.personId ?? ''}/record`)).json<{ person: Record<string, unknown> }>();
      expect((await ana.request('PUT', '/api/v1/me/record', { ...record, person: { ...record.person, country: 'NG', region: undefined } })).statusCode).toBe(200);
      const refused = await nina.request('POST', `/api/v1/postings/${job}/requests`, { candidate: handle });
      expect(refused.statusCode).toBe(403);
      const detail = refused.json<{ code: string; detail: string }>();
      expect(detail.code).toBe('recruitment_restricted');
      expect(detail.detail).toContain('Nigeria');
      expect(detail.detail).toContain('WHO Health Workforce Support and Safeguards List 2023');
      expect(detail.detail).toMatch(/source: https?:\/\//);
      const log = await t.deps.store.audit.listForPerson(ana.personId ?? '', 50);
      expect(log.find((e) => e.action === 'staffing.request.refused')?.details).toMatchObject({ posting: job, rule: 'who-ssl-2023' });
      expect((await nina.request('GET', `/api/v1/postings/${job}/candidates`)).json<{ totalQualified: number }>().totalQualified).toBe(0);
      expect((await ana.request('POST', `/api/v1/postings/${job}/apply`)).statusCode).toBe(201);
      expect((await ana.request('PUT', '/api/v1/me/record', record)).statusCode).toBe(200);
      expect((await nina.request('GET', `/api/v1/postings/${job}/candidates`)).json<{ totalQualified: number }>().totalQualified).toBe(1);
    });

    it('caps a recruiter at 20 requests a day', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) {
        const job = await post(nina, { validThrough: '2099-12-31', title: `Job ${i}` });
        const res = await nina.request('POST', `/api/v1/postings/${job}/requests`, { candidate: handle });
        statuses.push(res.statusCode);
        if (res.statusCode === 429) {
          expect(res.json<{ detail: string }>().detail).toContain('20');
          break;
        }
      }
      // Three were sent earlier today, so the 18th of these is the 21st of the day.
      expect(statuses.filter((s) => s === 201)).toHaveLength(17);
      expect(statuses.at(-1)).toBe(429);
    });
  });
}
