import { DEMO_USERS } from '@modality/app';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fhirSchemaErrors, pdfText, testDialects } from '@modality/testkit';
import { demo, startTestServer, TEST_PUBLIC_URL, type TestServer } from '../testing/test-server.js';

for (const dialect of testDialects()) {
  describe(`FHIR Practitioner, CE audit packet and calendar address over HTTP [${dialect.name}]`, () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer(dialect);
    });
    afterAll(() => t.close());

    it('the FHIR export of every demo person validates against the FHIR R4 JSON schema', async () => {
      const withRecords = DEMO_USERS.filter((u) => u.record !== undefined);
      expect(withRecords.length).toBeGreaterThanOrEqual(10);
      for (const u of withRecords) {
        const client = await t.signIn(u.email);
        const res = await client.request('GET', `/api/v1/people/${client.personId ?? ''}/fhir/Practitioner`);
        expect(res.statusCode, u.email).toBe(200);
        expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
        const practitioner = res.json<{ resourceType: string; name: Array<{ text: string }>; qualification?: unknown[] }>();
        expect(fhirSchemaErrors(practitioner), u.email).toEqual([]);
        expect(practitioner.name[0]?.text).toBe(u.record?.person.name);
        expect(practitioner.qualification?.length ?? 0).toBe((u.record?.credentials?.length ?? 0) + (u.record?.education?.length ?? 0));
      }
    });

    it('keeps the FHIR export under the record access rule: a stranger gets 404, staff of the organisation may read', async () => {
      const ana = await t.signIn(demo('ana.reyes'));
      const nina = await t.signIn(demo('nina.cole'));
      expect((await nina.request('GET', `/api/v1/people/${ana.personId ?? ''}/fhir/Practitioner`)).statusCode).toBe(404);
      const victor = await t.signIn(demo('victor.huang'));
      expect((await victor.request('GET', `/api/v1/people/${ana.personId ?? ''}/fhir/Practitioner`)).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/people/${ana.personId ?? ''}/fhir/Practitioner` })).statusCode).toBe(401);
    });

    it('serves the CE audit packet as a PDF whose text lists every activity of the cycle and the totals the engine found', async () => {
      const ana = await t.signIn(demo('ana.reyes'));
      const id = ana.personId ?? '';
      const res = await ana.request('GET', `/api/v1/people/${id}/audit-packet.pdf?credential=arrt:R&cycle=2026-01-01`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe('attachment; filename="ce-audit-arrt-R-2025-05-01.pdf"');
      const text = (await pdfText(new Uint8Array(res.rawPayload))).join('\n').replace(/\s+/g, ' ');
      const record = (await ana.request('GET', `/api/v1/people/${id}/record`)).json<{ ce: Array<{ title: string; completedOn: string }> }>();
      const verdict = (await ana.request('GET', `/api/v1/people/${id}/verdict?asOf=2026-11-26`)).json<{ compliance: Array<{ credential: string; cycles: Array<{ start: string; end: string; required: number; earned: number }> }> }>();
      const cycle = verdict.compliance.find((c) => c.credential === 'arrt:R')?.cycles[0];
      if (cycle === undefined) throw new Error('no cycle');
      const today = new Date().toISOString().slice(0, 10);
      const inCycle = record.ce.filter((a) => a.completedOn >= cycle.start && a.completedOn <= cycle.end && a.completedOn <= today);
      expect(inCycle.length).toBeGreaterThan(5);
      for (const a of inCycle) expect(text).toContain(`${a.completedOn} ${a.title}`);
      expect(text).toContain(`CE cycle ${cycle.start} to ${cycle.end}`);
      expect(text).toContain(`Requirement: ${String(cycle.required)} credits.`);
      expect(text).toContain('Sources of the rules');
      const bad = await ana.request('GET', `/api/v1/people/${id}/audit-packet.pdf?credential=arrt:MR`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ errors: Array<{ path: string }> }>().errors[0]?.path).toBe('credential');
      expect((await ana.request('GET', `/api/v1/people/${id}/audit-packet.pdf?credential=arrt:R&cycle=2026-02-30`)).statusCode).toBe(400);
    });

    it('makes a secret calendar address that serves the deadlines with reminders, replaces it, and revokes it', async () => {
      const ana = await t.signIn(demo('ana.reyes'));
      const base = `/api/v1/people/${ana.personId ?? ''}/calendar-feed`;
      expect((await ana.request('GET', base)).json()).toEqual({ active: false, createdAt: null });
      const made = await ana.request('POST', base);
      expect(made.statusCode).toBe(201);
      const { url } = made.json<{ url: string }>();
      expect(url.startsWith(`${TEST_PUBLIC_URL}/api/v1/calendar/`)).toBe(true);
      const path = url.slice(TEST_PUBLIC_URL.length);
      const feed = await t.app.inject({ method: 'GET', url: path });
      expect(feed.statusCode).toBe(200);
      expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
      const cal = new ICAL.Component(ICAL.parse(feed.body) as unknown[]);
      const events = cal.getAllSubcomponents('vevent');
      expect(events.length).toBeGreaterThan(0);
      for (const e of events) expect(e.getAllSubcomponents('valarm').map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toString())).toEqual(['-P30D', '-P7D']);
      expect(feed.body).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT12H');
      const stored = await t.deps.store.calendarFeeds.findActiveForPerson(ana.personId ?? '');
      expect(stored?.tokenHash).not.toContain(path.slice('/api/v1/calendar/'.length, -4));

      const again = (await ana.request('POST', base)).json<{ url: string }>();
      expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: again.url.slice(TEST_PUBLIC_URL.length) })).statusCode).toBe(200);
      const victor = await t.signIn(demo('victor.huang'));
      expect((await victor.request('POST', base)).statusCode).toBe(404);
      expect((await ana.request('DELETE', base)).json()).toEqual({ revoked: 1 });
      expect((await t.app.inject({ method: 'GET', url: again.url.slice(TEST_PUBLIC_URL.length) })).statusCode).toBe(404);
      expect((await ana.request('GET', base)).json()).toMatchObject({ active: false });
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/calendar/not-a-token' })).statusCode).toBe(400);
    });
  });
}
