import { enqueueJobAlerts } from '@modality/app';
import { FakeClock, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postingBody } from '../testing/posting-fixtures.js';
import { demo, startTestServer, type Client, type TestServer } from '../testing/test-server.js';

interface SavedJson {
  id: string;
  says: string;
  search: Record<string, unknown>;
  alertsWithheld: string | null;
}

for (const dialect of testDialects()) {
  describe(`saved searches and job alerts [${dialect.name}]`, () => {
    let t: TestServer;
    const clock = new FakeClock(new Date().toISOString());
    let nina: Client; // agency recruiter
    let ana: Client;
    let saved = '';
    const alertsTo = async (to: string) => (await t.deps.store.mailOutbox.listRecent(500)).filter((m) => m.kind === 'job-alert' && m.to === to);
    const post = async (body: Record<string, unknown>) => (await nina.request('POST', '/api/v1/postings', postingBody({ validThrough: '2099-12-31', ...body }))).json<{ id: string }>().id;
    beforeAll(async () => {
      t = await startTestServer(dialect, { deps: { clock } });
      [nina, ana] = await Promise.all([t.signIn(demo('nina.cole')), t.signIn(demo('ana.reyes'))]);
    });
    afterAll(() => t.close());

    it('saves the job board\'s filters, says them in words, lists and deletes them; a place it cannot place is refused, quoted', async () => {
      const res = await ana.request('POST', '/api/v1/me/saved-searches', { modality: 'ct', near: '77030', radiusKm: 80, minPay: 70000, payUnit: 'year' });
      expect(res.statusCode).toBe(201);
      const s = res.json<SavedJson>();
      expect(s.says).toBe('CT jobs within 80 km of 77030, paying at least $70,000 a year');
      expect(s.alertsWithheld).toBeNull();
      saved = s.id;
      const bad = await ana.request('POST', '/api/v1/me/saved-searches', { near: 'Atlantis, ZZ' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ errors: Array<{ path: string; message: string }> }>().errors[0]).toMatchObject({ path: 'near', message: expect.stringContaining('"Atlantis, ZZ"') as unknown });
      const wrong = await ana.request('POST', '/api/v1/me/saved-searches', { modality: 'xray' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.body).toContain('xray');
      clock.advance(1000);
      const other = (await ana.request('POST', '/api/v1/me/saved-searches', { employmentType: 'per-diem' })).json<SavedJson>();
      expect((await ana.request('GET', '/api/v1/me/saved-searches')).json<SavedJson[]>().map((x) => x.id)).toEqual([saved, other.id]);
      // Nobody else's search exists for them.
      expect((await nina.request('DELETE', `/api/v1/me/saved-searches/${other.id}`)).statusCode).toBe(404);
      expect((await ana.request('DELETE', `/api/v1/me/saved-searches/${other.id}`)).statusCode).toBe(200);
      expect((await ana.request('GET', '/api/v1/me/saved-searches')).json<SavedJson[]>().map((x) => x.id)).toEqual([saved]);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/me/saved-searches' })).statusCode).toBe(401);
    });

    it('the job board offers a browser with a session to save its search, with the filters in the link', async () => {
      const signedIn = await t.app.inject({ method: 'GET', url: '/jobs?modality=ct&near=77030', cookies: ana.session.cookies });
      expect(signedIn.body).toContain('href="/job-search?modality=ct&amp;near=77030&amp;radiusKm=50&amp;payUnit=year&amp;save=1"');
      expect(signedIn.headers['vary']).toContain('cookie');
      const visitor = await t.app.inject({ method: 'GET', url: '/jobs?modality=ct&near=77030' });
      expect(visitor.body).not.toContain('Save this search');
    });

    it('the alert job mails one alert per search with the postings opened since, once; running it again sends nothing new', async () => {
      clock.advance(1000); // the fake clock stands still: the postings open a second after the search was saved
      const match = await post({ title: 'CT Technologist, alert me' });
      const mri = await post({ title: 'MRI Technologist, not for this search', modality: 'mri', role: 'mri-technologist' });
      await post({ title: 'CT draft, never alerted', status: 'draft' });
      // Opened a moment ago: left for the next run, in case its transaction was still committing.
      expect((await enqueueJobAlerts(t.deps)).enqueued).toBe(0);
      clock.advance(2 * 60_000);
      const run = await enqueueJobAlerts(t.deps);
      expect(run.enqueued).toBe(1);
      const [alert, ...rest] = await alertsTo(demo('ana.reyes'));
      expect(rest).toEqual([]);
      expect(alert?.subject).toBe('A new job for your search: CT jobs within 80 km of 77030, paying at least $70,000 a year');
      expect(alert?.text).toContain('- CT Technologist, alert me — Northstar Imaging Staffing (fictitious), Houston, TX — $38–$46 an hour');
      expect(alert?.text).toContain(`http://modality.test/jobs/${match}`);
      expect(alert?.text).not.toContain('MRI Technologist');
      expect(alert?.text).not.toContain('draft');
      expect(alert?.text.replace(`http://modality.test/jobs/${match}`, '')).not.toContain(match);
      expect(alert?.text).not.toContain(mri);
      clock.advance(2 * 60_000);
      expect((await enqueueJobAlerts(t.deps)).enqueued).toBe(0);
      expect(await alertsTo(demo('ana.reyes'))).toHaveLength(1);
    });

    it('changes a search\'s filters: said anew, alerts start again from the change; a bad place is refused, quoted; nobody else\'s exists', async () => {
      clock.advance(1000);
      const before = await post({ title: 'MRI Technologist, opened before the change', modality: 'mri', role: 'mri-technologist' });
      clock.advance(2 * 60_000);
      const bad = await ana.request('PUT', `/api/v1/me/saved-searches/${saved}`, { modality: 'mri', near: 'Atlantis, ZZ' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ errors: Array<{ path: string; message: string }> }>().errors[0]).toMatchObject({ path: 'near', message: expect.stringContaining('"Atlantis, ZZ"') as unknown });
      expect((await nina.request('PUT', `/api/v1/me/saved-searches/${saved}`, { modality: 'mri' })).statusCode).toBe(404);
      expect((await ana.request('GET', '/api/v1/me/saved-searches')).json<SavedJson[]>()[0]?.search).toMatchObject({ modality: 'ct' });

      const changed = await ana.request('PUT', `/api/v1/me/saved-searches/${saved}`, { modality: 'mri', near: '77030', radiusKm: 80 });
      expect(changed.statusCode).toBe(200);
      expect(changed.json<SavedJson>()).toMatchObject({ id: saved, says: 'MRI jobs within 80 km of 77030' });
      // The posting opened before the change is not mailed: the search is as good as new.
      clock.advance(2 * 60_000);
      const sent = (await alertsTo(demo('ana.reyes'))).length;
      expect((await enqueueJobAlerts(t.deps)).enqueued).toBe(0);
      clock.advance(1000);
      const after = await post({ title: 'MRI Technologist, opened after the change', modality: 'mri', role: 'mri-technologist' });
      clock.advance(2 * 60_000);
      expect((await enqueueJobAlerts(t.deps)).enqueued).toBe(1);
      const alerts = await alertsTo(demo('ana.reyes'));
      expect(alerts).toHaveLength(sent + 1);
      const latest = alerts.find((m) => m.text.includes(after));
      expect(latest?.text).toContain('MRI Technologist, opened after the change');
      expect(latest?.text).not.toContain(before);
    });

    it('a resident of a country on the WHO safeguards list is told alerts are withheld, with the rule and source, and gets none', async () => {
      const record = (await ana.request('GET', `/api/v1/people/${ana.personId ?? ''}/record`)).json<{ person: Record<string, unknown> }>();
      expect((await ana.request('PUT', '/api/v1/me/record', { ...record, person: { ...record.person, country: 'NG', region: undefined } })).statusCode).toBe(200);
      const [s] = (await ana.request('GET', '/api/v1/me/saved-searches')).json<SavedJson[]>();
      expect(s?.alertsWithheld).toContain('Nigeria');
      expect(s?.alertsWithheld).toContain('WHO Health Workforce Support and Safeguards List 2023');
      expect(s?.alertsWithheld).toMatch(/source: https?:\/\//);
      const sent = (await alertsTo(demo('ana.reyes'))).length;
      // A posting her search (MRI near 77030, since the change above) matches.
      await post({ title: 'MRI Technologist, second round', modality: 'mri', role: 'mri-technologist' });
      clock.advance(2 * 60_000);
      expect((await enqueueJobAlerts(t.deps)).enqueued).toBe(0);
      expect(await alertsTo(demo('ana.reyes'))).toHaveLength(sent);
      // The job board still shows her the posting: she may apply herself.
      expect((await ana.request('GET', '/api/v1/postings?modality=mri&near=77030')).json<{ items: Array<{ title: string }> }>().items.map((p) => p.title)).toContain('MRI Technologist, second round');
    });
  });
}
