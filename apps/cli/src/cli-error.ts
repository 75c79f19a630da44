import { DomainError, ValidationError } from '@modality/domain';

/** Exit codes of DESIGN.md §7. */
export const EXIT_OK = 0;
export const EXIT_DOMAIN_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

/** A problem with what the user typed or gave us (file, argument): printed and exit 2. */
export class BadInputError extends Error {
  readonly details: readonly string[];
  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.details = details;
  }
}

/** Where the process writes; commands take it so tests can capture output in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};

/**
 * Prints an error the way a person reads it and returns the exit code: bad input (a bad file, an invalid
 * record, an id that names nothing) is 2, any other domain failure 1; anything unexpected is rethrown.
 */
export function reportError(error: unknown, io: Io): number {
  if (error instanceof BadInputError) {
    io.err(`error: ${error.message}`);
    for (const d of error.details) io.err(`  ${d}`);
    return EXIT_BAD_INPUT;
  }
  if (error instanceof ValidationError) {
    io.err(`error: ${error.message}`);
    for (const i of error.issues) io.err(`  ${i.path}: ${i.message}`);
    return EXIT_BAD_INPUT;
  }
  if (error instanceof DomainError) {
    io.err(`error: ${error.message}`);
    return error.code === 'not_found' ? EXIT_BAD_INPUT : EXIT_DOMAIN_FAILURE;
  }
  throw error;
}
