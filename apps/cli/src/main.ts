import { processIo, reportError } from './cli-error.js';
import { buildProgram } from './program.js';

const program = buildProgram().exitOverride((err) => {
  // commander's own usage errors (unknown option, missing argument) are bad input.
  process.exitCode = err.exitCode === 0 ? 0 : 2;
  throw err;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('commander.')) {
    // already printed by commander
  } else {
    process.exitCode = reportError(error, processIo);
  }
}
