import { Command, Option } from 'commander';
import { VERSION } from '../version.js';
import { registerCampaign } from './campaign.js';
import { EXIT_CODES_HELP, usageError } from './exit.js';
import type { CliIo } from './io.js';
import { registerMock } from './mock.js';
import type { Outcome } from './outcome.js';
import { registerSegments } from './segments.js';
import { registerSend } from './send.js';
import { registerSimulate } from './simulate.js';
import { COLOUR_MODES } from './style.js';
import { registerValidate } from './validate.js';

/** `--color`, accepted by every command; its value is read before parsing (see runCli), commander checks it. */
const colourOption = () => new Option('--color <when>', 'colour the output: auto (terminal, NO_COLOR, FORCE_COLOR), always or never').choices(COLOUR_MODES).default('auto');

/** `help [command]`: the help of one command, and an error naming a command that does not exist. */
function registerHelp(program: Command, io: CliIo): void {
  program
    .command('help')
    .summary('show help for a command')
    .description('Show the help of the program, or of one command.')
    .argument('[command]', 'the command to explain')
    .action((name: string | undefined) => {
      if (name === undefined) return void program.outputHelp();
      const command = program.commands.find((candidate) => candidate.name() === name || candidate.aliases().includes(name));
      if (command === undefined || command.name() === 'help') {
        const names = program.commands.map((candidate) => candidate.name()).filter((candidate) => candidate !== 'help');
        throw usageError(`unknown command '${name}' (commands: ${names.join(', ')})`);
      }
      io.out(command.helpInformation());
    });
}

/**
 * Builds the `plivo-message` command tree. Commander is told to throw instead of exiting so the
 * caller decides the exit status (2 for usage errors) and child processes get stopped first.
 * Descriptions are single paragraphs: commander wraps them to the terminal's width.
 */
export function createProgram(io: CliIo, outcome: Outcome): Command {
  const width = () => io.columns ?? 80;
  const program = new Command('plivo-message')
    .description('Send and check Plivo messages (SMS, MMS, WhatsApp) from the command line, to one number or thousands, against Plivo or a local mock.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .helpCommand(false)
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      getOutHelpWidth: width,
      getErrHelpWidth: width,
      outputError: (text, write) => write(io.errColour.red(text)),
    })
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .addHelpText(
      'after',
      [
        '',
        'Environment: PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN, the credentials (only `send`',
        'without --dry-run uses them); PLIVO_BASE_URL, the API origin (default',
        'https://api.plivo.com); NO_COLOR and FORCE_COLOR, as --color auto reads them.',
        '',
        EXIT_CODES_HELP,
      ].join('\n'),
    );
  // Subcommands created with .command() inherit the output and exit settings above.
  registerSend(program, io, outcome);
  registerValidate(program, io, outcome);
  registerSegments(program, io, outcome);
  registerMock(program, io, outcome);
  registerSimulate(program, io, outcome);
  registerCampaign(program, io, outcome);
  registerHelp(program, io);
  for (const command of [program, ...program.commands]) command.addOption(colourOption());
  return program;
}
