import { checkRecord, type Deps } from '@modality/app';
import { parseInput, parsePersonRecord, verdictQuerySchema } from '@modality/contracts';
import type { CalendarDate, PersonRecord } from '@modality/domain';
import { systemClock } from '@modality/runtime';
import { Command } from 'commander';
import { readTextFile } from '../input/files.js';
import { issueLines } from '../input/issue-lines.js';
import { given, optionIssueLines } from '../input/options.js';
import { processIo, type Io } from '../io.js';
import { BadInputError, commandAction, failed, refused, succeeded, type CommandOutcome } from '../outcome.js';
import { todayLocal } from '../today.js';
import { formatVerdict } from './verdict-text.js';

export { formatVerdict } from './verdict-text.js';

/** The options of `check` and `deadlines` as the use cases name them. */
const OPTION_NAMES = { asOf: '--as-of', target: '--target' } as const;

/** A validated `check` run: the record, the day, and the credential to assert, if any. */
export interface CheckInput {
  readonly record: PersonRecord;
  readonly asOf: CalendarDate;
  readonly target?: string;
}

/**
 * Validates the options and the record text together with the contracts, so that every bad input is named
 * at once: `--as-of` must be a real date, `--target` a catalogue code, the text JSON, the JSON a valid
 * record. Each problem quotes the refused value.
 */
export function parseCheckInput(
  text: string | { readonly unreadable: string },
  opts: { readonly asOf?: string; readonly target?: string },
  today: CalendarDate,
): ({ ok: true } & CheckInput) | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const options = given({ asOf: opts.asOf, target: opts.target });
  const query = parseInput(verdictQuerySchema, options);
  if (!query.ok) problems.push(...optionIssueLines(query.error, options, OPTION_NAMES));
  let record: PersonRecord | undefined;
  if (typeof text !== 'string') problems.push(text.unreadable);
  else {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      problems.push(`the record is not valid JSON: ${(e as Error).message}`);
    }
    if (json !== undefined) {
      const parsed = parsePersonRecord(json);
      if (parsed.ok) record = parsed.value;
      else problems.push(...issueLines(parsed.error, json, 'record '));
    }
  }
  if (!query.ok || record === undefined || problems.length > 0) return { ok: false, problems };
  const { asOf, target } = query.value;
  return { ok: true, record, asOf: asOf ?? today, ...(target === undefined ? {} : { target }) };
}

/** Reads the record file, keeping an unreadable file as one more problem to report with the others. */
export async function readRecordText(file: string): Promise<string | { unreadable: string }> {
  try {
    return await readTextFile(file);
  } catch (e) {
    if (e instanceof BadInputError) return { unreadable: e.message };
    throw e;
  }
}

/**
 * Runs `check` on validated input. Exit code 1 only when `--target` asks to assert eligibility and it
 * cannot be asserted: the person is not eligible, or no eligibility rules are encoded for the target.
 * Holding the target already is success.
 */
export function runCheck(deps: Pick<Deps, 'clock'>, input: CheckInput & { readonly json: boolean }): CommandOutcome {
  const check = checkRecord(deps, input);
  const stdout = input.json ? JSON.stringify(check.verdict, null, 2) : formatVerdict(check, input.record.person.name);
  if (check.target === undefined) return succeeded(stdout);
  const { assertion } = check.target;
  // The person reads the credential's name; the code they typed is in the command line already.
  const code = check.names[check.target.code] ?? check.target.code;
  switch (assertion.outcome) {
    case 'held':
      return succeeded(stdout, `${code} is already held.`);
    case 'eligible':
      return succeeded(stdout);
    case 'lapsed':
      return failed(stdout, `${code} is held but lapsed or retired`);
    case 'no-rules':
      return failed(stdout, `no eligibility rules are encoded for ${code}, so eligibility cannot be asserted`);
    case 'not-eligible':
      return failed(stdout, `not eligible for ${code}: ${assertion.missing} requirement(s) missing`);
  }
}

/** Refuses a `check` or `deadlines` run with every problem found. */
export const refusedInput = (file: string, problems: readonly string[]): CommandOutcome =>
  refused(`cannot check ${file} (${problems.length} problem${problems.length === 1 ? '' : 's'})`, problems);

/**
 * `modality check RECORD [--as-of DATE] [--target CREDENTIAL] [--json]`: compliance of every credential
 * held and eligibility for further ones, from a person-record file.
 */
export function checkCommand(io: Io = processIo): Command {
  return new Command('check')
    .argument('<record>', 'a person record (JSON, format modality/person-record@1)')
    .description('Check compliance (CE/CPD cycles, renewal, deadlines) and eligibility for further credentials, grouped by what is missing, each source listed once')
    .option('--as-of <date>', 'the day to evaluate on, YYYY-MM-DD (default: today)')
    .option('--target <credential>', 'judge eligibility for this credential only (e.g. arrt:CT) and assert it')
    .option('--json', 'print the verdict JSON of the contract')
    .addHelpText(
      'after',
      [
        '',
        'Exit codes:',
        '  0  ok (without --target, whatever the verdict; with --target, eligible or already held)',
        '  1  --target given and eligibility cannot be asserted: not eligible, or no encoded eligibility rules for it',
        '  2  bad input: unreadable file, invalid JSON, invalid record (every bad field is named), bad --as-of, unknown --target',
      ].join('\n'),
    )
    .action(
      commandAction(io, async (file: string, opts: { asOf?: string; target?: string; json?: boolean }) => {
        const parsed = parseCheckInput(await readRecordText(file), opts, todayLocal());
        if (!parsed.ok) return refusedInput(file, parsed.problems);
        return runCheck({ clock: systemClock }, { record: parsed.record, asOf: parsed.asOf, json: opts.json === true, ...(parsed.target === undefined ? {} : { target: parsed.target }) });
      }),
    );
}
