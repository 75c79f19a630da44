import type { CalendarDate, PersonRecord } from '@modality/domain';
import { findCredential } from '@modality/knowledge';
import { deadlinesToIcs, evaluate } from '@modality/rules';
import { Command } from 'commander';
import { processIo, type Io } from '../cli-error.js';
import { CHECK_EXIT, emit, parseCheckInput, readText, todayLocal, type CommandOutcome } from './check.command.js';

/** One dated deadline, flattened from a verdict. */
export interface DeadlineRow {
  readonly due: CalendarDate;
  readonly credential: string;
  readonly kind: string;
  readonly status: string;
}

/**
 * Runs `deadlines` on validated input: an iCalendar document (`ics`), the rows as JSON (`json`), or a
 * readable list in date order. `dtstamp` (a UTC instant) is taken at the edge.
 */
export function runDeadlines(input: {
  readonly record: PersonRecord;
  readonly asOf: CalendarDate;
  readonly ics: boolean;
  readonly json: boolean;
  readonly dtstamp: string;
  readonly uidDomain: string;
}): CommandOutcome {
  const verdict = evaluate(input.record, input.asOf);
  if (input.ics) {
    return { exitCode: CHECK_EXIT.ok, stdout: deadlinesToIcs(verdict, { dtstamp: input.dtstamp, uidDomain: input.uidDomain, personName: input.record.person.name }), stderr: '' };
  }
  const rows: DeadlineRow[] = verdict.compliance
    .flatMap((c) => c.deadlines.map((d) => ({ due: d.due, credential: c.credential, kind: d.kind, status: c.status })))
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.credential < b.credential ? -1 : 1));
  if (input.json) return { exitCode: CHECK_EXIT.ok, stdout: JSON.stringify({ asOf: verdict.asOf, deadlines: rows }, null, 2), stderr: '' };
  const lines = [`Deadlines for ${input.record.person.name} from ${verdict.asOf}`];
  if (rows.length === 0) lines.push('  (none)');
  for (const r of rows) lines.push(`  ${r.due}  ${r.kind.padEnd(20)} ${r.credential} — ${findCredential(r.credential)?.name ?? r.credential} (${r.status})`);
  return { exitCode: CHECK_EXIT.ok, stdout: lines.join('\n'), stderr: '' };
}

/** `modality deadlines RECORD [--as-of DATE] [--ics] [--json]`. */
export function deadlinesCommand(io: Io = processIo): Command {
  return new Command('deadlines')
    .argument('<record>', 'a person record (JSON, format modality/person-record@1)')
    .description('List the coming deadlines (renewal, probation end, CQR, reinstatement), or print them as iCalendar')
    .option('--as-of <date>', 'list deadlines from this day, YYYY-MM-DD (default: today)')
    .option('--ics', 'print an iCalendar (RFC 5545) document: one all-day event per deadline')
    .option('--json', 'print the deadlines as JSON')
    .option('--uid-domain <domain>', 'domain of the event UIDs in --ics output', 'modality.local')
    .addHelpText('after', '\nExit codes: 0 ok; 2 bad input (unreadable file, invalid JSON, invalid record — every bad field is named — or bad --as-of).')
    .action(async (file: string, opts: { asOf?: string; ics?: boolean; json?: boolean; uidDomain: string }) => {
      const parsed = parseCheckInput(await readText(file), opts.asOf === undefined ? {} : { asOf: opts.asOf }, todayLocal());
      if (!parsed.ok) {
        emit(io, { exitCode: CHECK_EXIT.badInput, stdout: '', stderr: parsed.problems.map((p) => `error: ${p}`).join('\n') });
        return;
      }
      emit(io, runDeadlines({ record: parsed.record, asOf: parsed.asOf, ics: opts.ics === true, json: opts.json === true, dtstamp: new Date().toISOString(), uidDomain: opts.uidDomain }));
    });
}
