import { Option, type Command } from 'commander';
import { createPlivoClient, type PlivoClient } from '../client/create-client.js';
import { PlivoError } from '../errors.js';
import { validateSendMessageRequest } from '../validation/validate.js';
import { buildSendBody, MESSAGE_TYPES, type BodyOptions } from './body.js';
import { readCredentials } from './credentials.js';
import { EXIT_FAILURE, EXIT_OK, usageError } from './exit.js';
import { failureJson, failureText, isPlivoError } from './failure.js';
import type { CliIo } from './io.js';
import { formatIssues } from './issues.js';
import { parseJson, readTextArgument } from './json-file.js';
import { toJsonLine, type Outcome } from './outcome.js';
import { formatPlan, planJson, planSend } from './plan.js';
import { alignRows } from './style.js';

/** Options of `plivo-message send`, as commander parses them. */
export interface SendOptions extends BodyOptions {
  templateFile?: string;
  dryRun?: boolean;
  baseUrl?: string;
  json?: boolean;
}

// No default value: commander would count a default as the required --dst being present.
const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

async function readTemplate(path: string | undefined, io: CliIo): Promise<unknown> {
  if (path === undefined) return undefined;
  const parsed = parseJson(await readTextArgument(path, '--template-file', () => io.readStdin()));
  if (!parsed.ok) throw usageError(`--template-file ${JSON.stringify(path)} is not valid JSON: ${parsed.reason}`);
  return parsed.value;
}

function checkBaseUrl(baseUrl: string | undefined): void {
  if (baseUrl === undefined) return;
  let protocol: string | undefined;
  try {
    protocol = new URL(baseUrl).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'http:' && protocol !== 'https:') throw usageError(`--base-url must be an http(s) URL such as http://127.0.0.1:4010; got ${JSON.stringify(baseUrl)}`);
}

function createClient(io: CliIo, baseUrl: string | undefined): PlivoClient {
  const { authId, authToken } = readCredentials(io.env, 'or use --dry-run to check the message without sending it');
  try {
    return createPlivoClient({ authId, authToken, ...(baseUrl === undefined ? {} : { baseUrl }) });
  } catch (error) {
    // A malformed auth ID is a setup problem, not a failed send; the message never includes the token.
    if (error instanceof PlivoError) throw usageError(`PLIVO_AUTH_ID: ${error.message}`);
    throw error;
  }
}

/**
 * Runs `send`: validates the body built from the flags, reports segments and cost units, and
 * unless `--dry-run` sends it with the credentials from the environment.
 */
export async function runSend(options: SendOptions, io: CliIo): Promise<number> {
  checkBaseUrl(options.baseUrl);
  const body = buildSendBody(options, await readTemplate(options.templateFile, io));
  const checked = validateSendMessageRequest(body);
  if (!checked.ok) {
    if (options.json) io.out(toJsonLine({ ok: false, sent: false, issues: checked.issues }));
    else io.err(`${io.errColour.red('Invalid message, nothing was sent:')}\n${formatIssues(checked.issues, io.errColour)}\n`);
    return EXIT_FAILURE;
  }
  const plan = planSend(checked.value);
  if (options.dryRun) {
    if (options.json) io.out(toJsonLine({ ok: true, dryRun: true, body: checked.value, ...planJson(plan) }));
    else io.out(`${formatPlan(plan, io.colour)}\n${io.colour.green('Valid.')} Dry run: nothing was sent.\n`);
    return EXIT_OK;
  }

  const client = createClient(io, options.baseUrl);
  try {
    const response = await client.messages.send(checked.value);
    if (options.json) {
      io.out(toJsonLine({ ok: true, dryRun: false, ...planJson(plan), response }));
      return EXIT_OK;
    }
    const invalid = response.invalid_number ?? [];
    const rows = [
      ...response.message_uuid.map((uuid) => ['message_uuid', uuid]),
      ['api_id', response.api_id],
      ...(invalid.length > 0 ? [['invalid_number', io.colour.yellow(invalid.join(', '))]] : []),
    ];
    io.out(`${formatPlan(plan, io.colour)}\n${io.colour.green(`Queued: ${response.message}`)}\n${alignRows(rows)}\n`);
    return EXIT_OK;
  } catch (error) {
    if (!isPlivoError(error)) throw error;
    if (options.json) io.out(toJsonLine(failureJson(error)));
    else io.err(`${failureText(error, io.errColour)}\n`);
    return EXIT_FAILURE;
  }
}

/** Adds `send` to the program. */
export function registerSend(program: Command, io: CliIo, outcome: Outcome): Command {
  return program
    .command('send')
    .summary('send an SMS, MMS or WhatsApp message (or check it with --dry-run)')
    .description(
      'Validate a message, show its encoding, segments and cost units, and send it through Plivo.\n' +
        'Credentials come from PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN (not needed with --dry-run).',
    )
    .requiredOption('--dst <numbers>', 'destination number with country code; repeat it or join numbers with "<" for several', collect)
    .option('--src <sender>', 'sender: a Plivo number, short code or alphanumeric ID (or use --powerpack-uuid)')
    .option('--text <text>', 'message text (SMS: required; MMS and WhatsApp: optional caption)')
    .addOption(new Option('--type <type>', 'channel; default: whatsapp with --template-file, mms with --media-url, else sms').choices(MESSAGE_TYPES))
    .option('--media-url <url>', 'media to attach (repeatable: up to 10 for MMS, 1 for WhatsApp)', collect)
    .option('--template-file <file>', 'JSON file holding a WhatsApp template object {name, language, components}')
    .option('--powerpack-uuid <uuid>', 'send through a Powerpack number pool instead of --src')
    .option('--url <url>', 'status callback URL')
    .option('--dry-run', 'validate and show segments and cost units without sending (no credentials needed)')
    .option('--base-url <url>', 'API origin, e.g. a mock started with `plivo-message mock` (default https://api.plivo.com)')
    .option('--json', 'print machine-readable JSON on stdout')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ plivo-message send --src 14155550100 --dst 14155550123 --text "Order #4821 has shipped." --dry-run',
        '  $ plivo-message send --src 14155550100 --dst "14155550123<14155550124" --text "Closing at 6"',
        '  $ plivo-message send --src 14155550100 --dst 14155550123 --template-file order_update.json',
        '  $ PLIVO_AUTH_ID=MAXXXXXXXXXXXXXXXXXX PLIVO_AUTH_TOKEN=any plivo-message send --base-url http://127.0.0.1:4010 \\',
        '      --src 14155550100 --dst 14155550123 --text Hi',
      ].join('\n'),
    )
    .action(async (options: SendOptions) => {
      outcome.exitCode = await runSend(options, io);
    });
}
