import { readFile } from 'node:fs/promises';
import type { ProgramRow } from '@modality/app';
import { PROGRAM_CSV_COLUMNS, programRowSchema, programSearchQuerySchema, toFieldIssues } from '@modality/contracts';
import { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { BadInputError, EXIT_BAD_INPUT, processIo, type Io } from '../cli-error.js';
import { openForCommand } from '../open.js';

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
    const parsed = programRowSchema.safeParse(record);
    if (!parsed.success) {
      rejected.push({ line, reasons: toFieldIssues(parsed.error.issues).map((i) => `${i.path}: ${i.message}`) });
      continue;
    }
    const r = parsed.data;
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
      },
    });
  }
  return { programs, rejected, rows: records.length };
}

/** Adds `import programs FILE` to the `import` command group. */
export function withProgramsImport(importCmd: Command, io: Io = processIo): Command {
  importCmd
    .command('programs')
    .argument('<file>', `program directory CSV (header: ${PROGRAM_CSV_COLUMNS.join(',')}; lines starting with # are comments)`)
    .description('Import a program directory CSV in one transaction; importing the same file again changes nothing')
    .option('--json', 'print the report as JSON')
    .addHelpText('after', '\nValid rows are imported; rejected rows are listed by line number with every reason.\nExit codes: 0 every row imported (or unchanged), 2 bad input (unreadable file, wrong header, or rejected rows).')
    .action(async (file: string, opts: { json?: boolean }) => {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (e) {
        throw new BadInputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      }
      const { programs, rejected, rows } = parseProgramCsv(text);
      const runtime = await openForCommand();
      const counts = { inserted: 0, updated: 0, unchanged: 0 };
      const bar = process.stderr.isTTY && !opts.json ? new SingleBar({ format: 'programs [{bar}] {value}/{total}', stream: process.stderr, clearOnComplete: true }) : undefined;
      try {
        bar?.start(programs.length, 0);
        const at = runtime.deps.clock.now().toISOString();
        await runtime.deps.store.transaction(async (tx) => {
          for (const { program } of programs) {
            counts[await tx.programs.upsert(program, at)]++;
            bar?.increment();
          }
        });
      } finally {
        bar?.stop();
        await runtime.close();
      }
      const report: ProgramImportReport = { file, rows, ...counts, rejected };
      if (opts.json) io.out(JSON.stringify(report));
      else {
        io.out(`Programs: ${rows} rows — ${counts.inserted} inserted, ${counts.updated} updated, ${counts.unchanged} unchanged, ${rejected.length} rejected`);
        for (const r of rejected) io.err(`  line ${r.line}: ${r.reasons.join('; ')}`);
      }
      if (rejected.length > 0) process.exitCode = EXIT_BAD_INPUT;
    });
  return importCmd;
}

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
    .action(async (opts: { discipline?: string; award?: string; in?: string; accreditor?: string; limit: string; json?: boolean }) => {
      const q = programSearchQuerySchema.safeParse({
        ...(opts.discipline === undefined ? {} : { discipline: opts.discipline }),
        ...(opts.award === undefined ? {} : { award: opts.award }),
        ...(opts.in === undefined ? {} : { jurisdiction: opts.in }),
        ...(opts.accreditor === undefined ? {} : { accreditor: opts.accreditor }),
        limit: opts.limit,
      });
      if (!q.success) throw new BadInputError('bad search options', toFieldIssues(q.error.issues).map((i) => `--${i.path === 'jurisdiction' ? 'in' : i.path}: ${i.message}`));
      const { limit, discipline, award, jurisdiction, accreditor } = q.data;
      const filter = {
        ...(discipline === undefined ? {} : { discipline }),
        ...(award === undefined ? {} : { award }),
        ...(jurisdiction === undefined ? {} : { jurisdiction }),
        ...(accreditor === undefined ? {} : { accreditor }),
      };
      const runtime = await openForCommand();
      try {
        const items = await runtime.deps.store.programs.search(filter, { limit });
        if (opts.json) io.out(JSON.stringify({ items }));
        else if (items.length === 0) io.out('No programs match.');
        else for (const p of items) io.out(`${p.id}  ${p.name} — ${p.institution} (${p.discipline}, ${p.award}, ${p.jurisdiction})${p.demo ? '  [DEMO]' : ''}`);
      } finally {
        await runtime.close();
      }
    });
  return cmd;
}
