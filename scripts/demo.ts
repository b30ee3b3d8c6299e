import { Command, CommanderError } from 'commander';
import { CliError, EXIT_FAILURE, EXIT_USAGE, usageError } from '../src/cli/exit.js';
import { failureText } from '../src/cli/failure.js';
import { runLiveDemo } from './demo/live.js';
import { runMockDemo } from './demo/mock-demo.js';
import { createPrinter } from './demo/printer.js';
import { showSimulator } from './demo/simulator.js';

interface DemoOptions {
  live?: boolean;
  src?: string;
  dst?: string;
  text: string;
}

const program = new Command('npm run demo --')
  .description('Show the package working end to end against a local Prism mock; with --live, send one real SMS instead.')
  .option('--live', 'send ONE real SMS through api.plivo.com (needs PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN, --src and --dst)')
  .option('--src <sender>', 'with --live: your Plivo number (or sender ID) to send from')
  .option('--dst <number>', 'with --live: the number to send to, with country code')
  .option('--text <text>', 'with --live: the message', 'Hello from plivo-message-openapi')
  .exitOverride()
  .showHelpAfterError('(add --help for usage)');

async function main(): Promise<number> {
  try {
    program.parse(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
    throw error;
  }
  const options = program.opts<DemoOptions>();
  const print = createPrinter();
  try {
    if (!options.live) {
      if (options.src !== undefined || options.dst !== undefined) throw usageError('--src and --dst only apply with --live');
      const exitCode = (await runMockDemo(print)) || (await showSimulator(print));
      if (exitCode === 0) {
        print.line();
        print.line(print.colour.dim('Next: npm test, npm run docs, and the plivo-message CLI (README, "CLI").'));
      }
      return exitCode;
    }
    if (options.src === undefined || options.dst === undefined) throw usageError('--live needs --src <your Plivo number> and --dst <destination>');
    return await runLiveDemo({ src: options.src, dst: options.dst, text: options.text }, print);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`error: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`${failureText(error, print.colour)}\n`);
    return EXIT_FAILURE;
  }
}

process.exitCode = await main();
