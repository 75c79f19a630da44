import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type Client, type TestServer } from '../testing/test-server.js';

interface TimeRecord {
  id: string;
  site: { id: string; name: string };
  clockInAt: string;
  clockOutAt: string | null;
  hours: number | null;
  exceptions: { kind: string; words: string }[];
  decision: { decision: string; byName: string; at: string } | null;
}
interface Warning {
  kind: string;
  period: string | null;
  planned: boolean;
  message: string;
  limit: { value: number; confidence: string; flag: string; sourceUrl: string };
}
interface MyTime {
  sitesToday: { id: string; name: string }[];
  open: TimeRecord | null;
  records: TimeRecord[];
  warnings: Warning[];
  todayHours: number;
  weekHours: number;
}
interface Problem {
  status: number;
  errors?: { path: string; message: string }[];
}

type TimeTables = { clinical_time_records: { id: string }; audit_log: { action: string; details: string } };

/** Somewhere in Austin, far outside the demo site's 300 m circle. */
const AWAY = { latitude: 30.2672, longitude: -97.7431 };
const FIRST_SITE = 'St. Brigid Regional Medical Center (fictitious)';
const OTHER_SITE = 'Lakeside Imaging Center (fictitious)';

for (const dialect of testDialects()) {
  describe(`time records over HTTP [${dialect.name}]`, () => {
    let t: TestServer;
    let sam: Client;
    let lena: Client;
    let olivia: Client;
    let henry: Client;
    let ana: Client;
    let sites: { id: string; name: string }[];
    const siteId = (name: string): string => sites.find((s) => s.name === name)?.id ?? '';
    const countRecords = async (): Promise<number> => (await t.store.db.withTables<TimeTables>().selectFrom('clinical_time_records').select('id').execute()).length;
    const mine = async (c: Client): Promise<MyTime> => (await c.request('GET', '/api/v1/clinical/time/mine')).json<MyTime>();

    beforeAll(async () => {
      t = await startTestServer(dialect);
      sam = await t.signIn(demo('sam.patel'));
      lena = await t.signIn(demo('lena.morales'));
      olivia = await t.signIn(demo('olivia.bennett'));
      henry = await t.signIn(demo('henry.lambert'));
      ana = await t.signIn(demo('ana.reyes'));
      sites = (await sam.request('GET', '/api/v1/clinical/sites')).json<{ sites: { id: string; name: string }[] }>().sites;
    });
    afterAll(() => t.close());

    it("shows the demo student's rotation site, worked days with one exception, and the planned 10-hour warning with its flag", async () => {
      const me = await mine(sam);
      expect(me.sitesToday.map((s) => s.name)).toEqual([FIRST_SITE]);
      expect(me.records).toHaveLength(3);
      expect(me.records.flatMap((r) => r.exceptions.map((e) => e.kind))).toEqual(['off-site']);
      const daily = me.warnings.find((w) => w.kind === 'daily-clinical-hours');
      expect(daily).toMatchObject({ planned: true, limit: { value: 10, confidence: 'official' } });
      expect(daily?.message).toMatch(/^Planned shifts would take clinical time on .* to 11 hours, over the limit of 10 hours a day\.$/);
      expect(daily?.limit.flag).toMatch(/only indirectly/);
      // Lena has no rotation: no site to punch at today.
      expect((await mine(lena)).sitesToday).toEqual([]);
    });

    it('refuses a punch at a site the student is not placed at, naming the site, and writes nothing', async () => {
      const before = await countRecords();
      const res = await sam.request('POST', '/api/v1/clinical/time/clock-in', { site: siteId(OTHER_SITE) });
      expect(res.statusCode).toBe(400);
      const issue = res.json<Problem>().errors?.[0];
      expect(issue?.path).toBe('site');
      expect(issue?.message).toContain(`"${siteId(OTHER_SITE)}"`);
      expect(issue?.message).toContain(OTHER_SITE);
      const unknown = await sam.request('POST', '/api/v1/clinical/time/clock-in', { site: 'no-such-site' });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json<Problem>().errors?.[0]?.message).toContain('"no-such-site"');
      expect(await countRecords()).toBe(before);
    });

    it('refuses a clock-out without a clock-in, and a location that is not a point', async () => {
      const before = await countRecords();
      expect((await sam.request('POST', '/api/v1/clinical/time/clock-out', {})).statusCode).toBe(409);
      const bad = await sam.request('POST', '/api/v1/clinical/time/clock-in', { site: siteId(FIRST_SITE), location: { latitude: 123, longitude: 0 } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<Problem>().errors?.[0]?.path).toBe('location.latitude');
      expect(await countRecords()).toBe(before);
    });

    it('clocks in off-site (an exception), refuses a second clock-in and a clock-out in the future, then clocks out', async () => {
      const inRes = await sam.request('POST', '/api/v1/clinical/time/clock-in', { site: siteId(FIRST_SITE), location: AWAY });
      expect(inRes.statusCode).toBe(201);
      const rec = inRes.json<TimeRecord>();
      expect(rec).toMatchObject({ site: { name: FIRST_SITE }, clockOutAt: null, hours: null, decision: null });
      expect(rec.exceptions.map((e) => e.kind)).toEqual(['off-site']);
      expect((await mine(sam)).open?.id).toBe(rec.id);
      expect((await sam.request('POST', '/api/v1/clinical/time/clock-in', { site: siteId(FIRST_SITE) })).statusCode).toBe(409);

      const future = new Date(Date.now() + 3_600_000).toISOString();
      const late = await sam.request('POST', '/api/v1/clinical/time/clock-out', { at: future });
      expect(late.statusCode).toBe(400);
      expect(late.json<Problem>().errors?.[0]).toMatchObject({ path: 'at' });
      expect(late.json<Problem>().errors?.[0]?.message).toContain(`"${future}"`);
      expect((await mine(sam)).open?.id).toBe(rec.id);

      const outRes = await sam.request('POST', '/api/v1/clinical/time/clock-out', {});
      expect(outRes.statusCode).toBe(200);
      const out = outRes.json<TimeRecord>();
      expect(out.id).toBe(rec.id);
      expect(out.clockOutAt).not.toBeNull();
      expect(out.hours).toBeGreaterThanOrEqual(0);
      expect((await mine(sam)).open).toBeNull();
    });

    it("puts exceptions in the instructor's queue; the instructor approves once, and the decision is audited", async () => {
      const queue = (await olivia.request('GET', '/api/v1/clinical/time/exceptions')).json<{ exceptions: (TimeRecord & { student: { name: string } })[] }>().exceptions;
      expect(queue.length).toBe(2);
      expect(queue.every((e) => e.student.name === 'Sam Patel' && e.exceptions.some((x) => x.kind === 'off-site'))).toBe(true);
      const id = queue[1]?.id ?? '';
      expect((await ana.request('POST', `/api/v1/clinical/time/exceptions/${id}/decision`, { decision: 'approved' })).statusCode).toBe(404);
      expect((await sam.request('POST', `/api/v1/clinical/time/exceptions/${id}/decision`, { decision: 'approved' })).statusCode).toBe(404);
      const bad = await olivia.request('POST', `/api/v1/clinical/time/exceptions/${id}/decision`, { decision: 'maybe' });
      expect(bad.statusCode).toBe(400);
      const ok = await olivia.request('POST', `/api/v1/clinical/time/exceptions/${id}/decision`, { decision: 'approved' });
      expect(ok.statusCode).toBe(200);
      expect(ok.json<TimeRecord>().decision).toMatchObject({ decision: 'approved', byName: 'Olivia Bennett' });
      expect((await henry.request('POST', `/api/v1/clinical/time/exceptions/${id}/decision`, { decision: 'rejected' })).statusCode).toBe(409);
      const after = (await olivia.request('GET', '/api/v1/clinical/time/exceptions')).json<{ exceptions: TimeRecord[] }>().exceptions;
      expect(after.map((e) => e.id)).not.toContain(id);
      const audit = await t.store.db.withTables<TimeTables>().selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'clinical.time.approved').execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]?.details).toContain(id);
      // Rejecting the other one takes its hours out of the count.
      const other = queue[0]?.id ?? '';
      const weekBefore = (await mine(sam)).records.find((r) => r.id === other)?.hours ?? 0;
      expect(weekBefore).toBeGreaterThan(8);
      expect((await henry.request('POST', `/api/v1/clinical/time/exceptions/${other}/decision`, { decision: 'rejected' })).statusCode).toBe(200);
      expect((await mine(sam)).records.find((r) => r.id === other)?.decision?.decision).toBe('rejected');
      // A student or a professional has no queue.
      expect((await lena.request('GET', '/api/v1/clinical/time/exceptions')).json()).toEqual({ exceptions: [] });
    });

    it('marks a clock-in more than 5 minutes after a planned start late, and refuses a clock-out time before the clock-in', async () => {
      const chicagoDay = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(ms);
      const start = Date.now() - 6 * 60_000;
      const sameDay = chicagoDay(start) === chicagoDay(Date.now());
      const me = await sam.request('GET', '/api/v1/auth/me');
      const personId = me.json<{ personId: string }>().personId;
      if (sameDay) {
        await t.store.timeRecords.insertPlannedShift({ id: 'shf_late', personId, siteId: siteId(FIRST_SITE), startsAt: new Date(start).toISOString(), endsAt: new Date(start + 4 * 3_600_000).toISOString(), createdAt: new Date().toISOString() });
      }
      const rec = (await sam.request('POST', '/api/v1/clinical/time/clock-in', { site: siteId(FIRST_SITE) })).json<TimeRecord>();
      expect(rec.exceptions.map((e) => e.kind)).toEqual(sameDay ? ['late'] : []);
      const early = await sam.request('POST', '/api/v1/clinical/time/clock-out', { at: '2020-01-01T00:00:00Z' });
      expect(early.statusCode).toBe(400);
      expect(early.json<Problem>().errors?.[0]?.message).toContain('"2020-01-01T00:00:00Z" is not after your clock-in');
      expect((await sam.request('POST', '/api/v1/clinical/time/clock-out', {})).statusCode).toBe(200);
    });

    it('warns ahead of a planned shift that breaks the 10-hour day, and shows it to the program director', async () => {
      const day = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
      const res = await sam.request('POST', '/api/v1/clinical/time/planned-shifts', { site: siteId(FIRST_SITE), startsAt: `${day}T13:00:00Z`, endsAt: `${day}T23:30:00Z` });
      expect(res.statusCode).toBe(201);
      const warnings = res.json<{ warnings: Warning[] }>().warnings;
      expect(warnings.find((w) => w.kind === 'daily-clinical-hours')).toMatchObject({ period: day, planned: true });
      const notPlaced = await sam.request('POST', '/api/v1/clinical/time/planned-shifts', { site: siteId(OTHER_SITE), startsAt: `${day}T13:00:00Z`, endsAt: `${day}T15:00:00Z` });
      expect(notPlaced.statusCode).toBe(400);
      expect(notPlaced.json<Problem>().errors?.[0]?.path).toBe('site');
      const students = (await henry.request('GET', '/api/v1/clinical/time/warnings')).json<{ students: { student: { name: string }; warnings: Warning[] }[] }>().students;
      expect(students.map((s) => s.student.name)).toEqual(['Sam Patel']);
      expect(students[0]?.warnings.filter((w) => w.kind === 'daily-clinical-hours').map((w) => w.period)).toContain(day);
      expect((await ana.request('GET', '/api/v1/clinical/time/warnings')).json()).toEqual({ students: [] });
    });
  });
}
