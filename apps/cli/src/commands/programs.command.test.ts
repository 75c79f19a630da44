import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PROGRAMS } from '@modality/app';
import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCliSandbox, type CliSandbox } from '../testing/cli-sandbox.js';
import { parseProgramCsv } from './programs.command.js';

const DEMO = fileURLToPath(new URL('../../demo/programs.csv', import.meta.url));
const HEADER = 'accreditor,accreditor_program_id,name,institution,discipline,award,jurisdiction,city,length_months,url,demo,comment';

for (const dialect of testDialects()) {
  describe(`modality import programs / programs search, as a real process [${dialect.name}]`, () => {
    let cli: CliSandbox;
    let dir: string;
    const run = (...args: string[]) => cli.run(...args);
    beforeAll(async () => {
      cli = await openCliSandbox(dialect, 'modality-programs-');
      dir = cli.dir;
      writeFileSync(join(dir, 'mixed.csv'), `${HEADER}\njrcert,M1,DEMO M1,Inst (fictitious),radiography,associate,us-tx,,24,,yes,\njrcert,M2,DEMO M2,Inst (fictitious),astrology,associate,us-zz,,x,,yes,\njrcert,M1,DEMO M1 again,Inst (fictitious),radiography,associate,us-tx,,,,yes,\n`);
      writeFileSync(join(dir, 'header.csv'), 'name,foo\nx,y\n');
    });
    afterAll(() => cli.close());

    it('imports the demo set, and importing it again changes nothing', () => {
      const first = run('import', 'programs', DEMO, '--json');
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(JSON.parse(first.stdout)).toMatchObject({ rows: 9, inserted: 9, updated: 0, unchanged: 0, rejected: [] });
      const again = run('import', 'programs', DEMO, '--json');
      expect(JSON.parse(again.stdout)).toMatchObject({ rows: 9, inserted: 0, updated: 0, unchanged: 9, rejected: [] });
    });

    it('searches by discipline, award, jurisdiction and accreditor; demo rows are marked', () => {
      const res = run('programs', 'search', '--discipline', 'radiography', '--in', 'us-tx', '--accreditor', 'jrcert', '--json');
      expect(res.status).toBe(0);
      const items = (JSON.parse(res.stdout) as { items: Array<{ id: string; demo: boolean; name: string }> }).items;
      expect(items.map((i) => i.id)).toEqual(['jrcert:DEMO-0001']);
      expect(items[0]?.demo).toBe(true);
      expect(items[0]?.name).toContain('DEMO');
      expect(run('programs', 'search', '--award', 'bachelor').stdout).toContain('[DEMO]');
      expect(run('programs', 'search', '--discipline', 'astrology').status).toBe(2);
    });

    it('imports the valid rows and reports each rejected row by line number with every reason (exit 2)', () => {
      const res = run('import', 'programs', join(dir, 'mixed.csv'), '--json');
      expect(res.status).toBe(2);
      const report = JSON.parse(res.stdout) as { inserted: number; rejected: Array<{ line: number; reasons: string[] }> };
      expect(report.inserted).toBe(1);
      expect(report.rejected.map((r) => r.line)).toEqual([3, 4]);
      expect(report.rejected[0]?.reasons.map((r) => r.split(':')[0])).toEqual(['discipline', 'jurisdiction', 'length_months']);
      expect(report.rejected[1]?.reasons[0]).toContain('also on line 2');
    });

    it('exits 2 on a wrong header or a missing file', () => {
      const header = run('import', 'programs', join(dir, 'header.csv'));
      expect(header.status).toBe(2);
      expect(header.stderr).toContain('missing columns');
      expect(run('import', 'programs', join(dir, 'nope.csv')).status).toBe(2);
    });
  });
}

describe('the demo program CSV', () => {
  it('is exactly the demo directory the first start loads', async () => {
    const csv = readFileSync(DEMO, 'utf8');
    const parsed = parseProgramCsv(csv);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.programs.map((p) => p.program)).toEqual(DEMO_PROGRAMS);
  });
});
