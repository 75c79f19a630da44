import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCliSandbox, type CliSandbox } from '../testing/cli-sandbox.js';
import { startServe } from '../testing/serve-process.js';

const record = (name: string) => ({
  format: 'modality/person-record@1',
  person: { id: 'backup-0001', name, birthDate: '1988-03-03', country: 'US', region: 'us-ny' },
  credentials: [{ credential: 'arrt:R', earnedOn: '2012-07-01' }],
  ce: [],
  exams: [],
});

for (const dialect of testDialects()) {
  describe(`db backup and restore [${dialect.name}]`, () => {
    let cli: CliSandbox;
    beforeAll(async () => {
      cli = await openCliSandbox(dialect, 'modality-backup-');
      writeFileSync(join(cli.dir, 'before.json'), JSON.stringify(record('Before Backup')));
      writeFileSync(join(cli.dir, 'after.json'), JSON.stringify(record('After Backup')));
      writeFileSync(join(cli.dir, 'not-a-db.db'), 'hello');
    });
    afterAll(() => cli.close());

    if (dialect.name === 'postgres') {
      it('points PostgreSQL to pg_dump and pg_restore', () => {
        const res = cli.run('db', 'backup', join(cli.dir, 'x.db'));
        expect(res.status).toBe(2);
        expect(res.stderr).toContain('pg_dump');
        const restore = cli.run('db', 'restore', join(cli.dir, 'x.db'));
        expect(restore.status).toBe(2);
        expect(restore.stderr).toContain('pg_restore');
      });
      return;
    }

    it('a backup taken while the server serves restores to exactly what was backed up', async () => {
      const imported = JSON.parse(cli.run('import', 'record', join(cli.dir, 'before.json'), '--json').stdout) as { personId: string };
      const server = await startServe(cli.env, '--no-demo');
      const backup = join(cli.dir, 'backups', 'modality.db');
      try {
        const made = cli.run('db', 'backup', backup, '--json');
        expect(made.stderr).toBe('');
        expect(JSON.parse(made.stdout)).toMatchObject({ file: backup });
        expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
      } finally {
        await server.stop();
      }
      expect(JSON.parse(cli.run('import', 'record', join(cli.dir, 'after.json'), '--person', imported.personId, '--json').stdout)).toMatchObject({ changed: true });
      expect((JSON.parse(cli.run('export', 'record', imported.personId).stdout) as { person: { name: string } }).person.name).toBe('After Backup');

      const restored = cli.run('db', 'restore', backup, '--json');
      expect(restored.stderr).toBe('');
      expect(JSON.parse(restored.stdout)).toMatchObject({ restored: true });
      expect((JSON.parse(cli.run('export', 'record', imported.personId).stdout) as { person: { name: string } }).person.name).toBe('Before Backup');
    }, 120_000);

    it('refuses to restore from a file that is not a Modality database, and changes nothing', () => {
      const missing = cli.run('db', 'restore', join(cli.dir, 'nope.db'));
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('no such file');
      const junk = cli.run('db', 'restore', join(cli.dir, 'not-a-db.db'));
      expect(junk.status).toBe(2);
      expect(junk.stderr).toContain('not an SQLite database');
      expect(cli.run('db', 'migrate', '--json').status).toBe(0);
    });
  });
}
