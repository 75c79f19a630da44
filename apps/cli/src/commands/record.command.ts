import { exportRecordAsOperator, importRecordAsOperator } from '@modality/app';
import { Command } from 'commander';
import { readRecordFile } from '../input/record-file.js';
import { processIo, type Io } from '../io.js';
import { withRuntime } from '../open.js';
import { commandAction, succeeded } from '../outcome.js';

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
    .action(
      commandAction(io, async (file: string, opts: { person?: string; json?: boolean }) => {
        const record = await readRecordFile(file);
        const r = await withRuntime((runtime) => importRecordAsOperator(runtime.deps, record, opts.person));
        const c = r.counts;
        return succeeded(
          opts.json
            ? JSON.stringify(r)
            : `${r.changed ? 'Imported' : 'Unchanged (already stored)'}: person ${r.personId} — ${c.credentials} credentials, ${c.ce} CE activities, ${c.clinical} clinical entries, ${c.exams} exams, ${c.education} education entries`,
        );
      }),
    );
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
    .addHelpText('after', '\nExit codes: 0 printed, 2 bad input (no person has this id).')
    .action(commandAction(io, async (id: string) => succeeded(JSON.stringify(await withRuntime((runtime) => exportRecordAsOperator(runtime.deps, id)), null, 2))));
  return cmd;
}
