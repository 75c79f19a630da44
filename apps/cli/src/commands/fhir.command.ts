import { importPractitionerAsOperator, practitionerOfAsOperator } from '@modality/app';
import { parsePersonRecord } from '@modality/contracts';
import { Command } from 'commander';
import { parseJsonText, readTextFile } from '../input/files.js';
import { processIo, type Io } from '../io.js';
import { withRuntime } from '../open.js';
import { commandAction, succeeded } from '../outcome.js';

/** Adds `fhir` to `modality export`: a person as a FHIR R4 Practitioner. */
export function withFhirExport(exportCmd: Command, io: Io = processIo): Command {
  exportCmd
    .command('fhir')
    .argument('<id>', 'person id (as shown by import or the API)')
    .description("Print a person's credentials as a FHIR R4 Practitioner (JSON): NUCC codes, NDH status and whereValid, issuers")
    .option('--json', 'JSON output (the default and only format)')
    .addHelpText('after', '\nExit codes: 0 printed, 2 bad input (no person has this id).')
    .action(commandAction(io, async (id: string) => succeeded(JSON.stringify(await withRuntime((runtime) => practitionerOfAsOperator(runtime.deps, id)), null, 2))));
  return exportCmd;
}

/** Adds `fhir` to `modality import`: a FHIR R4 Practitioner read back into a person record. */
export function withFhirImport(importCmd: Command, io: Io = processIo): Command {
  importCmd
    .command('fhir')
    .argument('<file>', 'a FHIR R4 Practitioner (JSON)')
    .description('Read a FHIR R4 Practitioner into a person record (person, education, credentials), reporting what could not be mapped')
    .option('--person <id>', "replace this person's person, education and credentials (their CE, clinical log, exams and wallet stay)")
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExit codes: 0 imported (or unchanged; unmapped parts are listed), 2 bad input (unreadable file, not a Practitioner, or one that does not make a valid record).')
    .action(
      commandAction(io, async (file: string, opts: { person?: string; json?: boolean }) => {
        const json = parseJsonText(file, await readTextFile(file));
        const r = await withRuntime((runtime) => importPractitionerAsOperator(runtime.deps, json, parsePersonRecord, opts.person));
        if (opts.json) return succeeded(JSON.stringify(r));
        const lines = [`${r.changed ? 'Imported' : 'Unchanged (already stored)'}: person ${r.personId} — ${String(r.counts.credentials)} credentials, ${String(r.counts.education)} education entries`];
        if (r.unmapped.length > 0) lines.push('Not mapped (not part of a person record, or not a credential Modality knows):', ...r.unmapped.map((u) => `  ${u}`));
        return succeeded(lines.join('\n'));
      }),
    );
  return importCmd;
}
