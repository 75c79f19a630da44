import { deliverDueMail, enqueueJobAlerts } from '@modality/app';
import { smtpTransport } from '@modality/runtime';
import { FakeClock, mailText, startTestSmtpServer, testDialects, type TestSmtpServer } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postingBody } from '../testing/posting-fixtures.js';
import { demo, startTestServer, type Client, type TestServer } from '../testing/test-server.js';

interface SavedJson {
  id: string;
  says: string;
  alertFrequency: string;
  alertsSay: string;
}

for (const dialect of testDialects()) {
  describe(`job alert digests: daily and weekly [${dialect.name}]`, () => {
    let t: TestServer;
    let smtp: TestSmtpServer;
    let transport: ReturnType<typeof smtpTransport>;
    // Tuesday 2 March 2027, 10:00 UTC: a day's period begins at midnight UTC, a week's on Monday.
    const clock = new FakeClock('2027-03-02T10:00:00.000Z');
    const at = (iso: string) => clock.advance(Date.parse(iso) - clock.now().getTime());
    let nina: Client; // agency recruiter
    let ana: Client;
    let daily = '';
    let weekly = '';
    const alertsTo = async (to: string) => (await t.deps.store.mailOutbox.listRecent(500)).filter((m) => m.kind === 'job-alert' && m.to === to);
    const post = async (title: string, mri = false) =>
      (await nina.request('POST', '/api/v1/postings', postingBody({ validThrough: '2099-12-31', title, ...(mri ? { modality: 'mri', role: 'mri-technologist' } : {}) }))).json<{ id: string }>().id;
    const run = async () => (await enqueueJobAlerts(t.deps)).enqueued;
    beforeAll(async () => {
      t = await startTestServer(dialect, { deps: { clock } });
      smtp = await startTestSmtpServer();
      transport = smtpTransport({ url: smtp.url, from: 'Modality <no-reply@modality.test>' });
      [nina, ana] = await Promise.all([t.signIn(demo('nina.cole')), t.signIn(demo('ana.reyes'))]);
    });
    afterAll(async () => {
      transport.close();
      await smtp.close();
      await t.close();
    });

    it('saves the frequency with the search and says it in words; hourly when not said; an unknown one is refused, quoted', async () => {
      const d = await ana.request('POST', '/api/v1/me/saved-searches', { modality: 'ct', near: '77030', radiusKm: 80, alertFrequency: 'daily' });
      expect(d.statusCode).toBe(201);
      expect(d.json<SavedJson>()).toMatchObject({ alertFrequency: 'daily', alertsSay: 'One mail a day (after midnight UTC)' });
      daily = d.json<SavedJson>().id;
      const w = (await ana.request('POST', '/api/v1/me/saved-searches', { modality: 'mri', near: '77030', radiusKm: 80, alertFrequency: 'weekly' })).json<SavedJson>();
      expect(w.alertsSay).toBe('One mail a week (Mondays, after midnight UTC)');
      weekly = w.id;
      const bad = await ana.request('POST', '/api/v1/me/saved-searches', { modality: 'ct', alertFrequency: 'monthly' });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('alertFrequency');
      expect(bad.body).toContain('monthly');
      const plain = (await nina.request('POST', '/api/v1/me/saved-searches', { modality: 'pet' })).json<SavedJson>();
      expect(plain).toMatchObject({ alertFrequency: 'hourly', alertsSay: 'As jobs open (checked every hour)' });
      const listed = (await ana.request('GET', '/api/v1/me/saved-searches')).json<SavedJson[]>();
      expect(Object.fromEntries(listed.map((s) => [s.id, s.alertFrequency]))).toEqual({ [daily]: 'daily', [weekly]: 'weekly' });
    });

    it('a daily digest lists the day\'s new jobs in one mail after midnight UTC, once however often the job runs, and nothing on a day without any', async () => {
      clock.advance(1000);
      const a = await post('CT Technologist, digest morning');
      at('2027-03-02T13:00:00.000Z');
      const b = await post('CT Technologist, digest afternoon');
      at('2027-03-02T23:30:00.000Z');
      expect(await run()).toBe(0); // the day is not over
      at('2027-03-03T00:05:00.000Z');
      const c = await post('CT Technologist, digest next day');
      at('2027-03-03T00:10:00.000Z');
      expect(await run()).toBe(1);
      expect(await run()).toBe(0); // the same period again: nothing more
      at('2027-03-03T09:00:00.000Z');
      expect(await run()).toBe(0);
      const [digest, ...rest] = await alertsTo(demo('ana.reyes'));
      expect(rest).toEqual([]);
      expect(digest?.subject).toBe('Your daily digest: 2 new jobs for your search: CT jobs within 80 km of 77030');
      expect(digest?.text).toContain('Your daily digest for your saved search "CT jobs within 80 km of 77030": 2 new jobs opened since we last wrote, up to midnight UTC:');
      expect(digest?.text).toContain('- CT Technologist, digest morning — Northstar Imaging Staffing (fictitious), Houston, TX — $38–$46 an hour');
      expect(digest?.text).toContain(`http://modality.test/jobs/${a}`);
      expect(digest?.text).toContain(`http://modality.test/jobs/${b}`);
      expect(digest?.text).not.toContain('digest next day'); // opened after midnight: the next digest's

      await deliverDueMail(t.deps, transport);
      const received = mailText(await smtp.waitFor(demo('ana.reyes')));
      expect(received).toContain('Your daily digest');
      expect(received).toContain('CT Technologist, digest afternoon');

      at('2027-03-04T00:30:00.000Z');
      expect(await run()).toBe(1);
      const next = (await alertsTo(demo('ana.reyes'))).find((m) => m.text.includes(c));
      expect(next?.subject).toBe('Your daily digest: 1 new job for your search: CT jobs within 80 km of 77030');
      expect(next?.text).not.toContain(a);
      at('2027-03-05T00:30:00.000Z');
      expect(await run()).toBe(0); // no new job: no mail
      expect(await alertsTo(demo('ana.reyes'))).toHaveLength(2);
    });

    it('a weekly digest comes on the first run after Monday midnight UTC; changing only the frequency keeps what is not yet mailed', async () => {
      const sent = (await alertsTo(demo('ana.reyes'))).length;
      const m = await post('MRI Technologist, weekly digest', true); // Friday 5 March
      at('2027-03-07T23:59:00.000Z');
      expect(await run()).toBe(0); // Sunday: the week is not over
      at('2027-03-08T00:10:00.000Z');
      expect(await run()).toBe(1);
      expect(await run()).toBe(0);
      const week = (await alertsTo(demo('ana.reyes'))).find((x) => x.text.includes(m));
      expect(week?.subject).toBe('Your weekly digest: 1 new job for your search: MRI jobs within 80 km of 77030');
      expect(await alertsTo(demo('ana.reyes'))).toHaveLength(sent + 1);

      // Opened before the change of frequency, after the last digest: the first hourly alert lists it.
      at('2027-03-08T01:00:00.000Z');
      const m2 = await post('MRI Technologist, before the switch', true);
      at('2027-03-08T01:30:00.000Z');
      const switched = await ana.request('PUT', `/api/v1/me/saved-searches/${weekly}`, { modality: 'mri', near: '77030', radiusKm: 80, alertFrequency: 'hourly' });
      expect(switched.json<SavedJson>()).toMatchObject({ alertFrequency: 'hourly', says: 'MRI jobs within 80 km of 77030' });
      at('2027-03-08T02:00:00.000Z');
      expect(await run()).toBe(1);
      const hourly = (await alertsTo(demo('ana.reyes'))).find((x) => x.text.includes(m2));
      expect(hourly?.subject).toBe('A new job for your search: MRI jobs within 80 km of 77030');
      // A change that does not name the frequency keeps it.
      const kept = await ana.request('PUT', `/api/v1/me/saved-searches/${daily}`, { modality: 'ct', near: '77030', radiusKm: 50 });
      expect(kept.json<SavedJson>()).toMatchObject({ alertFrequency: 'daily', says: 'CT jobs within 50 km of 77030' });
    });

    it('a resident of a country on the WHO safeguards list gets no digest either, and nothing is saved up for later', async () => {
      const record = (await ana.request('GET', `/api/v1/people/${ana.personId ?? ''}/record`)).json<{ person: Record<string, unknown> }>();
      expect((await ana.request('PUT', '/api/v1/me/record', { ...record, person: { ...record.person, country: 'NG', region: undefined } })).statusCode).toBe(200);
      const sent = (await alertsTo(demo('ana.reyes'))).length;
      at('2027-03-08T03:00:00.000Z');
      await post('CT Technologist, not advertised to her');
      at('2027-03-09T00:10:00.000Z');
      expect(await run()).toBe(0);
      expect(await alertsTo(demo('ana.reyes'))).toHaveLength(sent);
      // Back home, the next digest does not bring up what was withheld.
      expect((await ana.request('PUT', '/api/v1/me/record', { ...record })).statusCode).toBe(200);
      at('2027-03-10T00:10:00.000Z');
      expect(await run()).toBe(0);
      expect(await alertsTo(demo('ana.reyes'))).toHaveLength(sent);
    });
  });
}
