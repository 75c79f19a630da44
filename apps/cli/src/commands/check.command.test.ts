import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calendarDate } from '@modality/domain';
import { verdictSchema } from '@modality/contracts';
import { FakeClock } from '@modality/testkit';
import ICAL from 'ical.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { internalWords } from '../testing/internal-words.js';
import { todayLocal } from '../today.js';
import { checkCommand, parseCheckInput, runCheck } from './check.command.js';
import { deadlinesCommand, runDeadlines } from './deadlines.command.js';

const deps = { clock: new FakeClock('2026-11-26T10:00:00Z') };

const record = {
  format: 'modality/person-record@1',
  person: { name: 'Ana Reyes', birthDate: '1994-05-17', country: 'US', region: 'us-tx' },
  education: [{ kind: 'program', discipline: 'radiography', award: 'associate', country: 'US', approvedBy: ['arrt', 'jrcert'], completedOn: '2016-05-10' }],
  credentials: [{ credential: 'arrt:R', earnedOn: '2016-07-01', cycle: { start: '2025-05-01', end: '2027-04-30' }, expiresOn: '2027-05-31', status: 'active' }],
  ce: [
    { title: 'CT dose optimisation', completedOn: '2026-01-10', credits: 8, category: 'A', kind: 'activity', topics: ['ct'] },
    { title: 'Cross-sectional anatomy', completedOn: '2026-02-10', credits: 4, category: 'A', kind: 'structured-education', contentCategory: 'Patient Care', forCredential: 'arrt:CT' },
  ],
};

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
};

let dir: string;
const file = (name: string, content: string): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'modality-check-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
});

describe('modality check (in-process)', () => {
  it('prints exactly the contract verdict JSON with --json', async () => {
    const c = capture();
    await checkCommand(c.io).parseAsync([file('ok.json', JSON.stringify(record)), '--as-of', '2026-11-26', '--json'], { from: 'user' });
    expect(process.exitCode).toBe(0);
    const verdict: unknown = JSON.parse(c.out.join(''));
    expect(verdictSchema.safeParse(verdict).success).toBe(true);
    expect(verdict).toMatchObject({
      asOf: '2026-11-26',
      compliance: [{ credential: 'arrt:R', status: 'in-progress', cycles: [{ rule: 'arrt.ce.biennium', start: '2025-05-01', end: '2027-04-30', required: 24, earned: 12, remaining: 12 }], deadlines: [{ kind: 'renewal', due: '2027-05-31' }] }],
    });
    expect(c.err).toEqual([]);
  });

  it('prints a readable summary by default', async () => {
    const c = capture();
    await checkCommand(c.io).parseAsync([file('ok2.json', JSON.stringify(record)), '--as-of', '2026-11-26'], { from: 'user' });
    const text = c.out.join('\n');
    expect(text).toContain('Verdict for Ana Reyes on 2026-11-26');
    expect(text).toContain('ARRT Radiography: in progress');
    expect(text).toContain('2025-05-01 to 2027-04-30: 12 of 24 earned, 12 to go');
    expect(text).toContain('due 2027-05-31: renewal');
    expect(internalWords(text)).toEqual([]);
  });

  it('groups eligibility by what is missing and lists each source once', () => {
    const parsed = parseCheckInput(JSON.stringify({ ...record, ce: [] }), { asOf: '2026-11-26' }, calendarDate('2026-11-26'));
    if (!parsed.ok) throw new Error(parsed.problems.join());
    const text = runCheck(deps, { record: parsed.record, asOf: parsed.asOf, json: false }).stdout ?? '';
    // The postprimary disciplines a radiographer can reach miss the same things: one block, each item once.
    const blocks = text.split('\n').filter((l) => l.startsWith('  Not eligible yet: '));
    const postprimary = blocks.find((l) => l.includes('ARRT Magnetic Resonance Imaging'));
    expect(postprimary).toContain('ARRT Mammography');
    expect(text.match(/structured education in the discipline/g)?.length).toBeLessThan(4); // 8 disciplines, 3 blocks
    expect(text).toContain("ARRT's number is not confirmed here");
    expect(text).not.toMatch(/need 1 procedures|0 of 1 procedure/);
    // Every address is printed once, in the numbered list at the end.
    const urls = text.match(/https?:\/\/\S+/g) ?? [];
    expect(urls.length).toBeGreaterThan(3);
    expect(new Set(urls).size).toBe(urls.length);
    expect(text).toMatch(/sources \[1\]/);
    expect(internalWords(text)).toEqual([]);
  });

  it('exits 1 when --target is not met, and names what is missing', async () => {
    const c = capture();
    await checkCommand(c.io).parseAsync([file('t.json', JSON.stringify(record)), '--as-of', '2026-11-26', '--target', 'arrt:CT', '--json'], { from: 'user' });
    expect(process.exitCode).toBe(1);
    const v = JSON.parse(c.out.join('')) as { eligibility: { credential: string; eligible: boolean; missing: { what: string }[] }[] };
    expect(v.eligibility.map((e) => e.credential)).toEqual(['arrt:CT']);
    expect(v.eligibility[0]?.missing.map((m) => m.what)).toContain('structured education in Safety');
    expect(c.err.join('')).toContain('not eligible for ARRT Computed Tomography');
  });

  it('exits 0 when the target is already held or eligible, 1 when no rules can assert it', () => {
    const parsed = parseCheckInput(JSON.stringify(record), { asOf: '2026-11-26' }, calendarDate('2026-01-01'));
    if (!parsed.ok) throw new Error(parsed.problems.join());
    expect(runCheck(deps, { record: parsed.record, asOf: parsed.asOf, target: 'arrt:R', json: true }).exitCode).toBe(0);
    expect(runCheck(deps, { record: parsed.record, asOf: parsed.asOf, target: 'arrt:RRA', json: true })).toMatchObject({ exitCode: 1, stderr: expect.stringContaining('no eligibility rules') as string });
    const student = { ...parsed.record, credentials: [] };
    expect(runCheck(deps, { record: student, asOf: calendarDate('2016-06-01'), target: 'arrt:R', json: true }).exitCode).toBe(0);
  });

  it('names every bad input and exits 2: bad --as-of, unknown --target, invalid record fields', async () => {
    const c = capture();
    const bad = { ...record, person: { ...record.person, birthDate: '1994-02-30', nick: 'A' }, credentials: [{ credential: 'arrt:QQ', earnedOn: '2016-07-01' }] };
    await checkCommand(c.io).parseAsync([file('bad.json', JSON.stringify(bad)), '--as-of', '2026-13-01', '--target', 'arrt:ZZ'], { from: 'user' });
    expect(process.exitCode).toBe(2);
    const err = c.err.join('\n');
    expect(err).toContain('--as-of');
    expect(err).toContain('--target: unknown credential code "arrt:ZZ"');
    expect(err).toContain('record person.birthDate');
    expect(err).toContain('record person.nick: unknown field');
    expect(err).toContain('record credentials[0].credential');
    expect(c.out).toEqual([]);
  });

  it('exits 2 on an unreadable file and on broken JSON', async () => {
    const c = capture();
    await checkCommand(c.io).parseAsync([join(dir, 'missing.json')], { from: 'user' });
    expect(process.exitCode).toBe(2);
    expect(c.err.join('')).toContain('cannot read');
    const d = capture();
    await checkCommand(d.io).parseAsync([file('broken.json', '{ "format": ')], { from: 'user' });
    expect(process.exitCode).toBe(2);
    expect(d.err.join('')).toContain('not valid JSON');
  });

  it('defaults --as-of to today, taken at the edge', () => {
    expect(todayLocal(new Date(2026, 10, 26, 23, 59))).toBe('2026-11-26');
    const parsed = parseCheckInput(JSON.stringify(record), {}, calendarDate('2026-11-26'));
    expect(parsed.ok && parsed.asOf).toBe('2026-11-26');
  });
});

describe('modality deadlines (in-process)', () => {
  it('prints an iCalendar document with --ics that ical.js parses', async () => {
    const c = capture();
    await deadlinesCommand(c.io).parseAsync([file('d.json', JSON.stringify(record)), '--as-of', '2026-11-26', '--ics'], { from: 'user' });
    expect(process.exitCode).toBe(0);
    const text = c.out.join('');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const events = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toString())).toEqual(['2027-05-31']);
  });

  it('lists deadlines readably and as JSON', () => {
    const parsed = parseCheckInput(JSON.stringify(record), { asOf: '2026-11-26' }, calendarDate('2026-01-01'));
    if (!parsed.ok) throw new Error(parsed.problems.join());
    const base = { record: parsed.record, asOf: parsed.asOf, ics: false, uidDomain: 'x.example' };
    expect(runDeadlines(deps, { ...base, json: false }).stdout).toContain('2027-05-31  renewal              arrt:R — ARRT Radiography (in-progress)');
    expect(JSON.parse(runDeadlines(deps, { ...base, json: true }).stdout)).toEqual({ asOf: '2026-11-26', deadlines: [{ due: '2027-05-31', credential: 'arrt:R', kind: 'renewal', status: 'in-progress' }] });
  });

  it('exits 2 on a bad --as-of', async () => {
    const c = capture();
    await deadlinesCommand(c.io).parseAsync([file('d2.json', JSON.stringify(record)), '--as-of', 'tomorrow'], { from: 'user' });
    expect(process.exitCode).toBe(2);
    expect(c.err.join('')).toContain('--as-of');
  });
});
