import { createPlivoClient, PlivoError, validateSendMessageRequest } from '../../src/index.js';
import { readCredentials } from '../../src/cli/credentials.js';
import { EXIT_FAILURE, EXIT_OK, usageError } from '../../src/cli/exit.js';
import { failureText } from '../../src/cli/failure.js';
import { formatIssues } from '../../src/cli/issues.js';
import { formatPlan, planSend } from '../../src/cli/plan.js';
import type { Printer } from './printer.js';

/** What `--live` needs from the command line. */
export interface LiveOptions {
  src: string;
  dst: string;
  text: string;
}

/**
 * Sends ONE real SMS through api.plivo.com with the credentials from PLIVO_AUTH_ID and
 * PLIVO_AUTH_TOKEN. Missing credentials are a usage error (exit 2) raised before anything else.
 */
export async function runLiveDemo(options: LiveOptions, print: Printer): Promise<number> {
  const { authId, authToken } = readCredentials(process.env, 'they are needed for --live; run without --live for the offline demo');
  let client;
  try {
    client = createPlivoClient({ authId, authToken });
  } catch (error) {
    if (error instanceof PlivoError) throw usageError(`PLIVO_AUTH_ID: ${error.message}`);
    throw error;
  }
  const checked = validateSendMessageRequest({ src: options.src, dst: options.dst, text: options.text });
  if (!checked.ok) {
    print.line(`Invalid message, nothing was sent:\n${formatIssues(checked.issues, print.colour)}`);
    return EXIT_FAILURE;
  }
  print.line(print.colour.bold(`Sending one real SMS through https://api.plivo.com as ${authId}`));
  print.line(formatPlan(planSend(checked.value), print.colour));
  try {
    const response = await client.messages.send(checked.value);
    print.rows([
      ['Queued', response.message],
      ...response.message_uuid.map((uuid) => ['message_uuid', uuid]),
      ['api_id', response.api_id],
      ...(response.invalid_number?.length ? [['invalid_number', response.invalid_number.join(', ')]] : []),
    ]);
    return EXIT_OK;
  } catch (error) {
    process.stderr.write(`${failureText(error, print.colour)}\n`);
    return EXIT_FAILURE;
  }
}
