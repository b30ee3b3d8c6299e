import { Readable } from 'node:stream';
import { InvalidArgumentError, type Command } from 'commander';
import type { Campaigns, CampaignReportRow, CampaignsOptions } from '../campaigns/index.js';
import { createPlivoClient } from '../client/create-client.js';
import { PlivoAuthError, PlivoError, PlivoValidationError } from '../errors.js';
import { buildSendBody } from './body.js';
import { readRecipientLines } from './campaign-recipients.js';
import { showStatus } from './campaign-status.js';
import { readCredentials } from './credentials.js';
import { CliError, EXIT_FAILURE, EXIT_OK, usageError } from './exit.js';
import type { CliIo } from './io.js';
import { formatIssues } from './issues.js';
import { waitForStopSignal } from './lifecycle.js';
import { toJsonLine, type Outcome } from './outcome.js';

/** Standard input as a stream: the process's own, or the text an in-process run was given. */
function stdinOf(io: CliIo): Readable {
  return io.stdinStream?.() ?? Readable.from((async function* () { yield await io.readStdin(); })());
}

interface ConnectionOptions {
  redis?: string;
  prefix: string;
}

interface StartOptions extends ConnectionOptions {
  id: string;
  dstFile: string;
  dstColumn?: string;
  src?: string;
  powerpackUuid?: string;
  text?: string;
  url?: string;
  messageExpiry?: number;
  mps: number;
  requestsPer5s: number;
  json?: boolean;
}

/** A positive number; `Infinity` only where the flag says it means "unpaced" (--mps). */
const positive = (value: string): number => {
  const number = value === 'Infinity' ? Number.POSITIVE_INFINITY : Number(value);
  if (!(number > 0)) throw new InvalidArgumentError('must be a positive number');
  return number;
};
const positiveFinite = (value: string): number => {
  const number = Number(value);
  if (!(number > 0) || !Number.isFinite(number)) throw new InvalidArgumentError('must be a finite positive number');
  return number;
};

/**
 * How long a one-shot command (start, status, report, pause, resume, cancel) waits for an unreachable
 * Redis before it fails. A worker waits as long as it takes.
 */
const ONE_SHOT_GIVE_UP_MS = 10_000;

/** Loads the campaigns entry only when a campaign command runs, so the rest of the CLI works without bullmq and ioredis. */
async function openCampaigns(options: ConnectionOptions, io: CliIo, extra: Pick<CampaignsOptions, 'giveUpAfterMs' | 'onError'>): Promise<Campaigns> {
  const url = options.redis ?? io.env.REDIS_URL;
  if (url === undefined || url === '') throw usageError('Give the Redis server with --redis redis://host:6379 or REDIS_URL');
  let entry: typeof import('../campaigns/index.js');
  try {
    entry = await import('../campaigns/index.js');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') throw usageError('Campaign commands need bullmq and ioredis: npm install bullmq ioredis');
    throw error;
  }
  return entry.createCampaigns({ connection: url, prefix: options.prefix, ...extra });
}

async function withCampaigns(options: ConnectionOptions, io: CliIo, run: (campaigns: Campaigns) => Promise<number>, { oneShot = true } = {}): Promise<number> {
  // The connection's last error says why a command gave up (ioredis' own only says "Connection is closed").
  let connectionError: PlivoError | undefined;
  const campaigns = await openCampaigns(options, io, oneShot ? { giveUpAfterMs: ONE_SHOT_GIVE_UP_MS, onError: (error) => (connectionError = error) } : {});
  try {
    return await run(campaigns);
  } catch (error) {
    if (error instanceof PlivoValidationError) {
      io.err(`${io.errColour.red('Invalid message, nothing was started:')}\n${formatIssues(error.issues, io.errColour)}\n`);
      return EXIT_FAILURE;
    }
    // A usage error (an unreadable --dst-file, say) keeps its own exit status.
    if (error instanceof PlivoError && !(error instanceof CliError)) {
      const why = connectionError === undefined ? '' : ` (${connectionError.message})`;
      io.err(`${io.errColour.red('error:')} ${error.message}${why}\n`);
      return EXIT_FAILURE;
    }
    throw error;
  } finally {
    await campaigns.close();
  }
}

const CSV_COLUMNS = ['number', 'outcome', 'delivery', 'message_uuid', 'error_code', 'reason'] as const;

function csvCell(value: string | undefined): string {
  if (value === undefined) return '';
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csvRow(row: CampaignReportRow): string {
  return [row.number, row.outcome, row.delivery, row.messageUuid, row.errorCode, row.reason].map(csvCell).join(',');
}

function addConnectionOptions(command: Command): Command {
  return command
    .option('--redis <url>', 'Redis server (default: REDIS_URL)')
    .option('--prefix <prefix>', 'key prefix; one prefix per Plivo account', 'plivo');
}

/** Adds `campaign start|worker|status|report|pause|resume|cancel` to the program. */
export function registerCampaign(program: Command, io: CliIo, outcome: Outcome): Command {
  const campaign = program
    .command('campaign')
    .summary('send one message to many recipients through BullMQ workers on Redis')
    .description('Campaigns: recipients stored in Redis, sent by any number of workers, paced to the account\'s limits, never twice.');

  addConnectionOptions(
    campaign
      .command('start')
      .description('Store the recipients and queue the campaign. Starting an --id that exists changes nothing.')
      .requiredOption('--id <id>', 'campaign id (letters, digits, _ . -); the same id is never started twice')
      .requiredOption('--dst-file <path>', 'numbers, one per line, or a CSV with a number/phone/dst column; - for stdin')
      .option('--dst-column <name>', 'the CSV column holding the numbers')
      .option('--src <number>', 'sender number or ID')
      .option('--powerpack-uuid <uuid>', 'send from a Powerpack instead of --src')
      .option('--text <text>', 'message text')
      .option('--url <url>', 'status callback URL (the campaign id and request are added to its query)')
      .option('--message-expiry <seconds>', 'seconds a message may wait in Plivo\'s queue', positiveFinite)
      .option('--mps <units>', 'message units per second of the account (Infinity: unpaced)', positive, 5)
      .option('--requests-per-5s <n>', 'requests allowed in any 5 seconds', positiveFinite, 300)
      .option('--json', 'print the plan as JSON'),
  )
    .addHelpText('after', '\nExample:\n  $ plivo-message campaign start --id spring-sale --dst-file numbers.csv --src 14155550100 --text "Sale today" --mps 5')
    .action(async (options: StartOptions) => {
      outcome.exitCode = await withCampaigns(options, io, async (campaigns) => {
        const body = buildSendBody(options);
        const plan = await campaigns.start({
          id: options.id,
          body: body as Parameters<Campaigns['start']>[0]['body'],
          recipients: readRecipientLines(options.dstFile, stdinOf(io), options.dstColumn),
          mps: options.mps,
          requestsPer5s: options.requestsPer5s,
        });
        if (options.json) io.out(toJsonLine(plan));
        else {
          io.out(`${plan.created ? 'Started' : 'Already started, nothing changed:'} campaign ${plan.id}: ${plan.unique} recipients (${plan.duplicates} duplicates, ${plan.invalid} invalid), ${plan.requests} requests of up to ${plan.requestSize}, ${plan.units} units, about ${plan.estimatedSeconds} s.\n`);
          if (plan.expiryRisk > 0) io.out(`Unpaced, about ${plan.expiryRisk} messages would expire in Plivo's queue (error 420); this campaign is paced to --mps.\n`);
          io.out('Run `plivo-message campaign worker` (any number of them) to send it.\n');
        }
        return EXIT_OK;
      });
    });

  addConnectionOptions(
    campaign
      .command('worker')
      .description('Send queued campaign requests until Ctrl-C. Needs PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN.')
      .option('--concurrency <n>', 'requests in flight at once', (value) => Math.floor(positiveFinite(value)), 4)
      .option('--base-url <url>', 'API origin (a mock or simulator in tests)'),
  ).action(async (options: ConnectionOptions & { concurrency: number; baseUrl?: string }) => {
    const { authId, authToken } = readCredentials(io.env);
    outcome.exitCode = await withCampaigns(options, io, async (campaigns) => {
      // The worker retries 429s and refused connections itself, through the shared limits.
      const client = createPlivoClient({ authId, authToken, maxRetries: 0, ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }) });
      // Loaded already by withCampaigns; imported here too so that the CLI's other commands run without bullmq.
      const { CampaignRedisSettingsError } = await import('../campaigns/index.js');
      const worker = campaigns.worker({
        client,
        concurrency: options.concurrency,
        // What stops the worker is printed once, below, as the reason it exits.
        onError: (error) => {
          if (!(error.cause instanceof PlivoAuthError) && !(error instanceof CampaignRedisSettingsError)) io.err(`${io.errColour.yellow('warning:')} ${error.message}\n`);
        },
      });
      io.out(`Campaign worker running (concurrency ${options.concurrency}). Press Ctrl-C to stop.\n`);
      const refused = await Promise.race([waitForStopSignal().then(() => undefined), worker.stopped]);
      if (refused !== undefined) {
        io.err(`${io.errColour.red('error:')} ${refused.message}\n`);
        return EXIT_FAILURE;
      }
      io.out('Stopping: requests in flight finish first.\n');
      await worker.close();
      return EXIT_OK;
    }, { oneShot: false });
  });

  addConnectionOptions(
    campaign
      .command('status')
      .argument('<id>', 'campaign id')
      .description('Outcome and delivery counts of a campaign.')
      .option('--watch', 'follow it until it is done (a progress bar on a terminal)')
      .option('--json', 'print JSON'),
  ).action(async (id: string, options: ConnectionOptions & { watch?: boolean; json?: boolean }) => {
    outcome.exitCode = await withCampaigns(options, io, async (campaigns) => {
      await showStatus(campaigns, id, options, io);
      return EXIT_OK;
    });
  });

  addConnectionOptions(
    campaign
      .command('report')
      .argument('<id>', 'campaign id')
      .description('One line per recipient: number, outcome, delivery state, message UUID, error code, reason.')
      .option('--csv', 'CSV with a header row (default: one JSON object per line)'),
  ).action(async (id: string, options: ConnectionOptions & { csv?: boolean }) => {
    outcome.exitCode = await withCampaigns(options, io, async (campaigns) => {
      if (options.csv) io.out(`${CSV_COLUMNS.join(',')}\n`);
      for await (const row of campaigns.report(id)) io.out(options.csv ? `${csvRow(row)}\n` : `${JSON.stringify(row)}\n`);
      return EXIT_OK;
    });
  });

  // The state each change leads to, and how a refusal words it; asking again for the state a campaign is in succeeds.
  for (const [name, description, target, done] of [
    ['pause', 'Hold a campaign\'s requests back; those in flight finish.', 'paused', 'paused'],
    ['resume', 'Let a paused campaign go on.', 'running', 'resumed'],
    ['cancel', 'Stop a campaign: requests not yet sent are recorded as cancelled.', 'cancelled', 'cancelled'],
  ] as const) {
    addConnectionOptions(campaign.command(name).argument('<id>', 'campaign id').description(description)).action(async (id: string, options: ConnectionOptions) => {
      outcome.exitCode = await withCampaigns(options, io, async (campaigns) => {
        const status = await campaigns[name](id);
        io.out(`Campaign ${id} is ${status.state}.\n`);
        if (status.state === target) return EXIT_OK;
        io.err(`${io.errColour.red('error:')} a ${status.state} campaign cannot be ${done}.\n`);
        return EXIT_FAILURE;
      });
    });
  }
  return campaign;
}
