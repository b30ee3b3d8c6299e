import { CommanderError } from 'commander';
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './exit.js';
import { failureText, isPlivoError } from './failure.js';
import type { CliIo } from './io.js';
import type { Outcome } from './outcome.js';
import { createProgram } from './program.js';

/**
 * Runs the CLI on `args` (without `node` and the script) and resolves with the exit status:
 * 0 success, 1 invalid input or a refused/failed API call, 2 a usage error. Never throws for
 * expected failures; an unexpected error is reported on one line with status 1.
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const outcome: Outcome = { exitCode: EXIT_OK };
  const program = createProgram(io, outcome);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return outcome.exitCode;
  } catch (error) {
    // Commander has already printed its message (or the help / version it was asked for).
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    if (error instanceof CliError) {
      io.err(`${io.errColour.red('error:')} ${error.message}\n`);
      if (error.exitCode === EXIT_USAGE) io.err('(add --help for usage)\n');
      return error.exitCode;
    }
    if (isPlivoError(error)) {
      io.err(`${failureText(error, io.errColour)}\n`);
      return EXIT_FAILURE;
    }
    io.err(`${io.errColour.red('error:')} ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}
