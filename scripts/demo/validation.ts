import { createPlivoClient, PlivoValidationError, validateSendMessageRequest } from '../../src/index.js';
import { basicCredentials } from '../../src/encoding.js';
import { formatIssues, issuePath } from '../../src/cli/issues.js';
import { describeViolation, findings, parseViolations } from '../../src/node/prism-violations.js';
import { BODY_WITH_THREE_MISTAKES, RAW_INVALID_BODY } from './bodies.js';
import { DEMO_AUTH_ID, DEMO_AUTH_TOKEN } from './credentials.js';
import type { Printer } from './printer.js';
import { createWireLog } from './wire.js';

/** Sends a body with three mistakes through a client whose fetch counts calls: it must stay at 0. */
export async function showCaughtBeforeNetwork(baseUrl: string, print: Printer): Promise<void> {
  const { colour } = print;
  print.section('A WhatsApp template body with three mistakes, caught before the network');
  const wire = createWireLog();
  const client = createPlivoClient({ baseUrl, authId: DEMO_AUTH_ID, authToken: DEMO_AUTH_TOKEN, fetch: wire.fetch });
  try {
    // The body is deliberately wrong, so it cannot have the request type.
    await client.messages.send(BODY_WITH_THREE_MISTAKES as never);
    throw new Error('the invalid body was accepted');
  } catch (error) {
    if (!(error instanceof PlivoValidationError)) throw error;
    print.line(formatIssues(error.issues, colour, '   '));
    const proof = `${error.name}, ${error.issues.length} issues; fetch calls made: ${wire.entries.length}`;
    print.line(`   ${wire.entries.length === 0 ? colour.green(proof) : colour.red(proof)}`);
  }
}

/**
 * Posts an invalid body with plain fetch (no client, no validation) and prints how the mock refuses
 * it, then what the client says about the same body before sending anything.
 */
export async function showRejectedByMock(baseUrl: string, print: Printer): Promise<void> {
  const { colour } = print;
  print.section(`A raw fetch() with ${JSON.stringify(RAW_INVALID_BODY)}, refused by the mock`);
  const response = await fetch(`${baseUrl}/v1/Account/${DEMO_AUTH_ID}/Message/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Basic ${basicCredentials(DEMO_AUTH_ID, DEMO_AUTH_TOKEN)}` },
    body: JSON.stringify(RAW_INVALID_BODY),
  });
  const answer = (await response.json().catch(() => ({}))) as { error?: unknown };
  const violations = findings(parseViolations(response.headers.get('sl-violations')));
  const checked = validateSendMessageRequest(RAW_INVALID_BODY);
  print.rows([
    ['HTTP', `${colour.red(String(response.status))}  ${typeof answer.error === 'string' ? `error: ${answer.error}` : ''}`],
    ['sl-violations', `${violations.length} findings (Prism's own check of the body, in the header)`],
    ...violations.map((violation) => ['', `  ${colour.yellow(describeViolation(violation, { body: RAW_INVALID_BODY }))}`]),
    ['The client says', colour.dim('(the same body through validateSendMessageRequest, before any request)')],
    ...(checked.ok ? [] : checked.issues.map((issue) => ['', `  ${colour.yellow(`${issuePath(issue)}:`)} ${issue.message}`])),
  ]);
  print.line(colour.dim('   No src and no powerpack_uuid: a send needs exactly one of them, which is why the schema asks for powerpack_uuid when src is missing.'));
}
