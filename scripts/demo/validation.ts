import { createPlivoClient, PlivoValidationError } from '../../src/index.js';
import { formatIssues } from '../../src/cli/issues.js';
import { padEnd } from '../../src/cli/style.js';
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

interface PrismViolation {
  location?: string[];
  message?: string;
}

/** Posts an invalid body with plain fetch (no client, no validation) and prints how Prism refuses it. */
export async function showRejectedByMock(baseUrl: string, print: Printer): Promise<void> {
  const { colour } = print;
  print.section(`A raw fetch() with ${JSON.stringify(RAW_INVALID_BODY)}, refused by the mock`);
  const response = await fetch(`${baseUrl}/v1/Account/${DEMO_AUTH_ID}/Message/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from(`${DEMO_AUTH_ID}:${DEMO_AUTH_TOKEN}`).toString('base64')}`,
    },
    body: JSON.stringify(RAW_INVALID_BODY),
  });
  const answer = (await response.json().catch(() => ({}))) as { error?: unknown };
  const violations = JSON.parse(response.headers.get('sl-violations') ?? '[]') as PrismViolation[];
  const locationOf = (violation: PrismViolation) => `${(violation.location ?? []).slice(1).join('.')}:`;
  const width = Math.max(0, ...violations.map((violation) => locationOf(violation).length));
  print.rows([
    ['HTTP', `${colour.red(String(response.status))}  ${typeof answer.error === 'string' ? `error: ${answer.error}` : ''}`],
    ['sl-violations', `${violations.length} (Prism's own check of the body against the spec)`],
    ...violations.map((violation) => ['', `  ${colour.yellow(padEnd(locationOf(violation), width))} ${violation.message ?? ''}`]),
  ]);
}
