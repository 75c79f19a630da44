import { recordDeadlines, recordDeadlinesCalendar, type Deps } from '@modality/app';
import type { CalendarDate, PersonRecord } from '@modality/domain';
import { systemClock } from '@modality/runtime';
import { Command } from 'commander';
import { processIo, type Io } from '../io.js';
import { commandAction, succeeded, type CommandOutcome } from '../outcome.js';
import { todayLocal } from '../today.js';
import { parseCheckInput, readRecordText, refusedInput } from './check.command.js';

/**
 * Runs `deadlines` on validated input: an iCalendar document (`ics`, stamped with the clock's instant), the
 * rows as JSON (`json`), or a readable list in date order.
 */
export function runDeadlines(
  deps: Pick<Deps, 'clock'>,
  input: { readonly record: PersonRecord; readonly asOf: CalendarDate; readonly ics: boolean; readonly json: boolean; readonly uidDomain: string },
): CommandOutcome {
  if (input.ics) return succeeded(recordDeadlinesCalendar(deps, input));
  const list = recordDeadlines(deps, input);
  if (input.json) {
    const deadlines = list.rows.map((r) => ({ due: r.due, credential: r.credential, kind: r.kind, status: r.status }));
    return succeeded(JSON.stringify({ asOf: list.asOf, deadlines }, null, 2));
  }
  const lines = [`Deadlines for ${list.personName} from ${list.asOf}`];
  if (list.rows.length === 0) lines.push('  (none)');
  for (const r of list.rows) lines.push(`  ${r.due}  ${r.kind.padEnd(20)} ${r.credential} — ${r.credentialName} (${r.status})`);
  return succeeded(lines.join('\n'));
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
    .action(
      commandAction(io, async (file: string, opts: { asOf?: string; ics?: boolean; json?: boolean; uidDomain: string }) => {
        const parsed = parseCheckInput(await readRecordText(file), opts.asOf === undefined ? {} : { asOf: opts.asOf }, todayLocal());
        if (!parsed.ok) return refusedInput(file, parsed.problems);
        return runDeadlines({ clock: systemClock }, { record: parsed.record, asOf: parsed.asOf, ics: opts.ics === true, json: opts.json === true, uidDomain: opts.uidDomain });
      }),
    );
}
