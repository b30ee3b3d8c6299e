import { createServer } from 'node:net';
import { InvalidArgumentError, type Command } from 'commander';
import { startMockServer } from '../node/mock-server.js';
import { CliError, EXIT_NOT_SENT, EXIT_OK } from './exit.js';
import type { CliIo } from './io.js';
import { isRunning, killOnExit, onStopSignal, type StopSignal } from './lifecycle.js';
import type { Outcome } from './outcome.js';

/** Options of `plivo-message mock`. */
export interface MockOptions {
  port: number;
  host: string;
  dynamic?: boolean;
  /** False with `--no-log`: Prism's request log is not shown. */
  log?: boolean;
}

const AUTH_ID = 'MAXXXXXXXXXXXXXXXXXX';

/** Parses a TCP port for commander; 0 asks the OS for a free one. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new InvalidArgumentError('must be a port number from 0 to 65535');
  return port;
}

/**
 * Fails when something already listens on `host:port`. The launcher takes any HTTP answer as
 * Prism's, so another server there would pass for the mock while Prism itself exits.
 */
export function ensurePortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? 'is already in use (another mock?)' : `cannot be used: ${error.code ?? error.message}`;
      reject(new CliError(`port ${port} on ${host} ${reason}; choose another with --port ${port === 65_535 ? 4011 : port + 1}, or --port 0 for any free port`, EXIT_NOT_SENT));
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function banner(url: string, pid: number): string {
  return [
    `Prism mock of the Plivo Message API on ${url} (pid ${pid}). Press Ctrl-C to stop.`,
    '',
    `  PLIVO_AUTH_ID=${AUTH_ID} PLIVO_AUTH_TOKEN=any PLIVO_BASE_URL=${url} plivo-message send --src 14155550100 --dst 14155550123 --text Hi`,
    '',
    "  import { createPlivoClient } from 'plivo-message-openapi';",
    `  const plivo = createPlivoClient({ authId: '${AUTH_ID}', authToken: 'any', baseUrl: '${url}' });`,
    "  await plivo.messages.send({ src: '14155550100', dst: '14155550123', text: 'Hello' });",
    '',
    `  curl -u ${AUTH_ID}:any -H 'Content-Type: application/json' \\`,
    `    -d '{"src":"14155550100","dst":"14155550123","text":"Hello"}' ${url}/v1/Account/${AUTH_ID}/Message/`,
    '',
  ].join('\n');
}

/**
 * Runs `mock`: starts Prism on the spec (after checking the port is free) and keeps it until
 * Ctrl-C (or SIGTERM), then stops it by PID. Exits 1 if Prism dies on its own, so a supervisor notices.
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
    if (options.port !== 0) await ensurePortFree(options.host, options.port);
    io.err(io.errColour.dim('Starting the Prism mock…\n'));
    // Prism's start-up banner lists made-up sample URLs that only confuse; its request log is worth seeing.
    let serving = false;
    const onLog = (line: string) => {
      if (serving && options.log !== false) io.err(`${io.errColour.dim(line)}\n`);
    };
    // Port 0 must become "no port": Prism would pick its own and the launcher could not know it.
    const mock = await startMockServer({ host: options.host, onLog, ...(options.port === 0 ? {} : { port: options.port }), ...(options.dynamic ? { dynamic: true } : {}) });
    const release = killOnExit(mock);
    try {
      if (signalled === undefined) {
        serving = true;
        io.out(banner(mock.url, mock.pid));
        // The watchdog keeps the process alive while Prism serves and notices if Prism exits alone.
        let watchdog: ReturnType<typeof setInterval> | undefined;
        await new Promise<void>((resolve) => {
          wake = resolve;
          watchdog = setInterval(() => {
            if (!isRunning(mock.pid)) resolve();
          }, 500);
        });
        clearInterval(watchdog);
      }
      const diedAlone = signalled === undefined;
      await mock.stop();
      if (diedAlone) {
        io.err(io.errColour.red(`error: Prism (pid ${mock.pid}) exited on its own\n`));
        return EXIT_NOT_SENT;
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
    .description(
      "Serve the spec with Prism: requests are validated (400 with an sl-violations header when invalid) and answered with the spec's examples. Any 20-character MA… auth ID and any token are accepted. Refuses a port that is already taken.",
    )
    .option('--port <port>', 'port to listen on (0: any free port)', parsePort, 4010)
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--dynamic', "answer with generated data instead of the spec's examples")
    .option('--no-log', "do not show Prism's request log")
    .addHelpText('after', '\nExamples:\n  $ plivo-message mock\n  $ plivo-message mock --port 0')
    .action(async (options: MockOptions) => {
      outcome.exitCode = await runMock(options, io);
    });
}
