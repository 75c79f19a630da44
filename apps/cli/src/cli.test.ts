import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withoutEntryIds } from '@modality/app';
import type { PersonRecord } from '@modality/domain';
import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODALITY_BIN, openCliSandbox, type CliSandbox } from './testing/cli-sandbox.js';

const record = {
  format: 'modality/person-record@1',
  person: { id: 'cli-0001', name: 'Kai Lindqvist', birthDate: '1990-09-09', country: 'US', region: 'us-ny' },
  credentials: [{ credential: 'arrt:R', earnedOn: '2012-07-01' }, { credential: 'us-ny:radiography', earnedOn: '2012-09-01', expiresOn: '2028-09-30' }],
  ce: [{ title: 'Radiation protection', completedOn: '2026-01-15', credits: 3, category: 'A' }],
  exams: [],
};

for (const dialect of testDialects()) {
  describe(`modality CLI, as a real process [${dialect.name}]`, () => {
    let cli: CliSandbox;
    let dir: string;
    const run = (...args: string[]) => cli.run(...args);

    beforeAll(async () => {
      cli = await openCliSandbox(dialect, 'modality-cli-');
      dir = cli.dir;
      writeFileSync(join(dir, 'good.json'), JSON.stringify(record));
      writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...record, person: { ...record.person, birthDate: '2026-02-30', nickname: 'K' }, credentials: [{ credential: 'arrt:QQ', earnedOn: 20120701 }] }));
      writeFileSync(join(dir, 'broken.json'), '{ "format": ');
    });
    afterAll(() => cli.close());

    it('imports a record, and importing it again changes nothing', () => {
      const first = run('import', 'record', join(dir, 'good.json'), '--json');
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      const r1 = JSON.parse(first.stdout) as { personId: string; changed: boolean; counts: { credentials: number } };
      expect(r1).toMatchObject({ changed: true, counts: { credentials: 2, ce: 1, exams: 0 } });
      const second = run('import', 'record', join(dir, 'good.json'), '--json');
      expect(JSON.parse(second.stdout)).toEqual({ ...r1, changed: false });
    });

    it('exports the record back as the same document', () => {
      const imported = JSON.parse(run('import', 'record', join(dir, 'good.json'), '--json').stdout) as { personId: string };
      const out = run('export', 'record', imported.personId);
      expect(out.status).toBe(0);
      // The same document, each entry with the id it was given on import (optional in v1).
      expect(withoutEntryIds(JSON.parse(out.stdout) as PersonRecord)).toEqual(record);
    });

    it('rejects an invalid record with exit code 2, naming every bad field, and stores nothing', () => {
      const res = run('import', 'record', join(dir, 'bad.json'));
      expect(res.status).toBe(2);
      for (const path of ['person.birthDate', 'person.nickname', 'credentials[0].credential', 'credentials[0].earnedOn']) {
        expect(res.stderr).toContain(`${path}:`);
      }
      const out = run('export', 'record', 'cli-0001');
      expect(out.status).toBe(2); // cli-0001 is the record's own id, not a person id: nothing new was created
    });

    it('rejects broken JSON, a missing file and an unknown person id with exit code 2', () => {
      expect(run('import', 'record', join(dir, 'broken.json')).status).toBe(2);
      const missing = run('import', 'record', join(dir, 'nope.json'));
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('ENOENT');
      const unknown = run('export', 'record', 'psn_does_not_exist');
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain('psn_does_not_exist');
    });

    it('migrates idempotently and seeds demo data only when asked, only into a database without accounts', () => {
      expect(JSON.parse(run('db', 'migrate', '--json').stdout)).toMatchObject({ status: 'up-to-date', pending: [] });
      const unasked = run('db', 'seed', '--json');
      expect(unasked.status).toBe(2);
      expect(unasked.stderr).toContain('--demo');
      const seeded = run('db', 'seed', '--demo', '--json');
      // Only the embedded demo signs with the published demo key; PostgreSQL without MODALITY_KEY_SECRET issues nothing.
      expect(JSON.parse(seeded.stdout)).toEqual({ seeded: true, credentials: dialect.name === 'sqlite' ? 9 : 0, programs: 1725 });
      expect(JSON.parse(run('db', 'seed', '--demo', '--json').stdout)).toEqual({ seeded: false, credentials: 0, programs: 0 });
    });

    it('shows help for every command and exits 2 on an unknown option', () => {
      for (const args of [['--help'], ['serve', '--help'], ['db', 'migrate', '--help'], ['import', 'record', '--help'], ['export', 'record', '--help']]) {
        const res = run(...args);
        expect(res.status, args.join(' ')).toBe(0);
        expect(res.stdout).toMatch(/Usage: modality/);
      }
      expect(run('import', 'record', '--bogus').status).toBe(2);
    });

    it('refuses to serve with a TRUST_PROXY that would trust every hop, naming the variable and the value', () => {
      const res = spawnSync(process.execPath, [MODALITY_BIN, 'serve', '--port', '0'], { env: { ...cli.env, TRUST_PROXY: 'true' }, encoding: 'utf8', timeout: 60_000 });
      expect(res.status).toBe(2);
      expect(res.stderr).toMatch(/TRUST_PROXY: must be a hop count.*\(got "true"\)/);
    });
  });
}
