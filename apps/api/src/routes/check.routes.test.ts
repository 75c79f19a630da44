import { verdictSchema } from '@modality/contracts';
import { testDialects } from '@modality/testkit';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenRecord, fullRecord } from '../testing/fixtures.js';
import { demo, startTestServer, type TestServer } from '../testing/test-server.js';

for (const dialect of testDialects()) {
  describe(`verdicts over HTTP [${dialect.name}]`, () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer(dialect);
    });
    afterAll(() => t.close());

    it('POST /api/v1/check judges the record in the body on the given date, in the contract shape', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/check?asOf=2026-11-26', payload: fullRecord });
      expect(res.statusCode).toBe(200);
      const verdict = verdictSchema.parse(res.json());
      expect(verdict.asOf).toBe('2026-11-26');
      expect(verdict.compliance.map((c) => c.credential)).toEqual(['arrt:R', 'arrt:CT']);
      const r = verdict.compliance.find((c) => c.credential === 'arrt:R');
      // The record's own cycle wins over the birth-month biennium.
      expect(r?.cycles[0]).toMatchObject({ start: '2025-05-01', end: '2027-04-30', required: 24 });
      expect(r?.sources.length).toBeGreaterThan(0);
      const later = verdictSchema.parse((await t.app.inject({ method: 'POST', url: '/api/v1/check?asOf=2027-06-01', payload: fullRecord })).json());
      expect(later.asOf).toBe('2027-06-01');
    });

    it('an empty record gives a valid, empty verdict', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/check?asOf=2026-11-26', payload: { format: 'modality/person-record@1', person: { name: 'Nobody', birthDate: '2000-01-01', country: 'US' } } });
      expect(res.statusCode).toBe(200);
      expect(verdictSchema.parse(res.json())).toMatchObject({ asOf: '2026-11-26', compliance: [] });
    });

    it('names the bad field: the record, an impossible asOf, an unknown target', async () => {
      const bad = await t.app.inject({ method: 'POST', url: '/api/v1/check', payload: brokenRecord() });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toContain('credentials[0].earnedOn');
      const date = await t.app.inject({ method: 'POST', url: '/api/v1/check?asOf=2026-02-30', payload: fullRecord });
      expect(date.statusCode).toBe(400);
      expect(date.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toEqual(['querystring.asOf']);
      const target = await t.app.inject({ method: 'POST', url: '/api/v1/check?target=arrt:NOPE', payload: fullRecord });
      expect(target.statusCode).toBe(400);
      expect(target.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toEqual(['querystring.target']);
      // Every refusal quotes what was refused, as the CLI does: the date, the target, an unknown credential code.
      expect(date.json<{ errors: Array<{ message: string }> }>().errors[0]?.message).toContain('"2026-02-30"');
      expect(target.json<{ errors: Array<{ message: string }> }>().errors[0]?.message).toContain('"arrt:NOPE"');
      const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/check', payload: { ...fullRecord, credentials: [{ credential: 'arrt:ZZZ', earnedOn: '2020-01-01' }] } });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json<{ errors: Array<{ path: string; message: string }> }>().errors).toEqual([{ path: 'credentials[0].credential', message: expect.stringContaining('"arrt:ZZZ"') as string }]);
    });

    it("GET /people/{id}/verdict is the stored record's verdict, under the record's access rule", async () => {
      const ana = await t.signIn(demo('ana.reyes'));
      const id = ana.personId ?? '';
      const stored = await ana.request('GET', `/api/v1/people/${id}/verdict?asOf=2026-11-26`);
      expect(stored.statusCode).toBe(200);
      const record = (await ana.request('GET', `/api/v1/people/${id}/record`)).json<object>();
      const direct = await t.app.inject({ method: 'POST', url: '/api/v1/check?asOf=2026-11-26', payload: record });
      expect(stored.json()).toEqual(direct.json());
      const marcus = await t.signIn(demo('marcus.chen'));
      expect((await marcus.request('GET', `/api/v1/people/${id}/verdict`)).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/people/${id}/verdict` })).statusCode).toBe(401);
    });

    it('serves the deadlines as an RFC 5545 calendar that a maintained parser reads back', async () => {
      const ana = await t.signIn(demo('ana.reyes'));
      const id = ana.personId ?? '';
      const verdict = verdictSchema.parse((await ana.request('GET', `/api/v1/people/${id}/verdict?asOf=2026-11-26`)).json());
      const deadlines = verdict.compliance.flatMap((c) => c.deadlines);
      expect(deadlines.length).toBeGreaterThan(0);
      const res = await ana.request('GET', `/api/v1/people/${id}/deadlines.ics?asOf=2026-11-26`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar/);
      const cal = new ICAL.Component(ICAL.parse(res.body) as unknown[]);
      const events = cal.getAllSubcomponents('vevent');
      expect(events).toHaveLength(deadlines.length);
      const starts = events.map((e) => String(e.getFirstPropertyValue('dtstart'))).sort();
      expect(starts).toEqual(deadlines.map((d) => d.due).sort());
    });
  });
}
