import { exportRecordAsOperator, importRecordAsOperator } from '@modality/app';
import { Command } from 'commander';
import { processIo, type Io } from '../cli-error.js';
import { openForCommand } from '../open.js';
import { readRecordFile } from '../read-record-file.js';

/** `modality import record FILE`. */
export function importCommand(io: Io = processIo): Command {
  const cmd = new Command('import').description('Import data files');
  cmd
    .command('record')
    .argument('<file>', 'a person record (JSON, format modality/person-record@1)')
    .description('Import a person record as one transaction; importing the same file again changes nothing')
    .option('--person <id>', 'replace the record of this person (default: the person the record names by person.id, or a new one)')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExit codes: 0 imported (or unchanged), 2 bad input (unreadable file, invalid record — every bad field is listed — or unknown --person).')
    .action(async (file: string, opts: { person?: string; json?: boolean }) => {
      const record = await readRecordFile(file);
      const runtime = await openForCommand();
      try {
        const r = await importRecordAsOperator(runtime.deps, record, opts.person);
        const c = r.counts;
        io.out(
          opts.json
            ? JSON.stringify(r)
            : `${r.changed ? 'Imported' : 'Unchanged (already stored)'}: person ${r.personId} — ${c.credentials} credentials, ${c.ce} CE activities, ${c.clinical} clinical entries, ${c.exams} exams, ${c.education} education entries`,
        );
      } finally {
        await runtime.close();
      }
    });
  return cmd;
}

/** `modality export record ID`. */
export function exportCommand(io: Io = processIo): Command {
  const cmd = new Command('export').description('Export data');
  cmd
    .command('record')
    .argument('<id>', 'person id (as shown by import or the API)')
    .description('Print a person record (format modality/person-record@1) as JSON')
    .option('--json', 'JSON output (the default and only format)')
    .action(async (id: string) => {
      const runtime = await openForCommand();
      try {
        io.out(JSON.stringify(await exportRecordAsOperator(runtime.deps, id), null, 2));
      } finally {
        await runtime.close();
      }
    });
  return cmd;
}
