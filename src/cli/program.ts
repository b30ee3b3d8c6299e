import { Command } from 'commander';
import { VERSION } from '../version.js';
import type { CliIo } from './io.js';
import { registerMock } from './mock.js';
import type { Outcome } from './outcome.js';
import { registerSegments } from './segments.js';
import { registerSend } from './send.js';
import { registerValidate } from './validate.js';

/**
 * Builds the `plivo-message` command tree. Commander is told to throw instead of exiting so the
 * caller decides the exit status (2 for usage errors) and child processes get stopped first.
 */
export function createProgram(io: CliIo, outcome: Outcome): Command {
  const program = new Command('plivo-message')
    .description('Send and check Plivo messages (SMS, MMS, WhatsApp) from the command line, against Plivo or a local mock.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      outputError: (text, write) => write(io.errColour.red(text)),
    })
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', '\nCredentials: PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN (only `send` without --dry-run uses them).');
  // Subcommands created with .command() inherit the output and exit settings above.
  registerSend(program, io, outcome);
  registerValidate(program, io, outcome);
  registerSegments(program, io, outcome);
  registerMock(program, io, outcome);
  return program;
}
