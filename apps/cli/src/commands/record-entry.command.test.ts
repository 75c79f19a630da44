import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCliSandbox, type CliSandbox } from '../testing/cli-sandbox.js';
import { internalWords } from '../testing/internal-words.js';

const RECORD = {
  format: 'modality/person-record@1',
  person: { name: 'Cli Record Person', birthDate: '1990-04-03', country: 'US', region: 'us-tx' },
  credentials: [{ credential: 'us-tx:mrt', earnedOn: '2020-01-01' }],
  ce: [{ title: 'Dose basics', completedOn: '2025-05-01', credits: 2, topics: ['ionizing-radiation'] }],
};
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n% cli certificate\n'), Buffer.alloc(64, 0x20), Buffer.from('%%EOF\n')]);

interface Entries {
  ce?: Array<{ id?: string; title: string }>;
  credentials?: Array<{ id?: string; number?: string }>;
}

for (const dialect of testDialects()) {
  describe(`modality record and modality files, as a real process [${dialect.name}]`, () => {
    let cli: CliSandbox;
    let person = '';
    const run = (...args: string[]) => cli.run(...args);
    const file = (name: string, content: string | Buffer) => {
      const path = join(cli.dir, name);
      writeFileSync(path, content);
      return path;
    };
    const exported = () => JSON.parse(run('export', 'record', person).stdout) as Entries;

    beforeAll(async () => {
      cli = await openCliSandbox(dialect, 'modality-record-entry-');
      expect(run('db', 'migrate').status).toBe(0);
      const imported = run('import', 'record', file('record.json', JSON.stringify(RECORD)), '--json');
      expect(imported.status).toBe(0);
      person = (JSON.parse(imported.stdout) as { personId: string }).personId;
    }, 120_000);
    afterAll(() => cli.close());

    it('adds, edits and deletes entries by their id, with the contract of the API', () => {
      // The import gave every entry an id; the export lists it.
      const licence = exported().credentials?.[0]?.id ?? '';
      expect(licence).not.toBe('');
      const added = run('record', 'add', person, 'ce', file('ce.json', JSON.stringify({ title: 'MRI safety', completedOn: '2025-06-01', credits: 1 })), '--json');
      expect(added.stderr).toBe('');
      expect(added.status).toBe(0);
      const { entryId, version } = JSON.parse(added.stdout) as { entryId: string; version: string };
      expect(exported().ce?.map((a) => a.title)).toEqual(['Dose basics', 'MRI safety']);

      const edited = run('record', 'edit', person, 'credentials', licence, file('lic.json', JSON.stringify({ credential: 'us-tx:mrt', earnedOn: '2020-01-01', number: 'TX-1' })));
      expect(edited.status).toBe(0);
      expect(edited.stdout).toContain('Changed the credential or licence');
      expect(exported().credentials?.[0]).toMatchObject({ id: licence, number: 'TX-1' });
      // A version read before that edit is stale: exit 1, nothing deleted.
      const stale = run('record', 'delete', person, 'ce', entryId, '--if-match', version);
      expect(stale.status).toBe(1);
      expect(stale.stderr).toContain('changed since you read it');
      expect(exported().ce?.length).toBe(2);
      // Deleting the first CE activity leaves the second addressed by the same id.
      const first = exported().ce?.[0]?.id ?? '';
      expect(run('record', 'delete', person, 'ce', first).status).toBe(0);
      const byStdin = cli.runWithInput(JSON.stringify({ title: 'MRI safety, again', completedOn: '2025-06-01', credits: 1 }), 'record', 'edit', person, 'ce', entryId, '-');
      expect(byStdin.status).toBe(0);
      expect(exported().ce).toEqual([{ id: entryId, title: 'MRI safety, again', completedOn: '2025-06-01', credits: 1 }]);
    }, 240_000);

    it('refuses with exit 2, naming the field or argument and quoting the value', () => {
      const big = run('record', 'add', person, 'ce', file('big.json', JSON.stringify({ title: 'Dose', completedOn: '2025-06-01', credits: 500 })));
      expect(big.status).toBe(2);
      expect(big.stderr).toContain('credits');
      expect(big.stderr).toContain('500');
      const future = run('record', 'add', person, 'ce', file('future.json', JSON.stringify({ title: 'Dose', completedOn: '2031-01-01', credits: 1 })));
      expect(future.status).toBe(2);
      expect(future.stderr).toContain('"2031-01-01"');
      const section = run('record', 'add', person, 'hobbies', file('h.json', '{}'));
      expect(section.status).toBe(2);
      expect(section.stderr).toContain('"hobbies"');
      const gone = run('record', 'delete', person, 'ce', 'e_not-there');
      expect(gone.status).toBe(2);
      const badId = run('record', 'delete', person, 'ce', 'no spaces/allowed');
      expect(badId.status).toBe(2);
      expect(badId.stderr).toContain('"no spaces/allowed"');
    }, 240_000);

    it('keeps, lists, gets and deletes a certificate; a text file named .pdf is refused', () => {
      const ce = exported().ce?.[0];
      const put = run('files', 'put', person, file('cert.pdf', PDF), '--title', ce?.title ?? '', '--completed-on', '2025-06-01', '--json');
      expect(put.stderr).toBe('');
      expect(put.status).toBe(0);
      const kept = JSON.parse(put.stdout) as { id: string };
      const listed = run('files', 'list', person);
      expect(listed.status).toBe(0);
      expect(listed.stdout).toContain('cert.pdf');
      expect(listed.stdout).toContain('CE certificate: MRI safety, again (2025-06-01)');
      expect(internalWords(listed.stdout)).toEqual([]);
      const out = join(cli.dir, 'back.pdf');
      expect(run('files', 'get', person, kept.id, '--out', out).status).toBe(0);
      expect(readFileSync(out).equals(PDF)).toBe(true);
      expect(run('files', 'get', person, kept.id, '--out', out).status).toBe(2);
      const fake = run('files', 'put', person, file('notes.pdf', 'not really a PDF'), '--title', ce?.title ?? '', '--completed-on', '2025-06-01');
      expect(fake.status).toBe(2);
      expect(fake.stderr).toContain('"notes.pdf" is not a PDF, PNG or JPEG file');
      const noDay = run('files', 'put', person, file('c2.pdf', PDF), '--title', 'x', '--completed-on', '2025-02-30');
      expect(noDay.status).toBe(2);
      expect(noDay.stderr).toContain('--completed-on');
      expect(noDay.stderr).toContain('"2025-02-30"');
      expect(run('files', 'delete', person, kept.id).status).toBe(0);
      expect(run('files', 'list', person).stdout).toContain('No files on this record.');
    }, 240_000);

    it('--help is there for each command', () => {
      expect(run('record', 'add', '--help').stdout).toContain('Exit codes');
      expect(run('files', 'put', '--help').stdout).toContain('--completed-on');
    }, 60_000);
  });
}
