import { CommanderError, type Command } from 'commander';
import { processIo } from './io.js';
import { EXIT, emit, outcomeOfError } from './outcome.js';
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
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
  } else {
    // Every command maps its own failures; only a bug gets here, and is rethrown with its stack.
    emit(processIo, outcomeOfError(error));
  }
}
