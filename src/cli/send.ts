import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { sendBulk, type SendBulkBody } from '../bulk/send-bulk.js';
import { createPlivoClient, type PlivoClient } from '../client/create-client.js';
import { MAX_RETRY_AFTER_MS } from '../client/retry-policy.js';
import { PlivoError, PlivoRateLimitError } from '../errors.js';
import { DESTINATION_DELIMITER, MAX_DESTINATIONS_PER_REQUEST } from '../messaging/numbers.js';
import { parseDestinations } from '../phone/index.js';
import { validateSendMessageRequest } from '../validation/validate.js';
import { buildSendBody, DLT_CATEGORIES, FIELD_FLAGS, flagOfField, LOG_CHOICES, MESSAGE_TYPES, METHOD_CHOICES, type FieldValues } from './body.js';
import { createProgressDisplay, type ProgressDisplay } from './bulk-progress.js';
import { failuresText, reportJson, reportText, sendExitCode, type SendReport } from './bulk-report.js';
import { readCredentials } from './credentials.js';
import { parseDestinationList } from './destination-list.js';
import { EXIT_CODES_HELP, EXIT_NOT_SENT, EXIT_OK, usageError } from './exit.js';
import { checkOrigin, collect, integerIn, parseDuration } from './flag-values.js';
import type { CliIo } from './io.js';
import { formatIssues } from './issues.js';
import { readJsonArgument, readTextArgument, sourceName } from './json-file.js';
import { toJsonLine, type Outcome } from './outcome.js';
import { formatPlan, planCostJson, planJson, planSend, type SendPlan } from './plan.js';

/** Options of `plivo-message send`, as commander parses them. */
export interface SendOptions {
  src?: string;
  powerpackUuid?: string;
  /** Each `--dst`; an entry may itself hold several numbers joined with `<`. */
  dst?: string[];
  dstFile?: string;
  dstColumn?: string;
  text?: string;
  type?: string;
  mediaUrl?: string[];
  mediaId?: string[];
  url?: string;
  method?: string;
  log?: string;
  trackable?: boolean;
  messageExpiry?: number;
  dltEntityId?: string;
  dltTemplateId?: string;
  dltTemplateCategory?: string;
  templateFile?: string;
  interactiveFile?: string;
  locationFile?: string;
  bodyFile?: string;
  dryRun?: boolean;
  baseUrl?: string;
  /** Milliseconds per attempt. */
  timeout?: number;
  concurrency?: number;
  /** Where to write the numbers that certainly were not sent, one per line. */
  unsentFile?: string;
  json?: boolean;
}

/** The flags that may read standard input with `-`; only one of them can. */
const FILE_FLAGS = [
  ['bodyFile', '--body-file'],
  ['dstFile', '--dst-file'],
  ['templateFile', '--template-file'],
  ['interactiveFile', '--interactive-file'],
  ['locationFile', '--location-file'],
] as const;

function checkStdinUse(options: SendOptions): void {
  const readers = FILE_FLAGS.filter(([key]) => options[key] === '-').map(([, flag]) => flag);
  if (readers.length > 1) throw usageError(`${readers.join(' and ')} cannot both read standard input ("-"); give one of them a file`);
}

async function readObjectFile(path: string | undefined, flag: string, io: CliIo): Promise<Record<string, unknown> | undefined> {
  if (path === undefined) return undefined;
  const value = await readJsonArgument(path, flag, () => io.readStdin());
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw usageError(`${flag} ${sourceName(path)} must hold a JSON object`);
  return value as Record<string, unknown>;
}

/** The destination entries of a send and the CSV rows set aside: `--dst` and `--dst-file` together, else the body file's `dst`. */
async function readDestinations(options: SendOptions, fromFile: Readonly<Record<string, unknown>>, io: CliIo) {
  const entries = [...(options.dst ?? [])];
  const setAside: Array<{ input: string; reason: string }> = [];
  if (options.dstFile !== undefined) {
    const name = sourceName(options.dstFile);
    const list = parseDestinationList(await readTextArgument(options.dstFile, '--dst-file', () => io.readStdin()), { name, ...(options.dstColumn === undefined ? {} : { column: options.dstColumn }) });
    entries.push(...list.entries);
    for (const row of list.empty) setAside.push({ input: `${name} row ${row.line}`, reason: row.reason });
  } else if (options.dstColumn !== undefined) {
    throw usageError('--dst-column names the number column of a --dst-file CSV; give --dst-file too');
  }
  if (entries.length === 0 && options.dstFile === undefined && typeof fromFile.dst === 'string') entries.push(fromFile.dst);
  if (entries.length === 0 && setAside.length === 0) {
    throw usageError(`no destination: give --dst NUMBER (repeatable, or several joined with "${DESTINATION_DELIMITER}") or --dst-file FILE`);
  }
  return { entries, setAside };
}

function createClient(io: CliIo, baseUrl: string | undefined, timeoutMs: number | undefined): PlivoClient {
  const { authId, authToken } = readCredentials(io.env, 'or use --dry-run to check the message without sending it');
  try {
    // The client's own retries wait silently; with none, every 429 reaches sendBulk, which waits it
    // out through announcingClient below, where the wait is announced. A send is retried only after a 429 or
    // a connection that certainly never opened, so a refused connection now ends as "not sent" at once.
    return createPlivoClient({ authId, authToken, maxRetries: 0, ...(baseUrl === undefined ? {} : { baseUrl }), ...(timeoutMs === undefined ? {} : { timeoutMs }) });
  } catch (error) {
    // A malformed auth ID is a setup problem, not a failed send; the message never includes the token.
    if (error instanceof PlivoError) throw usageError(`PLIVO_AUTH_ID: ${error.message}`);
    throw error;
  }
}

/** How often sendBulk sends a request again after a 429, and its first wait without `Retry-After`. */
const RATE_LIMIT_RETRIES = 5;
const RATE_LIMIT_BACKOFF_MS = 1000;

/** What to say when Plivo refuses a request with 429, given how many times it was refused. */
export function rateLimitNotice(recipients: number, refusals: number, retryAfterMs: number | undefined): string {
  const head = `Rate limited by Plivo (HTTP 429) on a request of ${recipients} number${recipients === 1 ? '' : 's'}`;
  if (refusals > RATE_LIMIT_RETRIES) return `${head}: refused ${refusals} times, giving up on it (nothing was sent to these numbers)`;
  if (retryAfterMs !== undefined && retryAfterMs > MAX_RETRY_AFTER_MS) return `${head}: Plivo asks for a wait of ${Math.round(retryAfterMs / 1000)} s, longer than ${MAX_RETRY_AFTER_MS / 1000} s; giving up on it (nothing was sent to these numbers)`;
  // sendBulk's backoff: base × 2^attempt, capped at 8 s, scaled by a random 50–100 %.
  const wait = retryAfterMs === undefined ? `up to ${(Math.min(8000, RATE_LIMIT_BACKOFF_MS * 2 ** (refusals - 1)) / 1000).toFixed(1)} s` : `${(retryAfterMs / 1000).toFixed(1)} s, as Plivo asked`;
  return `${head}: pausing new requests for ${wait}, then sending it again (attempt ${refusals + 1} of ${RATE_LIMIT_RETRIES + 1})`;
}

/** The client sendBulk sends through: it announces each 429 before sendBulk waits it out. */
function announcingClient(client: PlivoClient, note: (line: string) => void): PlivoClient {
  const messages = client.messages;
  // Refusals per request, keyed by its first number (each number is in one request only).
  const refusals = new Map<string, number>();
  return {
    ...client,
    messages: {
      ...messages,
      async send(body, options) {
        try {
          return await messages.send(body, options);
        } catch (error) {
          if (error instanceof PlivoRateLimitError) {
            const numbers = body.dst.split(DESTINATION_DELIMITER);
            const key = numbers[0] ?? '';
            const count = (refusals.get(key) ?? 0) + 1;
            refusals.set(key, count);
            note(rateLimitNotice(numbers.length, count, error.retryAfterMs));
          }
          throw error;
        }
      },
    },
  };
}

function printIssues(issues: ReadonlyArray<{ path: string; message: string }>, options: SendOptions, io: CliIo): number {
  // An issue of a field set by a flag names the flag too: that is what the user typed.
  const named = issues.map((issue) => {
    const field = issue.path.split('/')[1] ?? '';
    const flag = flagOfField(field);
    return flag ? { ...issue, path: `${issue.path} (${flag})` } : issue;
  });
  if (options.json) io.out(toJsonLine({ ok: false, exitCode: EXIT_NOT_SENT, sent: false, issues }));
  else io.err(`${io.errColour.red('Invalid message, nothing was sent:')}\n${formatIssues(named, io.errColour)}\n`);
  return EXIT_NOT_SENT;
}

async function sendAll(client: PlivoClient, body: SendBulkBody, plan: SendPlan, options: SendOptions, io: CliIo): Promise<{ result: Awaited<ReturnType<typeof sendBulk>>; interrupted: boolean }> {
  const total = plan.destinations.length;
  const totalRequests = Math.ceil(total / MAX_DESTINATIONS_PER_REQUEST);
  const display: ProgressDisplay | undefined = totalRequests > 1 ? createProgressDisplay(io, { sent: 0, total, requests: 0, totalRequests }, { quiet: options.json === true }) : undefined;
  const note = (line: string) => (display ? display.note(line) : io.err(`${line}\n`));
  // The first Ctrl-C: no request starts after it (a 429 pause ends too), while those in flight finish.
  const stop = new AbortController();
  const abort = new AbortController();
  const stopListening = io.onInterrupt?.(() => {
    if (!stop.signal.aborted) {
      stop.abort();
      note('Stopping: no new requests start; waiting for those in flight (Ctrl-C again aborts them, and they may have been sent)');
    } else abort.abort();
  });
  try {
    const result = await sendBulk(announcingClient(client, note), body, {
      parseDestinations: (input) => parseDestinations(input),
      signal: abort.signal,
      stopSignal: stop.signal,
      maxRateLimitRetries: RATE_LIMIT_RETRIES,
      rateLimitBackoffMs: RATE_LIMIT_BACKOFF_MS,
      ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
      ...(display ? { onProgress: (progress) => display.update(progress) } : {}),
    });
    return { result, interrupted: stop.signal.aborted };
  } finally {
    display?.finish();
    stopListening?.();
  }
}

/** Why `--unsent-file` could not be written, in words. */
const unsentFileProblem = (path: string, error: unknown) => `cannot write --unsent-file ${JSON.stringify(path)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;

/**
 * Writes the numbers of the failed requests that certainly were not sent, one per line, so that
 * `--dst-file` can send to exactly them again. Those that may have been sent stay out: repeating
 * them blindly is what the exit code 3 warns against.
 */
async function writeUnsent(path: string, result: Awaited<ReturnType<typeof sendBulk>>, io: CliIo): Promise<void> {
  const numbers = result.failed.filter((request) => !request.maybeSent).flatMap((request) => request.dst);
  try {
    await writeFile(path, numbers.map((number) => `${number}\n`).join(''));
    if (numbers.length > 0) io.err(`Wrote the ${numbers.length === 1 ? 'number' : `${numbers.length} numbers`} not sent to ${path}: send them again with --dst-file ${path}\n`);
  } catch (error) {
    // The report above still lists them; failing to save a copy does not change what was sent.
    io.err(`${io.errColour.red('error:')} ${unsentFileProblem(path, error)}\n`);
  }
}

/**
 * Runs `send`: builds the body from the flags (over `--body-file`), validates it, reports segments
 * and cost units, and unless `--dry-run` sends it to every destination through sendBulk (1,000
 * numbers per request) with the credentials from the environment. Resolves with the exit status.
 */
export async function runSend(options: SendOptions, io: CliIo, onSending: () => void = () => undefined): Promise<number> {
  checkStdinUse(options);
  const baseUrl = checkOrigin(options.baseUrl, '--base-url') ?? checkOrigin(io.env.PLIVO_BASE_URL, 'PLIVO_BASE_URL');
  const fromFile = (await readObjectFile(options.bodyFile, '--body-file', io)) ?? {};
  const [template, interactive, location] = await Promise.all([
    readObjectFile(options.templateFile, '--template-file', io),
    readObjectFile(options.interactiveFile, '--interactive-file', io),
    readObjectFile(options.locationFile, '--location-file', io),
  ]);
  const fields: FieldValues = { template, interactive, location };
  for (const key of Object.keys(FIELD_FLAGS) as Array<keyof FieldValues>) {
    if (key in options) fields[key] = options[key as keyof SendOptions];
  }
  const body = buildSendBody(fields, fromFile);
  const { entries, setAside } = await readDestinations(options, fromFile, io);

  const plan = planSend(body, entries);
  // Every request carries the same body: checking it once, with the first request's numbers, covers them all.
  const firstRequest = plan.destinations.slice(0, MAX_DESTINATIONS_PER_REQUEST).join(DESTINATION_DELIMITER);
  const checked = validateSendMessageRequest({ ...body, dst: firstRequest === '' ? (entries[0] ?? '') : firstRequest });
  const issues = checked.ok ? [] : checked.issues.filter((issue) => plan.destinations.length > 0 || issue.path !== '/dst');
  if (issues.length > 0) return printIssues(issues, options, io);

  if (options.dryRun || plan.destinations.length === 0) {
    const sendable = plan.destinations.length > 0;
    if (options.json) {
      io.out(toJsonLine({ ok: sendable, exitCode: sendable ? EXIT_OK : EXIT_NOT_SENT, dryRun: options.dryRun === true, body: { ...body, dst: entries.join(DESTINATION_DELIMITER) }, ...planJson(plan), setAside }));
    } else {
      io.out(`${formatPlan(plan, io.colour, setAside)}\n`);
      if (sendable) io.out(`${io.colour.green('Valid.')} Dry run: nothing was sent.\n`);
      else io.err(`${io.errColour.red('No sendable destination, nothing was sent.')}\n`);
    }
    return sendable ? EXIT_OK : EXIT_NOT_SENT;
  }

  // Created before the first request (the destinations are already read, so it may be the --dst-file):
  // a path that cannot be written fails the command now, not after a send whose unsent numbers it should hold.
  const { unsentFile } = options;
  if (unsentFile !== undefined) {
    await writeFile(unsentFile, '').catch((error: unknown) => {
      throw usageError(`${unsentFileProblem(unsentFile, error)}; nothing was sent`);
    });
  }
  const client = createClient(io, baseUrl, options.timeout);
  if (!options.json) io.out(`${formatPlan(plan, io.colour, setAside)}\n`);
  onSending();
  const { result, interrupted } = await sendAll(client, { ...(body as Omit<SendBulkBody, 'dst'>), dst: entries }, plan, options, io);
  const report: SendReport = { result, setAside, interrupted };
  if (options.json) io.out(toJsonLine(reportJson(report, planCostJson(plan))));
  else io.out(`\n${reportText(report, io.colour)}`);
  if (result.failed.length > 0 && !options.json) io.err(failuresText(result.failed, io.errColour));
  if (options.unsentFile !== undefined) await writeUnsent(options.unsentFile, result, io);
  return sendExitCode(result);
}

const EXAMPLES = [
  'Examples:',
  '  $ plivo-message send --src 14155550100 --dst 14155550123 --text "Order #4821 has shipped." --dry-run',
  '  $ plivo-message send --src 14155550100 --dst 14155550123 --dst 14155550124 --text "Closing at 6"',
  '  $ plivo-message send --src 14155550100 --dst-file customers.csv --dst-column phone --text "Closing at 6" --json > report.json',
  '  $ plivo-message send --body-file order_update.json --dst 14155550123 --message-expiry 600',
  '  $ plivo-message send --src 14155550100 --dst 14155550123 --template-file order_update.json',
  '  $ PLIVO_BASE_URL=http://127.0.0.1:4010 plivo-message send --src 14155550100 --dst 14155550123 --text Hi',
].join('\n');

/** Adds `send` to the program. */
export function registerSend(program: Command, io: CliIo, outcome: Outcome): Command {
  return program
    .command('send')
    .summary('send an SMS, MMS or WhatsApp message to one number or thousands (or check it with --dry-run)')
    .description(
      'Validate a message, show its encoding, segments and cost units, and send it through Plivo: to every --dst and every number of --dst-file, 1,000 numbers per request, with a progress bar on a terminal and a summary of what was accepted, invalid, repeated or failed. Ctrl-C stops new requests and reports what went out. Credentials come from PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN (not needed with --dry-run); the API origin from --base-url or PLIVO_BASE_URL.',
    )
    .option('--src <sender>', 'sender: a Plivo number, short code or alphanumeric sender ID (or use --powerpack-uuid)')
    .option('--powerpack-uuid <uuid>', 'send through a Powerpack number pool instead of --src')
    .option('--dst <numbers>', `destination with country code; repeat it, or join several with "${DESTINATION_DELIMITER}"`, collect)
    .option('--dst-file <file>', 'destinations, one per line, or a CSV with a header naming the number column (- for standard input)')
    .option('--dst-column <name>', 'the CSV column of --dst-file holding the numbers (default: dst, phone, number, mobile, msisdn or to)')
    .option('--text <text>', 'message text (SMS: required; MMS and WhatsApp: optional caption)')
    .addOption(new Option('--type <type>', 'channel; default: whatsapp with a template, interactive or location, mms with media, else sms').choices(MESSAGE_TYPES))
    .option('--media-url <url>', 'media to attach (repeatable: up to 10 for MMS, 1 for WhatsApp)', collect)
    .option('--media-id <id>', 'media already uploaded to Plivo (repeatable)', collect)
    .option('--template-file <file>', 'JSON file holding a WhatsApp template object {name, language, components}')
    .option('--interactive-file <file>', 'JSON file holding a WhatsApp interactive message (list, buttons or cta_url)')
    .option('--location-file <file>', 'JSON file holding a WhatsApp location {latitude, longitude, name, address}')
    .option('--url <url>', 'status callback URL')
    .addOption(new Option('--method <method>', 'HTTP method of the status callback (default POST)').choices(METHOD_CHOICES))
    .addOption(new Option('--log <what>', 'what Plivo may log (default true: number and content)').choices(LOG_CHOICES))
    .option('--trackable', 'the message has a trackable user action reported through the Conversion Feedback API')
    .option('--message-expiry <seconds>', 'seconds the message may wait in Plivo\'s queue before failing with error 420 (5 to 10800; 10800 is the default)', integerIn(5, 10_800))
    .option('--dlt-entity-id <id>', 'India DLT: the entity ID of your registration')
    .option('--dlt-template-id <id>', 'India DLT: the template ID linked to the --src header')
    .addOption(new Option('--dlt-template-category <category>', 'India DLT: the template category').choices(DLT_CATEGORIES))
    .option('--body-file <file>', 'JSON send body to start from; the flags above override its fields (- for standard input)')
    .option('--dry-run', 'validate and show segments and cost units without sending (no credentials needed)')
    .option('--base-url <url>', 'API origin, e.g. a mock started with `plivo-message mock` (default: PLIVO_BASE_URL, else https://api.plivo.com)')
    .option('--timeout <duration>', 'time per attempt before giving up: milliseconds, or 500ms, 30s, 2m (default 30s)', parseDuration)
    .option('--concurrency <requests>', 'requests in flight at once in a bulk send (default 4)', integerIn(1, 100))
    .option('--unsent-file <file>', 'write the numbers that certainly were not sent (failed, or stopped by Ctrl-C) to this file, one per line, for a later --dst-file')
    .option('--json', 'print a machine-readable report on stdout')
    .addHelpText('after', `\n${EXAMPLES}\n\n${EXIT_CODES_HELP}`)
    .action(async (options: SendOptions) => {
      outcome.exitCode = await runSend(options, io, () => {
        outcome.sending = true;
      });
    });
}
