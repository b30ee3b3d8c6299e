import { CommanderError } from 'commander';
import { CliError, EXIT_MAYBE_SENT, EXIT_NOT_SENT, EXIT_OK, EXIT_USAGE } from './exit.js';
import { exitCodeOf, failureJson, failureText, isPlivoError } from './failure.js';
import { withColour, type CliIo, type CliStreams } from './io.js';
import { toJsonLine, type Outcome } from './outcome.js';
import { createProgram } from './program.js';
import { COLOUR_MODES, type ColourMode } from './style.js';

/** The arguments before `--`, the only ones that can be flags. */
const flagsOf = (args: readonly string[]): readonly string[] => {
  const end = args.indexOf('--');
  return end < 0 ? args : args.slice(0, end);
};

/**
 * The `--color` mode, read before commander parses: the palettes must exist before the first line
 * is printed, parse errors included. An unknown value is left to commander to refuse.
 */
export function colourModeOf(args: readonly string[]): ColourMode {
  let mode: ColourMode = 'auto';
  const flags = flagsOf(args);
  flags.forEach((arg, index) => {
    const value = arg.startsWith('--color=') ? arg.slice('--color='.length) : arg === '--color' ? flags[index + 1] : undefined;
    if ((COLOUR_MODES as readonly string[]).includes(value ?? '')) mode = value as ColourMode;
  });
  return mode;
}

function usageJson(message: string): string {
  return toJsonLine({ ok: false, exitCode: EXIT_USAGE, error: { name: 'UsageError', message, maybeSent: false } });
}

/**
 * Runs the CLI on `args` (without `node` and the script) and resolves with the exit status:
 * 0 success, 1 not sent, 2 a usage error, 3 may have been sent. Never throws for expected
 * failures; an unexpected error is reported on one line with status 1 (3 once sending had begun). With `--json`, usage errors
 * are reported as JSON on stdout too.
 */
export async function runCli(args: readonly string[], streams: CliStreams): Promise<number> {
  const io: CliIo = withColour(streams, colourModeOf(args));
  const json = flagsOf(args).includes('--json');
  const outcome: Outcome = { exitCode: EXIT_OK };
  const program = createProgram(io, outcome);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return outcome.exitCode;
  } catch (error) {
    // Commander has already printed its message (or the help / version it was asked for).
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT_OK;
      if (json) io.out(usageJson(error.message.replace(/^error: /, '')));
      return EXIT_USAGE;
    }
    if (error instanceof CliError) {
      io.err(`${io.errColour.red('error:')} ${error.message}\n`);
      if (error.exitCode === EXIT_USAGE) io.err('(add --help for usage)\n');
      if (json) io.out(error.exitCode === EXIT_USAGE ? usageJson(error.message) : toJsonLine(failureJson(error)));
      return error.exitCode;
    }
    if (isPlivoError(error)) {
      io.err(`${failureText(error, io.errColour)}\n`);
      if (json) io.out(toJsonLine(failureJson(error)));
      return exitCodeOf(error);
    }
    io.err(`${io.errColour.red('error:')} ${error instanceof Error ? error.message : String(error)}\n`);
    // Nothing says what an unexpected failure left behind once sending had begun.
    return outcome.sending ? EXIT_MAYBE_SENT : EXIT_NOT_SENT;
  }
}
