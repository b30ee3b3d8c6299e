import { InvalidArgumentError, type Command } from 'commander';
import { startMockServer } from '../node/mock-server.js';
import { EXIT_FAILURE, EXIT_OK } from './exit.js';
import type { CliIo } from './io.js';
import { isRunning, killOnExit, onStopSignal, type StopSignal } from './lifecycle.js';
import type { Outcome } from './outcome.js';

/** Options of `plivo-message mock`. */
export interface MockOptions {
  port: number;
  host: string;
  dynamic?: boolean;
}

/** Parses a TCP port for commander; 0 asks the OS for a free one. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new InvalidArgumentError('must be a port number from 0 to 65535');
  return port;
}

/**
 * Runs `mock`: starts Prism on the spec and keeps it until Ctrl-C (or SIGTERM), then stops it by PID.
 * Exits 1 if Prism dies on its own, so a supervisor notices.
 */
export async function runMock(options: MockOptions, io: CliIo): Promise<number> {
  let signalled: StopSignal | undefined;
  let wake: () => void = () => undefined;
  // Listen before starting Prism: a Ctrl-C during its start-up must still stop it.
  const offSignal = onStopSignal((signal) => {
    signalled = signal;
    wake();
  });
  try {
    io.err(io.errColour.dim('Starting the Prism mock…\n'));
    // Port 0 must become "no port": Prism would pick its own and the launcher could not know it.
    const mock = await startMockServer({ host: options.host, ...(options.port === 0 ? {} : { port: options.port }), ...(options.dynamic ? { dynamic: true } : {}) });
    const release = killOnExit(mock);
    try {
      if (signalled === undefined) {
        io.out(`Prism mock of the Plivo Message API on ${io.colour.bold(mock.url)} (pid ${mock.pid}). Press Ctrl-C to stop.\n`);
        io.out(io.colour.dim(`Try: PLIVO_AUTH_ID=MAXXXXXXXXXXXXXXXXXX PLIVO_AUTH_TOKEN=any plivo-message send --base-url ${mock.url} --src 14155550100 --dst 14155550123 --text Hi\n`));
        await new Promise<void>((resolve) => {
          wake = resolve;
          const watchdog = setInterval(() => {
            if (!isRunning(mock.pid)) resolve();
          }, 1000);
          watchdog.unref();
        });
      }
      const diedAlone = signalled === undefined;
      await mock.stop();
      if (diedAlone) {
        io.err(io.errColour.red(`error: Prism (pid ${mock.pid}) exited on its own\n`));
        return EXIT_FAILURE;
      }
      io.out(`Stopped Prism (pid ${mock.pid}).\n`);
      return EXIT_OK;
    } finally {
      release();
    }
  } finally {
    offSignal();
  }
}

/** Adds `mock` to the program. */
export function registerMock(program: Command, io: CliIo, outcome: Outcome): Command {
  return program
    .command('mock')
    .summary('run a Prism mock of the Plivo Message API until Ctrl-C')
    .description('Serve the spec with Prism: requests are validated (400 with an sl-violations header when invalid)\nand answered with the spec\'s examples. Any 20-character MA… auth ID and any token are accepted.')
    .option('--port <port>', 'port to listen on (0: any free port)', parsePort, 4010)
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--dynamic', 'answer with generated data instead of the spec\'s examples')
    .addHelpText('after', '\nExamples:\n  $ plivo-message mock\n  $ plivo-message mock --port 0')
    .action(async (options: MockOptions) => {
      outcome.exitCode = await runMock(options, io);
    });
}
