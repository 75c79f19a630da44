import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalWords } from '../testing/internal-words.js';

const BIN = fileURLToPath(new URL('../../bin/modality.js', import.meta.url));

// `modality plan` reads no database: one run, no dialects.
describe('modality plan, as a real process', () => {
  let dir: string;
  const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, MODALITY_DATA_DIR: join(dir, 'data') }, encoding: 'utf8', timeout: 60_000 });
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'modality-plan-'));
    writeFileSync(
      join(dir, 'ph.json'),
      JSON.stringify({
        format: 'modality/person-record@1',
        person: { name: 'Jose Santos', birthDate: '1990-03-03', country: 'PH' },
        education: [{ kind: 'program', discipline: 'radiography', award: 'bachelor', country: 'PH', approvedBy: ['ched'], completedOn: '2014-04-30' }],
      }),
    );
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ format: 'modality/person-record@1', person: { name: 'X', birthDate: '1990-02-30', country: 'PH' } }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the plan JSON for an internationally educated radiographer → UK', () => {
    const res = run('plan', '--target', 'radiographer', '--in', 'gb', '--from', join(dir, 'ph.json'), '--as-of', '2026-11-26', '--json');
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const p = JSON.parse(res.stdout) as { format: string; steps: Array<{ id: string; cost: unknown }> };
    expect(p.format).toBe('modality/plan@1');
    expect(p.steps.map((s) => s.id)).toEqual(['english-test', 'hcpc-international', 'visa-gb']);
    expect(p.steps[1]?.cost).toEqual({ min: 678.38, max: 678.38, currency: 'GBP' });
  });

  it('prints a readable plan from a blank start', () => {
    const res = run('plan', '--target', 'sonographer', '--in', 'us-oh', '--as-of', '2026-11-26');
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('Plan: Diagnostic medical sonographer in Ohio');
    expect(res.stdout).toContain('Alternatives by time:');
    expect(res.stdout).toContain('(secondary source — check before relying on it)');
    expect(res.stdout).toMatch(/after step 1/);
    expect(res.stdout).not.toMatch(/SECONDARY|sonography-program|ardms-rdms-exams/);
    expect(internalWords(res.stdout)).toEqual([]);
  });

  it('exits 2 naming an unknown role or jurisdiction and listing the valid ones', () => {
    const role = run('plan', '--target', 'pilot', '--in', 'us-tx');
    expect(role.status).toBe(2);
    expect(role.stderr).toContain('unknown role "pilot"');
    expect(role.stderr).toContain('valid roles: radiographer, ct-technologist');
    const where = run('plan', '--target', 'radiographer', '--in', 'us');
    expect(where.status).toBe(2);
    expect(where.stderr).toContain('unknown jurisdiction "us"');
    expect(where.stderr).toContain('us-tx');
    expect(where.stderr).not.toContain('valid roles');
  });

  it('exits 2 on a bad record file, a missing file, a bad date, or a missing option', () => {
    const bad = run('plan', '--target', 'radiographer', '--in', 'gb', '--from', join(dir, 'bad.json'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('person.birthDate');
    expect(run('plan', '--target', 'radiographer', '--in', 'gb', '--from', join(dir, 'nope.json')).status).toBe(2);
    expect(run('plan', '--target', 'radiographer', '--in', 'gb', '--as-of', '2026-13-01').status).toBe(2);
    expect(run('plan', '--in', 'gb').status).toBe(2);
  });
});
