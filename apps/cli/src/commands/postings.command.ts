import { importPostings } from '@modality/app';
import { Command } from 'commander';
import { parseJsonText, readTextFile } from '../input/files.js';
import { csvReason, parsePostingCsv, parsePostingJson, type PostingFileRejection } from '../input/posting-file.js';
import { processIo, type Io } from '../io.js';
import { withRuntime } from '../open.js';
import { commandAction, refused, succeeded } from '../outcome.js';

/** What `postings import` did. */
export interface PostingImportSummary {
  readonly file: string;
  readonly rows: number;
  readonly inserted: number;
  readonly updated: number;
  readonly rejected: readonly PostingFileRejection[];
}

/** Reads, checks and imports a posting file (CSV or JSON, by its content) in one transaction: all rows or none. */
async function importPostingFile(file: string, organisation: string): Promise<PostingImportSummary> {
  const text = await readTextFile(file);
  const json = file.toLowerCase().endsWith('.json') || /^\s*\[/.test(text);
  const parsed = json ? parsePostingJson(parseJsonText(file, text)) : parsePostingCsv(text);
  if (parsed.rejected.length > 0) return { file, rows: parsed.rows, inserted: 0, updated: 0, rejected: parsed.rejected };
  const report = await withRuntime((runtime) => importPostings(runtime.deps, { organisation, items: parsed.postings }));
  const rejected = report.rejected.map((r) => ({ line: r.line, reasons: json ? r.reasons : r.reasons.map(csvReason) }));
  return { file, rows: parsed.rows, inserted: report.inserted, updated: report.updated, rejected };
}

/** `modality postings import FILE --organisation NAME [--json]`. */
export function postingsCommand(io: Io = processIo): Command {
  const cmd = new Command('postings').description('Job postings');
  cmd
    .command('import')
    .argument('<file>', 'postings as CSV (header: see --help) or JSON (an array of postings as the API takes them, each with a reference)')
    .requiredOption('--organisation <name>', 'the employer or staffing agency that posts them (its exact name, or its id)')
    .option('--json', 'print the report as JSON')
    .description("Import an organisation's postings in one transaction; a posting is keyed by its reference, so importing the file again updates the same postings")
    .addHelpText(
      'after',
      [
        '',
        'CSV header: reference,status,title,description,role,modality,employment_type,all_of,any_of,licence_jurisdictions,',
        '  min_years,shifts,start_from,start_to,sponsorship,address,radius_km,pay_min,pay_max,pay_unit,currency,valid_through',
        'Lists are separated by ";"; any_of groups by "|". Pay (pay_min, pay_max, pay_unit: hour, week, month or year) and valid_through are required.',
        'Every row is checked first: if any row is refused, nothing is imported and each refused row is listed by line with every reason.',
        'Exit codes: 0 all imported, 2 bad input (unreadable file, wrong header, unknown organisation, or refused rows).',
      ].join('\n'),
    )
    .action(
      commandAction(io, async (file: string, opts: { organisation: string; json?: boolean }) => {
        const report = await importPostingFile(file, opts.organisation);
        const stdout = opts.json ? JSON.stringify(report) : `Postings: ${report.rows} rows — ${report.inserted} added, ${report.updated} updated, ${report.rejected.length} refused`;
        if (report.rejected.length === 0) return succeeded(stdout);
        const n = report.rejected.length;
        return refused(`${n} row${n === 1 ? ' was' : 's were'} refused, so nothing was imported`, opts.json ? [] : report.rejected.map((r) => `line ${r.line}: ${r.reasons.join('; ')}`), stdout);
      }),
    );
  return cmd;
}
