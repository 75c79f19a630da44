import { CommanderError, type Command } from 'commander';
import { EXIT_BAD_INPUT, processIo, reportError } from './cli-error.js';
import { buildProgram } from './program.js';

/** commander's exit override is per command, so set it on the whole tree. */
function throwInsteadOfExit(cmd: Command): void {
  cmd.exitOverride();
  for (const sub of cmd.commands) throwInsteadOfExit(sub);
}

const program = buildProgram();
throwInsteadOfExit(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // commander already printed help, the version, or the usage error; a usage error is bad input.
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
  } else {
    process.exitCode = reportError(error, processIo);
  }
}
