import { InvalidArgumentError, type Command } from 'commander';
import { createFakePlivo } from '../testing/index.node.js';
import { EXIT_OK } from './exit.js';
import type { CliIo } from './io.js';
import { waitForStopSignal } from './lifecycle.js';
import { parsePort } from './mock.js';
import type { Outcome } from './outcome.js';

/** Options of `plivo-message simulate`. */
export interface SimulateOptions {
  port: number;
  host: string;
  mps: number;
  requestsPer5s: number;
  seed?: number;
  deliveryDelayMs: number;
}

const DEFAULT_AUTH_ID = 'MASIMULATOR000000000';

/** Parses a limit for commander: a positive number, or `Infinity` (`inf`) for none. */
function parseLimit(value: string): number {
  if (/^inf(inity)?$/i.test(value)) return Infinity;
  const number = Number(value);
  if (!(number > 0)) throw new InvalidArgumentError('must be a number above 0, or "inf" for no limit');
  return number;
}

function parseWhole(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('must be a whole number');
  return Number(value);
}

/**
 * Runs `simulate`: serves the behavioural simulator on a port with the real clock until Ctrl-C (or
 * SIGTERM). Credentials come from PLIVO_AUTH_ID / PLIVO_AUTH_TOKEN when set, else the simulator's
 * defaults; a token taken from the environment is never printed.
 */
export async function runSimulate(options: SimulateOptions, io: CliIo): Promise<number> {
  const stop = waitForStopSignal();
  const tokenFromEnv = io.env.PLIVO_AUTH_TOKEN;
  const fake = createFakePlivo({
    clock: 'real',
    authId: io.env.PLIVO_AUTH_ID ?? DEFAULT_AUTH_ID,
    ...(tokenFromEnv ? { authToken: tokenFromEnv } : {}),
    mps: options.mps,
    requestsPer5s: options.requestsPer5s,
    deliveryDelayMs: options.deliveryDelayMs,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const server = await fake.listen({ port: options.port, host: options.host });
  const token = tokenFromEnv ? 'from PLIVO_AUTH_TOKEN' : `${fake.authToken} (set PLIVO_AUTH_TOKEN to choose another)`;
  io.out(`Plivo simulator on ${io.colour.bold(server.url)}: ${options.mps} MPS, ${options.requestsPer5s} requests per 5 s, seed ${fake.seed}. Press Ctrl-C to stop.\n`);
  io.out(`auth ID ${fake.authId}, auth token ${token}\n`);
  const credentials = tokenFromEnv ? '' : `PLIVO_AUTH_ID=${fake.authId} PLIVO_AUTH_TOKEN=${fake.authToken} `;
  io.out(io.colour.dim(`Try: ${credentials}plivo-message send --base-url ${server.url} --src 14155550100 --dst 14155550123 --text Hi\n`));
  await stop;
  await server.close();
  fake.close();
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  io.out(`Stopped the simulator after ${count(fake.requests().length, 'request')} and ${count(fake.messages().length, 'message')}.\n`);
  return EXIT_OK;
}

/** Adds `simulate` to the program. */
export function registerSimulate(program: Command, io: CliIo, outcome: Outcome): Command {
  return program
    .command('simulate')
    .summary('run a behavioural Plivo simulator (limits, state, signed callbacks) until Ctrl-C')
    .description(
      'Serve the simulator of plivo-message-openapi/testing with the real clock: per-number UUIDs, a rolling 5-second request limit (429), ' +
        'a queue draining at --mps (420 after message_expiry), get/list over what was sent, and signed status callbacks to each send\'s url. ' +
        `Credentials: PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN, else ${DEFAULT_AUTH_ID} and the default test token.`,
    )
    .option('--port <port>', 'port to listen on (0: any free port)', parsePort, 4010)
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--mps <units>', 'message units per second leaving the queue ("inf": no wait)', parseLimit, 5)
    .option('--requests-per-5s <n>', 'requests admitted in any 5 seconds ("inf": no limit)', parseLimit, 300)
    .option('--delivery-delay-ms <ms>', 'from sent to the delivery receipt', parseWhole, 2000)
    .option('--seed <n>', 'seed of UUIDs and nonces, to reproduce a run', parseWhole)
    .addHelpText('after', '\nExamples:\n  $ plivo-message simulate\n  $ plivo-message simulate --port 0 --mps 50 --requests-per-5s inf')
    .action(async (options: SimulateOptions) => {
      outcome.exitCode = await runSimulate(options, io);
    });
}
