import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { placeCommand, runPlace } from './place.command.js';

const input = {
  format: 'modality/placement@1',
  seed: 3,
  sites: [
    { id: 'mercy', capacity: 1, priorities: { ana: 2, ben: 1 } },
    { id: 'luke', capacity: 1 },
  ],
  students: [
    { id: 'ana', preferences: ['mercy', 'luke'] },
    { id: 'ben', preferences: ['mercy', 'luke'] },
    { id: 'cal', preferences: ['mercy'] },
  ],
};

function capture(): { io: { out: (t: string) => void; err: (t: string) => void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t) }, out, err };
}

describe('modality place', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('places stably by site priority and reports no blocking pairs', () => {
    const r = runPlace(input, { mode: 'stable', json: true });
    expect(r.exitCode).toBe(0);
    const doc = JSON.parse(r.stdout) as { report: { placed: number; blockingPairs: number; capacityViolations: number }; assignments: unknown[] };
    expect(doc.assignments).toEqual([
      { student: 'ana', site: 'mercy', rank: 1 },
      { student: 'ben', site: 'luke', rank: 2 },
      { student: 'cal', site: null, rank: null },
    ]);
    expect(doc.report).toMatchObject({ placed: 2, blockingPairs: 0, capacityViolations: 0 });
  });

  it('optimal mode minimises total rank among the most placed, and may be unstable', () => {
    const i2 = { ...input, sites: [{ id: 'mercy', capacity: 1, priorities: { ana: 2, cal: 1 } }, { id: 'luke', capacity: 1 }], students: [{ id: 'ana', preferences: ['mercy', 'luke'] }, { id: 'cal', preferences: ['mercy'] }] };
    const doc = JSON.parse(runPlace(i2, { mode: 'optimal', json: true }).stdout) as { report: { placed: number; blockingPairs: number }; assignments: { student: string; site: string | null }[] };
    expect(doc.report.placed).toBe(2);
    expect(doc.assignments).toEqual([
      { student: 'ana', site: 'luke', rank: 2 },
      { student: 'cal', site: 'mercy', rank: 1 },
    ]);
    expect(doc.report.blockingPairs).toBe(1);
    expect(JSON.parse(runPlace(i2, { mode: 'stable', json: true }).stdout)).toMatchObject({ report: { placed: 1, blockingPairs: 0 } });
  });

  it('names every bad field and exits 2', () => {
    const bad = { format: 'modality/placement@1', sites: [{ id: 'a', capacity: -1 }], students: [{ id: 's', preferences: ['a', 'zzz'] }], extra: 1 };
    const r = runPlace(bad, { mode: 'stable', json: false });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('sites[0].capacity: must be an integer ≥ 0');
    expect(r.stderr).toContain('students[0].preferences[1]: unknown site "zzz"');
    expect(r.stderr).toContain('extra: unknown field');
    expect(runPlace(input, { mode: 'fastest', json: false }).stderr).toContain('--mode');
  });

  it('runs in-process from a file and prints a readable summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'place-'));
    const file = join(dir, 'p.json');
    writeFileSync(file, JSON.stringify(input));
    const c = capture();
    await placeCommand(c.io).parseAsync([file], { from: 'user' });
    expect(process.exitCode).toBe(0);
    const text = c.out.join('\n');
    expect(text).toContain('placed           2 of 3');
    expect(text).toContain('blocking pairs   0 (stable)');
    expect(text).toContain('cal → unplaced');
  });

  it('reports an unreadable file with exit code 2', async () => {
    const c = capture();
    await placeCommand(c.io).parseAsync(['/nonexistent/place.json'], { from: 'user' });
    expect(process.exitCode).toBe(2);
    expect(c.err.join('\n')).toContain('cannot read /nonexistent/place.json: ENOENT');
  });
});
