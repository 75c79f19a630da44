import { deliverDueMail } from '@modality/app';
import { smtpTransport } from '@modality/runtime';
import { mailText, startTestSmtpServer, testDialects, type TestSmtpServer } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type Client, type TestServer } from '../testing/test-server.js';

interface Problem {
  status: number;
  errors?: { path: string; message: string }[];
}
interface Site {
  id: string;
  name: string;
  area: { latitude: number; longitude: number; radiusM: number } | null;
}
interface TimeSettings {
  timeZone: string;
  lateAfterMinutes: number;
  eveningStartsAt: string;
  stored: boolean;
  limits: { words: string; confidence: string; confidenceWords: string; flag: string }[];
  sites: { name: string; areaSet: boolean }[];
}
type Tables = {
  mail_outbox: { id: string; kind: string; to_address: string; subject: string; body_text: string };
  audit_log: { action: string };
};

const ST_BRIGID = 'St. Brigid Regional Medical Center (fictitious)';
const LAKESIDE = 'Lakeside Imaging Center (fictitious)';

for (const dialect of testDialects()) {
  describe(`site areas, time settings and clinical mails through the outbox [${dialect.name}]`, () => {
    let t: TestServer;
    let henry: Client;
    let olivia: Client;
    let sam: Client;
    let school: string;
    let sites: Site[];
    let smtp: TestSmtpServer;
    const db = () => t.store.db.withTables<Tables>();
    const siteId = (name: string) => sites.find((s) => s.name === name)?.id ?? '';
    const outbox = (kind: string) => db().selectFrom('mail_outbox').select(['kind', 'to_address', 'subject', 'body_text']).where('kind', '=', kind).execute();
    const deliver = async () => deliverDueMail(t.deps, smtpTransport({ url: smtp.url, from: 'Modality <no-reply@modality.test>' }));

    beforeAll(async () => {
      t = await startTestServer(dialect);
      smtp = await startTestSmtpServer();
      henry = await t.signIn(demo('henry.lambert'));
      olivia = await t.signIn(demo('olivia.bennett'));
      sam = await t.signIn(demo('sam.patel'));
      school = (await sam.request('GET', '/api/v1/me/placement')).json<{ terms: { schoolId: string }[] }>().terms[0]?.schoolId ?? '';
      sites = (await henry.request('GET', `/api/v1/schools/${school}/sites`)).json<{ sites: Site[] }>().sites;
    });
    afterAll(async () => {
      await smtp.close();
      await t.close();
    });

    it("shows each site's area, sets one, refuses a bad radius quoting it, and clears it", async () => {
      expect(sites.find((s) => s.name === ST_BRIGID)?.area).toMatchObject({ radiusM: 300 });
      const path = `/api/v1/schools/${school}/sites/${siteId(LAKESIDE)}/area`;
      const bad = await henry.request('PUT', path, { area: { latitude: 29.76, longitude: -95.37, radiusM: 99999 } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<Problem>().errors?.find((e) => e.path === 'area.radiusM')?.message).toContain('99999');
      expect((await sam.request('PUT', path, { area: { latitude: 29.76, longitude: -95.37, radiusM: 250 } })).statusCode).toBe(403);
      const ok = await henry.request('PUT', path, { area: { latitude: 29.76, longitude: -95.37, radiusM: 250 } });
      expect(ok.statusCode).toBe(200);
      expect(ok.json<Site>().area).toEqual({ latitude: 29.76, longitude: -95.37, radiusM: 250 });
      const settings = (await henry.request('GET', `/api/v1/schools/${school}/time-settings`)).json<TimeSettings>();
      expect(settings.sites.find((s) => s.name === LAKESIDE)?.areaSet).toBe(true);
      expect((await henry.request('PUT', path, { area: null })).json<Site>().area).toBeNull();
      expect(await db().selectFrom('audit_log').select('action').where('action', '=', 'clinical.site.area-set').execute()).toHaveLength(2);
    });

    it('shows the time settings with each hour limit and how sure it is, saves them, and refuses an unknown zone quoting it', async () => {
      const before = (await henry.request('GET', `/api/v1/schools/${school}/time-settings`)).json<TimeSettings>();
      expect(before.timeZone).toBe('America/Chicago');
      expect(before.limits.map((l) => l.words)).toEqual(expect.arrayContaining(['At most 10 clinical hours in a day']));
      expect(before.limits.find((l) => l.confidence === 'unconfirmed')?.confidenceWords).toBe('Not confirmed');
      const body = { timeZone: 'Mars/Olympus', weeklyDidacticHours: 12, eveningStartsAt: '19:00', eveningEndsAt: '07:00', lateAfterMinutes: 10 };
      const bad = await henry.request('PUT', `/api/v1/schools/${school}/time-settings`, body);
      expect(bad.statusCode).toBe(400);
      expect(bad.json<Problem>().errors?.find((e) => e.path === 'timeZone')?.message).toContain('"Mars/Olympus"');
      expect((await henry.request('GET', `/api/v1/schools/${school}/time-settings`)).json<TimeSettings>().lateAfterMinutes).toBe(before.lateAfterMinutes);
      const badTime = await henry.request('PUT', `/api/v1/schools/${school}/time-settings`, { ...body, timeZone: 'America/Chicago', eveningStartsAt: '25:00' });
      expect(badTime.json<Problem>().errors?.find((e) => e.path === 'eveningStartsAt')?.message).toContain('"25:00"');
      expect((await sam.request('GET', `/api/v1/schools/${school}/time-settings`)).statusCode).toBe(403);
      const saved = await henry.request('PUT', `/api/v1/schools/${school}/time-settings`, { ...body, timeZone: 'America/Chicago' });
      expect(saved.statusCode).toBe(200);
      expect(saved.json<TimeSettings>()).toMatchObject({ timeZone: 'America/Chicago', lateAfterMinutes: 10, eveningStartsAt: '19:00', stored: true });
    });

    it('mails the student and the program director once when a planned shift would break an hour limit, and nobody for a short one', async () => {
      const day = new Date(Date.now() + 6 * 86_400_000).toISOString().slice(0, 10);
      const next = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
      const short = await sam.request('POST', '/api/v1/clinical/time/planned-shifts', { site: siteId(ST_BRIGID), startsAt: `${day}T14:00:00Z`, endsAt: `${day}T16:00:00Z` });
      expect(short.json<{ warnings: unknown[] }>().warnings).toEqual([]);
      expect(await outbox('clinical-shift-warning')).toHaveLength(0);
      const long = await sam.request('POST', '/api/v1/clinical/time/planned-shifts', { site: siteId(ST_BRIGID), startsAt: `${day}T16:00:00Z`, endsAt: `${next}T01:00:00Z` }); // 2 + 9 hours of one Central day
      expect(long.statusCode).toBe(201);
      const rows = await outbox('clinical-shift-warning');
      expect(rows.map((r) => r.to_address).sort()).toEqual([demo('henry.lambert'), demo('sam.patel')]);
      expect(rows.every((r) => r.body_text.includes('over the limit of 10 hours a day'))).toBe(true);
      expect((await deliver()).sent).toBeGreaterThanOrEqual(2);
      const toSam = mailText(await smtp.waitFor(demo('sam.patel')));
      expect(toSam).toContain('Your planned shift at St. Brigid');
      expect(toSam).toContain('indirectly');
      const toHenry = mailText(await smtp.waitFor(demo('henry.lambert')));
      expect(toHenry).toContain('Sam Patel');
    });

    it('mails the student the decision on a time exception, with the reason', async () => {
      const queue = (await olivia.request('GET', '/api/v1/clinical/time/exceptions')).json<{ exceptions: { id: string; student: { name: string } }[] }>().exceptions;
      const record = queue.find((e) => e.student.name === 'Sam Patel');
      expect(record).toBeDefined();
      const res = await olivia.request('POST', `/api/v1/clinical/time/exceptions/${record?.id ?? ''}/decision`, { decision: 'rejected', reason: 'You were at the cafe across the road' });
      expect(res.statusCode).toBe(200);
      const rows = await outbox('clinical-time-decision');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ to_address: demo('sam.patel') });
      expect(rows[0]?.subject).toContain('was rejected');
      expect((await olivia.request('POST', `/api/v1/clinical/time/exceptions/${record?.id ?? ''}/decision`, { decision: 'approved' })).statusCode).toBe(409);
      expect(await outbox('clinical-time-decision')).toHaveLength(1);
      await deliver();
      const text = mailText(smtp.received.filter((m) => m.to.includes(demo('sam.patel')) && m.raw.includes('rejected')).at(-1) ?? { to: [], raw: '' });
      expect(text).toContain('You were at the cafe across the road');
      expect(text).toContain('Olivia Bennett');
    });

    it('mails each placed student their rotation, site, dates and calendar link when a placement is published', async () => {
      const termId = (await sam.request('GET', '/api/v1/me/placement')).json<{ terms: { term: { id: string } }[] }>().terms[0]?.term.id ?? '';
      const run = (await henry.request('POST', `/api/v1/schools/${school}/terms/${termId}/placements`, { mode: 'stable' })).json<{ id: string; assignments: { studentName: string; siteName: string | null }[] }>();
      expect(await outbox('clinical-rotation-published')).toHaveLength(0);
      expect((await henry.request('POST', `/api/v1/schools/${school}/placements/${run.id}/publish`)).statusCode).toBe(200);
      const rows = await outbox('clinical-rotation-published');
      expect(rows.length).toBe(run.assignments.filter((a) => a.siteName !== null).length);
      expect(rows.map((r) => r.to_address)).toEqual(expect.arrayContaining([demo('sam.patel'), demo('lena.morales')]));
      // Publishing again is refused (409) and writes no second mail.
      expect((await henry.request('POST', `/api/v1/schools/${school}/placements/${run.id}/publish`)).statusCode).toBe(409);
      expect(await outbox('clinical-rotation-published')).toHaveLength(rows.length);
      await deliver();
      const lena = mailText(await smtp.waitFor(demo('lena.morales')));
      const site = run.assignments.find((a) => a.studentName === 'Lena Morales')?.siteName ?? '';
      expect(lena).toContain(site);
      expect(lena).toContain('Spring 2027');
      expect(lena).toContain('/api/v1/me/rotations.ics');
      expect(lena).toMatch(/from 2027-\d\d-\d\d to 2027-\d\d-\d\d/);
    });
  });
}
