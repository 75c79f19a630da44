import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCliSandbox, type CliSandbox } from '../testing/cli-sandbox.js';

const AGENCY = 'Northstar Imaging Staffing (fictitious)';
const HEADER = 'reference,status,title,description,role,modality,employment_type,all_of,any_of,licence_jurisdictions,min_years,shifts,start_from,start_to,sponsorship,address,radius_km,pay_min,pay_max,pay_unit,currency,valid_through';
const ROW_CT = 'NS-1,open,CT Technologist,Nights in Houston,ct-technologist,ct,full-time,arrt:CT,arrt:R;nmtcb:CT,us-tx,2,night;weekend,2026-12-01,2027-01-31,no,"6565 Fannin St, Houston, TX 77030",60,38,46,hour,USD,2099-12-31';
const ROW_US = 'NS-2,draft,Sonographer,Days in Dallas,sonographer,sonography,per-diem,ardms:RDMS,,,0,day,2026-12-01,2027-03-31,yes,"Dallas, TX",,30,36,hour,,2099-12-31';

for (const dialect of testDialects()) {
  describe(`modality postings import, as a real process [${dialect.name}]`, () => {
    let cli: CliSandbox;
    const run = (...args: string[]) => cli.run(...args);
    const file = (name: string, text: string) => {
      const path = join(cli.dir, name);
      writeFileSync(path, text);
      return path;
    };
    beforeAll(async () => {
      cli = await openCliSandbox(dialect, 'modality-postings-');
      expect(run('db', 'seed', '--demo').status).toBe(0);
    });
    afterAll(() => cli.close());

    it('imports a CSV in one go, and importing it again updates the same postings', () => {
      const csv = file('good.csv', `${HEADER}\n${ROW_CT}\n${ROW_US}\n`);
      const first = run('postings', 'import', csv, '--organisation', AGENCY, '--json');
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(JSON.parse(first.stdout)).toMatchObject({ rows: 2, inserted: 2, updated: 0, rejected: [] });
      const again = run('postings', 'import', csv, '--organisation', AGENCY);
      expect(again.status).toBe(0);
      expect(again.stdout).toContain('0 added, 2 updated, 0 refused');
    });

    it('imports the same postings as JSON', () => {
      const json = file('good.json', JSON.stringify([{ reference: 'NS-3', status: 'open', title: 'MRI Technologist', description: 'Days', role: 'mri-technologist', modality: 'mri', employmentType: 'part-time', requirements: { startWindow: { from: '2026-12-01', to: '2027-01-31' } }, place: { address: 'Austin, TX' }, pay: { min: 80000, max: 95000, unit: 'year' }, validThrough: '2099-12-31' }]));
      const res = run('postings', 'import', json, '--organisation', AGENCY, '--json');
      expect(res.status).toBe(0);
      expect(JSON.parse(res.stdout)).toMatchObject({ rows: 1, inserted: 1 });
    });

    it('refuses the whole file when a row is wrong, naming each row by line and column with the refused value', () => {
      const noPay = ROW_CT.replace('NS-1', 'NS-9').replace(',38,46,hour,', ',,,hour,');
      const nowhere = ROW_US.replace('NS-2', 'NS-10').replace('"Dallas, TX"', '"Springfield, ZZ"');
      const res = run('postings', 'import', file('bad.csv', `${HEADER}\n${ROW_CT.replace('NS-1', 'NS-8')}\n${noPay}\n${nowhere}\n`), '--organisation', AGENCY, '--json');
      expect(res.status).toBe(2);
      const report = JSON.parse(res.stdout) as { inserted: number; rejected: Array<{ line: number; reasons: string[] }> };
      expect(report.inserted).toBe(0);
      expect(report.rejected.map((r) => r.line)).toEqual([3]);
      expect(report.rejected[0]?.reasons.map((r) => r.split(':')[0])).toEqual(['pay_min', 'pay_max']);
      // The contract passes the unplaceable address; the gazetteer refuses it — still nothing imported.
      const placeOnly = run('postings', 'import', file('place.csv', `${HEADER}\n${ROW_CT.replace('NS-1', 'NS-8')}\n${nowhere}\n`), '--organisation', AGENCY);
      expect(placeOnly.status).toBe(2);
      expect(placeOnly.stderr).toContain('line 3: address: cannot place "Springfield, ZZ"');
      expect(placeOnly.stderr).toContain('nothing was imported');
      const listed = run('postings', 'import', file('recheck.csv', `${HEADER}\n${ROW_CT}\n`), '--organisation', AGENCY, '--json');
      expect(JSON.parse(listed.stdout)).toMatchObject({ inserted: 0, updated: 1 });
    });

    it('exits 2 for an unknown organisation, a school, a wrong header or a missing file', () => {
      const csv = file('one.csv', `${HEADER}\n${ROW_CT}\n`);
      const unknown = run('postings', 'import', csv, '--organisation', 'Nobody Hospital');
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain('"Nobody Hospital"');
      const school = run('postings', 'import', csv, '--organisation', 'Harbor Valley College School of Radiologic Sciences (fictitious)');
      expect(school.status).toBe(2);
      expect(school.stderr).toContain('does not post jobs');
      expect(run('postings', 'import', file('header.csv', 'title,pay\nx,1\n'), '--organisation', AGENCY).stderr).toContain('missing columns');
      expect(run('postings', 'import', join(cli.dir, 'nope.csv'), '--organisation', AGENCY).status).toBe(2);
    });
  });
}
