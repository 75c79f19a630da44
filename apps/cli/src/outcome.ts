import { DomainError, ValidationError, type FieldIssue } from '@modality/domain';
import { issueLine } from './input/issue-lines.js';
import type { Io } from './io.js';

/** The exit codes of every command: 0 ok, 1 a domain failure (e.g. not eligible when asked to assert), 2 bad input. */
export const EXIT = { ok: 0, domainFailure: 1, badInput: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** What a command run produced. Commands return it (or throw); {@link emit} prints it and sets the exit code. */
export interface CommandOutcome {
  readonly exitCode: ExitCode;
  readonly stdout: string;
  readonly stderr: string;
}

/** Done: the output, and a note for stderr when there is something to say beside it. */
export function succeeded(stdout: string, note = ''): CommandOutcome {
  return { exitCode: EXIT.ok, stdout, stderr: note };
}

/** Ran, but the answer is "no" where the command was asked to assert (exit 1): the output, and why. */
export function failed(stdout: string, reason: string): CommandOutcome {
  return { exitCode: EXIT.domainFailure, stdout, stderr: reason };
}

/** Bad input (exit 2): `error: message`, then one indented line per problem; `stdout` keeps a partial report. */
export function refused(message: string, details: readonly string[] = [], stdout = ''): CommandOutcome {
  return { exitCode: EXIT.badInput, stdout, stderr: [`error: ${message}`, ...details.map((d) => `  ${d}`)].join('\n') };
}

/** What the user typed or gave (a file, an option) cannot be used; every line names the input and quotes the value. */
export class BadInputError extends Error {
  readonly details: readonly string[];
  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.details = details;
  }
}

/** Names a use case's field as the option it came from (`target` → `--target`); other fields keep their path. */
export type FieldNames = Readonly<Record<string, string>>;

const fieldLine = (issue: FieldIssue, names: FieldNames): string => issueLine(names[issue.path] ?? issue.path, issue.message);

/**
 * The one mapping of failures to exit codes: bad input (a {@link BadInputError}, a `ValidationError`, an id
 * that names nothing) is 2, any other domain error 1. Anything else is a bug and is rethrown.
 */
export function outcomeOfError(error: unknown, names: FieldNames = {}): CommandOutcome {
  if (error instanceof BadInputError) return refused(error.message, error.details);
  if (error instanceof ValidationError) return refused(error.message, error.issues.map((i) => fieldLine(i, names)));
  if (error instanceof DomainError) {
    return error.code === 'not_found' ? refused(error.message) : { exitCode: EXIT.domainFailure, stdout: '', stderr: `error: ${error.message}` };
  }
  throw error;
}

/** Prints an outcome and sets the process's exit code. */
export function emit(io: Io, outcome: CommandOutcome): void {
  if (outcome.stdout !== '') io.out(outcome.stdout);
  if (outcome.stderr !== '') io.err(outcome.stderr);
  process.exitCode = outcome.exitCode;
}

/**
 * A commander action that runs a command and emits its outcome, or the outcome of what it threw.
 *
 * @example
 * new Command('check').action(commandAction(io, async (file: string) => succeeded(await check(file))))
 */
export function commandAction<A extends unknown[]>(io: Io, run: (...args: A) => Promise<CommandOutcome>, names: FieldNames = {}): (...args: A) => Promise<void> {
  return async (...args) => {
    let outcome: CommandOutcome;
    try {
      outcome = await run(...args);
    } catch (error) {
      outcome = outcomeOfError(error, names);
    }
    emit(io, outcome);
  };
}
