import { importPrograms, searchPrograms, type ProgramRow } from '@modality/app';
import { parseInput, PROGRAM_CSV_COLUMNS, programRowSchema, programSearchQuerySchema } from '@modality/contracts';
import { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { readTextFile } from '../input/files.js';
import { issueLines } from '../input/issue-lines.js';
import { parseOptions } from '../input/options.js';
import { processIo, type Io } from '../io.js';
import { withRuntime } from '../open.js';
import { BadInputError, commandAction, refused, succeeded } from '../outcome.js';

/** A CSV row that was not imported, by its line number in the file, with every reason. */
export interface RejectedRow {
  readonly line: number;
  readonly reasons: readonly string[];
}

export interface ProgramImportReport {
  readonly file: string;
  readonly rows: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: readonly RejectedRow[];
}

/** Parses and validates a program CSV: the valid rows as programs, the others with line numbers and reasons. */
export function parseProgramCsv(text: string): { programs: Array<{ line: number; program: ProgramRow }>; rejected: RejectedRow[]; rows: number } {
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse<{ record: Record<string, string>; info: { lines: number } }>(text, { columns: true, comment: '#', skip_empty_lines: true, trim: true, info: true, bom: true });
  } catch (e) {
    throw new BadInputError(`not a readable CSV: ${(e as Error).message}`);
  }
  const first = records[0]?.record;
  if (first !== undefined) {
    const missing = PROGRAM_CSV_COLUMNS.filter((c) => !(c in first));
    const extra = Object.keys(first).filter((c) => !(PROGRAM_CSV_COLUMNS as readonly string[]).includes(c));
    if (missing.length > 0 || extra.length > 0) {
      throw new BadInputError('the CSV header is not the program-directory header', [
        ...(missing.length > 0 ? [`missing columns: ${missing.join(', ')}`] : []),
        ...(extra.length > 0 ? [`unknown columns: ${extra.join(', ')}`] : []),
        `expected: ${PROGRAM_CSV_COLUMNS.join(',')}`,
      ]);
    }
  }
  const programs: Array<{ line: number; program: ProgramRow }> = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines;
    const parsed = parseInput(programRowSchema, record);
    if (!parsed.ok) {
      rejected.push({ line, reasons: issueLines(parsed.error, record) });
      continue;
    }
    const r = parsed.value;
    const id = `${r.accreditor}:${r.accreditor_program_id}`;
    const dup = seen.get(id);
    if (dup !== undefined) {
      rejected.push({ line, reasons: [`accreditor_program_id: ${id} is also on line ${dup}`] });
      continue;
    }
    seen.set(id, line);
    programs.push({
      line,
      program: {
        id,
        accreditor: r.accreditor,
        accreditorProgramId: r.accreditor_program_id,
        name: r.name,
        institution: r.institution,
        discipline: r.discipline,
        award: r.award,
        jurisdiction: r.jurisdiction,
        city: r.city,
        lengthMonths: r.length_months,
        url: r.url,
        demo: r.demo,
        comment: r.comment,
        outcome: null,
      },
    });
  }
  return { programs, rejected, rows: records.length };
}

/** Imports the valid programs of a CSV in one transaction, with a progress bar on a terminal. */
async function importProgramFile(file: string, json: boolean): Promise<ProgramImportReport> {
  const { programs, rejected, rows } = parseProgramCsv(await readTextFile(file));
  const bar = process.stderr.isTTY && !json ? new SingleBar({ format: 'programs [{bar}] {value}/{total}', stream: process.stderr, clearOnComplete: true }) : undefined;
  bar?.start(programs.length, 0);
  try {
    const counts = await withRuntime((runtime) => importPrograms(runtime.deps, { programs: programs.map((p) => p.program) }, (done) => bar?.update(done)));
    return { file, rows, ...counts, rejected };
  } finally {
    bar?.stop();
  }
}

/** Adds `import programs FILE` to the `import` command group. */
export function withProgramsImport(importCmd: Command, io: Io = processIo): Command {
  importCmd
    .command('programs')
    .argument('<file>', `program directory CSV (header: ${PROGRAM_CSV_COLUMNS.join(',')}; lines starting with # are comments)`)
    .description('Import a program directory CSV in one transaction; importing the same file again changes nothing')
    .option('--json', 'print the report as JSON')
    .addHelpText('after', '\nValid rows are imported; rejected rows are listed by line number with every reason.\nExit codes: 0 every row imported (or unchanged), 2 bad input (unreadable file, wrong header, or rejected rows).')
    .action(
      commandAction(io, async (file: string, opts: { json?: boolean }) => {
        const report = await importProgramFile(file, opts.json === true);
        const stdout = opts.json
          ? JSON.stringify(report)
          : `Programs: ${report.rows} rows — ${report.inserted} inserted, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected.length} rejected`;
        if (report.rejected.length === 0) return succeeded(stdout);
        const n = report.rejected.length;
        return refused(`${n} row${n === 1 ? ' was' : 's were'} rejected (the other rows were imported)`, opts.json ? [] : report.rejected.map((r) => `line ${r.line}: ${r.reasons.join('; ')}`), stdout);
      }),
    );
  return importCmd;
}

/** The search options as the contract names them. */
const SEARCH_OPTION_NAMES = { jurisdiction: '--in' } as const;

/** `modality programs search [--discipline …] [--award …] [--in …] [--accreditor …] [--limit N] [--json]`. */
export function programsCommand(io: Io = processIo): Command {
  const cmd = new Command('programs').description('The program directory');
  cmd
    .command('search')
    .description('Search programs by discipline, award, jurisdiction and accreditor')
    .option('--discipline <discipline>', 'radiography, sonography, nuclear-medicine, radiation-therapy, mri …')
    .option('--award <award>', 'certificate, associate, bachelor, master')
    .option('--in <jurisdiction>', 'us-xx, gb, ie, au or ca-xx')
    .option('--accreditor <accreditor>', 'jrcert, caahep, jrcnmt, camrt, hcpc …')
    .option('--limit <n>', 'at most this many', '50')
    .option('--json', 'print the programs as JSON')
    .action(
      commandAction(io, async (opts: { discipline?: string; award?: string; in?: string; accreditor?: string; limit: string; json?: boolean }) => {
        const search = parseOptions(programSearchQuerySchema, { discipline: opts.discipline, award: opts.award, jurisdiction: opts.in, accreditor: opts.accreditor, limit: opts.limit }, SEARCH_OPTION_NAMES);
        const { items } = await withRuntime((runtime) => searchPrograms(runtime.deps, search));
        if (opts.json) return succeeded(JSON.stringify({ items }));
        if (items.length === 0) return succeeded('No programs match.');
        return succeeded(items.map((p) => `${p.id}  ${p.name} — ${p.institution} (${p.discipline}, ${p.award}, ${p.jurisdiction})${p.demo ? '  [DEMO]' : ''}`).join('\n'));
      }),
    );
  return cmd;
}
