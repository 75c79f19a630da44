import { deliverDueMail } from '@modality/app';
import { smtpTransport } from '@modality/runtime';
import { mailText, startTestSmtpServer, testDialects, type TestSmtpServer } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postingBody } from '../testing/posting-fixtures.js';
import { demo, startTestServer, type Client, type TestServer } from '../testing/test-server.js';

for (const dialect of testDialects()) {
  describe(`request mails, through the outbox [${dialect.name}]`, () => {
    let t: TestServer;
    let smtp: TestSmtpServer;
    let transport: ReturnType<typeof smtpTransport>;
    let nina: Client; // agency recruiter
    let ana: Client;
    let job = '';
    let handle = '';
    const mailsOf = async (kind: string) => (await t.deps.store.mailOutbox.listRecent(500)).filter((m) => m.kind === kind);
    beforeAll(async () => {
      t = await startTestServer(dialect);
      smtp = await startTestSmtpServer();
      transport = smtpTransport({ url: smtp.url, from: 'Modality <no-reply@modality.test>' });
      [nina, ana] = await Promise.all([t.signIn(demo('nina.cole')), t.signIn(demo('ana.reyes'))]);
      job = (await nina.request('POST', '/api/v1/postings', postingBody({ validThrough: '2099-12-31', title: 'CT Technologist, weekends' }))).json<{ id: string }>().id;
      handle = (await ana.request('PUT', '/api/v1/me/profile', { enabled: true })).json<{ handle: string }>().handle;
    });
    afterAll(async () => {
      transport.close();
      await smtp.close();
      await t.close();
    });

    it('a request writes the candidate a mail naming the job, organisation and pay, with a link to answer; it arrives over SMTP', async () => {
      await deliverDueMail(t.deps, transport); // whatever the demo had waiting
      const res = await nina.request('POST', `/api/v1/postings/${job}/requests`, { candidate: handle });
      expect(res.statusCode).toBe(201);
      const id = res.json<{ id: string }>().id;
      const [mail] = await mailsOf('staffing-request');
      expect(mail).toMatchObject({ to: demo('ana.reyes'), status: 'pending' });
      expect(mail?.subject).toBe('Northstar Imaging Staffing (fictitious) asks to represent you for "CT Technologist, weekends"');
      expect(mail?.text).toContain('"CT Technologist, weekends" in Houston, TX, paying $38–$46 an hour');
      expect(mail?.text).toContain(`http://modality.test/requests/${id}`);
      // Words only: the request's and the posting's ids appear only inside the link.
      expect(mail?.text.replace(`http://modality.test/requests/${id}`, '')).not.toContain(id);
      expect(mail?.text).not.toContain(job);
      expect((await deliverDueMail(t.deps, transport)).sent).toBeGreaterThanOrEqual(1);
      const received = mailText(await smtp.waitFor(demo('ana.reyes')));
      expect(received).toContain('asks for your consent to represent you for one job');
      expect(received).toContain(`http://modality.test/requests/${id}`);
    });

    it('the answer writes the recruiter who asked a mail; a refused request (409) writes none', async () => {
      const before = (await mailsOf('staffing-request')).length;
      expect((await nina.request('POST', `/api/v1/postings/${job}/requests`, { candidate: handle })).statusCode).toBe(409);
      expect((await mailsOf('staffing-request')).length).toBe(before);
      const [request] = (await ana.request('GET', '/api/v1/me/requests')).json<Array<{ id: string }>>();
      expect((await ana.request('POST', `/api/v1/requests/${request?.id ?? ''}/accept`)).statusCode).toBe(200);
      const [answered] = await mailsOf('staffing-request-answered');
      expect(answered).toMatchObject({ to: demo('nina.cole') });
      expect(answered?.text).toContain(`The candidate ${handle} accepted your request to represent them for "CT Technologist, weekends" in Houston, TX ($38–$46 an hour).`);
      expect(answered?.text).toContain(`http://modality.test/candidates?posting=${job}`);
      expect((await ana.request('POST', `/api/v1/requests/${request?.id ?? ''}/withdraw`)).statusCode).toBe(200);
      const answers = await mailsOf('staffing-request-answered');
      expect(answers.map((m) => m.subject)).toEqual([`${handle} withdrew: "CT Technologist, weekends"`, `${handle} accepted: "CT Technologist, weekends"`]);
    });

    it('a decline writes the recruiter who asked a mail naming the job and the candidate by handle only, and it arrives over SMTP', async () => {
      await deliverDueMail(t.deps, transport); // the earlier answers, so the last mail to arrive is this one
      const asked = await nina.request('POST', `/api/v1/postings/${job}/requests`, { candidate: handle });
      expect(asked.statusCode).toBe(201); // the withdrawal above freed the job
      expect((await ana.request('POST', `/api/v1/requests/${asked.json<{ id: string }>().id}/decline`)).statusCode).toBe(200);
      const [declined] = await mailsOf('staffing-request-answered');
      expect(declined).toMatchObject({ to: demo('nina.cole'), subject: `${handle} declined: "CT Technologist, weekends"` });
      expect(declined?.text).toContain(`The candidate ${handle} declined your request to represent them for "CT Technologist, weekends" in Houston, TX ($38–$46 an hour).`);
      // No consent, no name: neither the candidate's name nor e-mail address is in it.
      expect(declined?.text).not.toMatch(/Ana|Reyes/);
      expect(declined?.text).not.toContain(demo('ana.reyes'));
      expect((await deliverDueMail(t.deps, transport)).sent).toBeGreaterThanOrEqual(1);
      expect(mailText(await smtp.waitFor(demo('nina.cole')))).toContain(`${handle} declined your request to represent them`);
    });

    it("an agency's accepted request for a hospital's posting, and a candidate's own application, tell the posting's organisation — by handle, not by name", async () => {
      const victor = await t.signIn(demo('victor.huang')); // org admin of the demo hospital
      const hospitalJob = (await victor.request('POST', '/api/v1/postings', postingBody({ validThrough: '2099-12-31', title: 'CT Technologist, hospital days' }))).json<{ id: string }>().id;
      const before = (await mailsOf('staffing-submission')).length;
      const asked = await nina.request('POST', `/api/v1/postings/${hospitalJob}/requests`, { candidate: handle });
      expect(asked.statusCode).toBe(201);
      expect((await mailsOf('staffing-submission')).length).toBe(before); // not yet: the candidate has not agreed
      expect((await ana.request('POST', `/api/v1/requests/${asked.json<{ id: string }>().id}/accept`)).statusCode).toBe(200);
      const [submitted] = (await mailsOf('staffing-submission')).filter((m) => m.subject.includes('hospital days'));
      expect(submitted).toMatchObject({ to: demo('victor.huang'), subject: 'Northstar Imaging Staffing (fictitious) put a candidate forward: "CT Technologist, hospital days"' });
      expect(submitted?.text).toContain(`Northstar Imaging Staffing (fictitious) put forward the candidate ${handle}, who agreed, for your job "CT Technologist, hospital days"`);
      expect(submitted?.text).toContain(`http://modality.test/candidates?posting=${hospitalJob}`);
      expect(submitted?.text).not.toContain('Ana');

      // A request for the agency's own posting tells nobody else; an application tells the posting's organisation.
      const marcus = await t.signIn(demo('marcus.chen'));
      expect((await marcus.request('POST', `/api/v1/postings/${job}/apply`)).statusCode).toBe(201);
      const applied = (await mailsOf('staffing-submission')).filter((m) => m.subject === 'A new application: "CT Technologist, weekends"');
      expect(applied.map((m) => m.to)).toEqual([demo('nina.cole')]);
      expect(applied[0]?.text).toMatch(/The candidate C-[A-Z0-9]{4}-[A-Z0-9]{4} applied for your job "CT Technologist, weekends"/);
      expect(applied[0]?.text).not.toContain('Marcus');
      expect((await deliverDueMail(t.deps, transport)).sent).toBeGreaterThanOrEqual(2);
      expect(mailText(await smtp.waitFor(demo('victor.huang')))).toContain('put forward the candidate');
    });
  });
}
