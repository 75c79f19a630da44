import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { attachRecordFile, credentialNames, deleteRecordFile, listRecordFiles, OPERATOR, readRecordFile, type RecordFileRow } from '@modality/app';
import { recordFileParamsSchema, recordFileSubjectSchema, recordFileUploadQuerySchema } from '@modality/contracts';
import { Command } from 'commander';
import { parseOptions } from '../input/options.js';
import { processIo, type Io } from '../io.js';
import { withRuntime } from '../open.js';
import { BadInputError, commandAction, succeeded } from '../outcome.js';

const EXIT_HELP = '\nExit codes: 0 done, 2 bad input (a refused option or file — named, with the refused value — or a person or file id that names nothing).';

/** What a file is kept for, in words: a CE activity by its title and day, a credential by its name. */
function forWords(file: RecordFileRow): string {
  const s = file.subject;
  return s.section === 'ce' ? `CE certificate: ${s.title} (${s.completedOn})` : `for ${credentialNames([s.credential])[s.credential] ?? s.credential}`;
}

function listing(files: readonly RecordFileRow[]): string {
  if (files.length === 0) return 'No files on this record.';
  return files.map((f) => `${f.id}  ${f.fileName}  ${String(f.size)} bytes  ${forWords(f)}`).join('\n');
}

async function bytesOf(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw new BadInputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

/**
 * `modality files list|get|put|delete`: the certificates and cards kept on a record, as the operator,
 * through the use cases of the API's files routes (the type told from the bytes, at most 5 MiB).
 */
export function filesCommand(io: Io = processIo): Command {
  const cmd = new Command('files').description('Certificates and licence cards kept on a person record');
  const params = (id: string, fileId: string) => parseOptions(recordFileParamsSchema, { id, fileId }, { id: 'PERSON', fileId: 'FILE-ID' });
  cmd
    .command('list')
    .argument('<person>', 'person id')
    .description('List the files kept on a record: id, name, size, and what each is kept for')
    .option('--json', 'print the files as JSON')
    .addHelpText('after', EXIT_HELP)
    .action(
      commandAction(io, async (person: string, opts: { json?: boolean }) => {
        const files = await withRuntime((runtime) => listRecordFiles(runtime.deps, OPERATOR, person));
        return succeeded(opts.json === true ? JSON.stringify({ items: files.map(({ blobKey: _k, createdBy: _c, personId: _p, ...f }) => f) }) : listing(files));
      }),
    );
  cmd
    .command('get')
    .argument('<person>', 'person id')
    .argument('<file-id>', "the file's id (files list shows it)")
    .description('Write one file, byte for byte as kept, to --out (default: its name, in the current directory)')
    .option('--out <path>', 'where to write it; an existing file is not overwritten')
    .addHelpText('after', EXIT_HELP)
    .action(
      commandAction(io, async (person: string, fileIdArg: string, opts: { out?: string }) => {
        const { id, fileId } = params(person, fileIdArg);
        const { file, bytes } = await withRuntime((runtime) => readRecordFile(runtime.deps, OPERATOR, id, fileId));
        const out = opts.out ?? file.fileName;
        try {
          await writeFile(out, bytes, { flag: 'wx' });
        } catch (e) {
          throw new BadInputError(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code === 'EEXIST' ? 'a file of that name is already there' : String(e)}`);
        }
        return succeeded(`Wrote ${file.fileName} (${String(bytes.length)} bytes) to ${out}`);
      }),
    );
  cmd
    .command('put')
    .argument('<person>', 'person id')
    .argument('<file>', 'a PDF, PNG or JPEG (told from its content), at most 5 MiB')
    .description('Keep a file on a record, for a CE activity (--title and --completed-on) or a credential held (--credential)')
    .option('--title <title>', "the CE activity's title, as on the record")
    .option('--completed-on <date>', 'the day the CE activity was completed (YYYY-MM-DD)')
    .option('--credential <code>', 'the credential the card is for, e.g. us-tx:mrt')
    .option('--name <name>', "the name to keep it under (default: the file's own name)")
    .option('--json', 'print the kept file as JSON')
    .addHelpText('after', EXIT_HELP)
    .action(
      commandAction(io, async (person: string, path: string, opts: { title?: string; completedOn?: string; credential?: string; name?: string; json?: boolean }) => {
        const section = opts.credential === undefined ? 'ce' : 'credentials';
        const query = parseOptions(
          recordFileUploadQuerySchema,
          { name: opts.name ?? basename(path), section, title: opts.title, completedOn: opts.completedOn, credential: opts.credential },
          { completedOn: '--completed-on', section: '--credential' },
        );
        const subject = parseOptions(recordFileSubjectSchema, section === 'ce' ? { section, title: query.title, completedOn: query.completedOn } : { section, credential: query.credential }, { completedOn: '--completed-on' });
        const bytes = await bytesOf(path);
        const kept = await withRuntime((runtime) => attachRecordFile(runtime.deps, OPERATOR, person, { subject, fileName: query.name, bytes }));
        return succeeded(opts.json === true ? JSON.stringify({ id: kept.id, fileName: kept.fileName, mediaType: kept.mediaType, size: kept.size }) : `Kept ${kept.fileName} (${String(kept.size)} bytes) as ${kept.id}, ${forWords(kept)}`);
      }, { file: 'FILE', title: '--title', completedOn: '--completed-on', credential: '--credential' }),
    );
  cmd
    .command('delete')
    .argument('<person>', 'person id')
    .argument('<file-id>', "the file's id")
    .description('Remove one file from a record')
    .addHelpText('after', EXIT_HELP)
    .action(
      commandAction(io, async (person: string, fileIdArg: string) => {
        const { id, fileId } = params(person, fileIdArg);
        await withRuntime((runtime) => deleteRecordFile(runtime.deps, OPERATOR, id, fileId));
        return succeeded(`Removed file ${fileId} from the record of person ${id}`);
      }),
    );
  return cmd;
}
