import { addRecordEntry, deleteRecordEntry, OPERATOR, replaceRecordEntry, type RecordEntry, type RecordEntryOutcome } from '@modality/app';
import { parseInput, RECORD_ENTRY_SCHEMAS, RECORD_SECTIONS, recordEntryAddressSchema, type RecordSectionName } from '@modality/contracts';
import { Command } from 'commander';
import { parseJsonText, readTextFile } from '../input/files.js';
import { issueLines } from '../input/issue-lines.js';
import { parseOptions } from '../input/options.js';
import { readStdin } from '../input/stdin.js';
import { processIo, type Io } from '../io.js';
import { withRuntime } from '../open.js';
import { BadInputError, commandAction, succeeded } from '../outcome.js';

const NOUNS: Readonly<Record<RecordSectionName, string>> = {
  credentials: 'credential or licence',
  education: 'programme or degree',
  exams: 'examination',
  ce: 'CE activity',
  clinical: 'clinical log entry',
};

const SECTION_HELP = `one of ${RECORD_SECTIONS.join(', ')}`;
const FILE_HELP = 'one entry as JSON (the fields the person record v1 gives an entry of the section); - reads standard input';
const EXIT_HELP = '\nExit codes: 0 done, 1 the record changed since --if-match was read, 2 bad input (unknown section, an entry the contract refuses — each field named with the refused value — or a person or entry id that names nothing).';

/** The section, entry id and version, checked with the contract; a refusal names the argument and quotes it. */
function addressOf(section: string, entryId?: string, ifMatch?: string) {
  return parseOptions(recordEntryAddressSchema, { section, entryId, ifMatch }, { section: 'SECTION', entryId: 'ENTRY-ID', ifMatch: '--if-match' });
}

/** One entry from a file (or standard input), checked with the section's contract exactly as the API checks it. */
async function entryOf(section: RecordSectionName, file: string): Promise<RecordEntry> {
  const json = parseJsonText(file === '-' ? 'standard input' : file, file === '-' ? await readStdin() : await readTextFile(file));
  const parsed = parseInput(RECORD_ENTRY_SCHEMAS[section], json);
  if (!parsed.ok) throw new BadInputError(`the ${NOUNS[section]} is not valid`, issueLines(parsed.error, json));
  // The entry passed its section's contract; the cast pairs it with the section and restores the CalendarDate brand.
  return { section, entry: parsed.value } as RecordEntry;
}

function said(verb: string, section: RecordSectionName, r: RecordEntryOutcome, json: boolean | undefined): string {
  if (json === true) return JSON.stringify(r);
  const what = r.changed ? `${verb} the ${NOUNS[section]} ${r.entryId}` : `Unchanged: the ${NOUNS[section]} ${r.entryId} was already so`;
  return `${what} on the record of person ${r.personId}; the record's version is now ${r.version}`;
}

/**
 * `modality record add|edit|delete`: the record forms at the command line, as the operator — one entry of
 * one section, through the contracts and use cases the API's record forms use.
 */
export function recordCommand(io: Io = processIo): Command {
  const cmd = new Command('record').description("Change one entry of a person's record (the record forms, as the operator)");
  cmd
    .command('add')
    .argument('<person>', 'person id (as import, export or the API show it)')
    .argument('<section>', SECTION_HELP)
    .argument('<file>', FILE_HELP)
    .description('Add an entry at the end of a section; it gets its own id (printed), by which edit and delete name it')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', EXIT_HELP)
    .action(
      commandAction(io, async (person: string, sectionArg: string, file: string, opts: { json?: boolean }) => {
        const { section } = addressOf(sectionArg);
        const change = await entryOf(section, file);
        const r = await withRuntime((runtime) => addRecordEntry(runtime.deps, OPERATOR, person, change));
        return succeeded(said('Added', section, r, opts.json));
      }),
    );
  cmd
    .command('edit')
    .argument('<person>', 'person id')
    .argument('<section>', SECTION_HELP)
    .argument('<entry-id>', "the entry's id (the record's export lists each entry with its id)")
    .argument('<file>', FILE_HELP)
    .description('Replace one entry, by its id; it keeps its id and its place')
    .option('--if-match <version>', "refuse (exit 1) if the record has changed since this version (as a change printed it)")
    .option('--json', 'print the result as JSON')
    .addHelpText('after', EXIT_HELP)
    .action(
      commandAction(io, async (person: string, sectionArg: string, entryIdArg: string, file: string, opts: { ifMatch?: string; json?: boolean }) => {
        const { section, entryId = '', ifMatch } = addressOf(sectionArg, entryIdArg, opts.ifMatch);
        const change = await entryOf(section, file);
        const r = await withRuntime((runtime) => replaceRecordEntry(runtime.deps, OPERATOR, person, { entryId, expectedVersion: ifMatch }, change));
        return succeeded(said('Changed', section, r, opts.json));
      }),
    );
  cmd
    .command('delete')
    .argument('<person>', 'person id')
    .argument('<section>', SECTION_HELP)
    .argument('<entry-id>', "the entry's id")
    .description('Delete one entry, by its id; the others keep theirs')
    .option('--if-match <version>', 'refuse (exit 1) if the record has changed since this version')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', EXIT_HELP)
    .action(
      commandAction(io, async (person: string, sectionArg: string, entryIdArg: string, opts: { ifMatch?: string; json?: boolean }) => {
        const { section, entryId = '', ifMatch } = addressOf(sectionArg, entryIdArg, opts.ifMatch);
        const r = await withRuntime((runtime) => deleteRecordEntry(runtime.deps, OPERATOR, person, section, { entryId, expectedVersion: ifMatch }));
        return succeeded(said('Deleted', section, r, opts.json));
      }),
    );
  return cmd;
}
