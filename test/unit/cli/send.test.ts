import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../../src/node/mock-server.js';
import { accept, answerWith, AUTH_ID, cli, credentials, startFakePlivo, TOKEN, useTempDir, usNumbers, type FakePlivo, type Run } from './harness.js';

const BASIC = Buffer.from(`${AUTH_ID}:${TOKEN}`).toString('base64');
const write = useTempDir('plivo-cli-send-');

const servers: FakePlivo[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
const fake = async (...args: Parameters<typeof startFakePlivo>) => {
  const server = await startFakePlivo(...args);
  servers.push(server);
  return server;
};

const base = ['send', '--src', '14155550100', '--text', 'Store closes at 6 today'];
const expectNoSecret = (run: Run) => {
  for (const text of [run.stdout, run.stderr]) {
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(BASIC);
  }
};
interface Report {
  ok: boolean;
  exitCode: number;
  interrupted: boolean;
  recipients: { accepted: number; invalid: number; duplicates: number; notSent: number; maybeSent: number };
  requests: number;
  accepted: Array<{ dst: string[]; messageUuids: string[] }>;
  invalid: Array<{ input: string; reason: string }>;
  failed: Array<{ dst: string[]; maybeSent: boolean; error: { name: string; message: string; causes: string[]; status?: number } }>;
}
const report = (run: Run) => JSON.parse(run.stdout) as Report;

describe('send', () => {
  it('sends one message and prints the plan, the message UUID and api_id', async () => {
    const plivo = await fake();
    const run = await cli([...base, '--dst', '14155550123', '--base-url', plivo.url], { env: credentials });
    expect(run.code, run.stderr).toBe(0);
    expect(plivo.received).toHaveLength(1);
    expect(plivo.received[0]?.body).toEqual({ src: '14155550100', dst: '14155550123', text: 'Store closes at 6 today' });
    expect(plivo.received[0]?.authorization).toBe(`Basic ${BASIC}`);
    expect(run.stdout).toMatch(/^Cost units +1 = 1 segment × 1 destination$/m);
    expect(run.stdout).toMatch(/^Accepted +1 recipient in 1 request$/m);
    expect(run.stdout).toMatch(/^message_uuid +[0-9a-f-]{36}$/m);
    expect(run.stderr).toBe('');
  });

  it('takes the API origin from PLIVO_BASE_URL, --base-url winning over it', async () => {
    const [fromEnv, fromFlag] = await Promise.all([fake(), fake()]);
    expect((await cli([...base, '--dst', '14155550123'], { env: { ...credentials, PLIVO_BASE_URL: fromEnv.url } })).code).toBe(0);
    expect((await cli([...base, '--dst', '14155550123', '--base-url', fromFlag.url], { env: { ...credentials, PLIVO_BASE_URL: fromEnv.url } })).code).toBe(0);
    expect([fromEnv.received.length, fromFlag.received.length]).toEqual([1, 1]);
  });

  it('sends 2,500 numbers from a file in three requests with plain progress lines and a summary', async () => {
    const plivo = await fake();
    const numbers = usNumbers(2500);
    const file = write('numbers.txt', [...numbers, numbers[0], '0712'].join('\n'));
    const run = await cli([...base, '--dst-file', file, '--base-url', plivo.url], { env: credentials });
    expect(run.code, run.stderr).toBe(0);
    expect(plivo.received.map((send) => String(send.body.dst).split('<').length)).toEqual([1000, 1000, 500]);
    expect(new Set(plivo.received.flatMap((send) => String(send.body.dst).split('<'))).size).toBe(2500);
    expect(run.stdout).toMatch(/^Accepted +2500 recipients in 3 requests$/m);
    expect(run.stdout).toMatch(/^Invalid +1 not sent \(1 listed above as not sendable\)$/m);
    // Listed once, in the plan before the send, not again in the summary.
    expect(run.stdout.match(/0712: does not start with a country code/g)).toEqual(['0712: does not start with a country code']);
    expect(run.stdout).toMatch(/^Not sendable +0712: /m);
    expect(run.stdout).toMatch(/^Duplicates +1 repeated, sent once$/m);
    expect(run.stdout).not.toContain('message_uuid');
    expect(run.stderr).toMatch(/^Sent: 2500 of 2500 recipients \(3 of 3 requests\)$/m);
  });

  it('lists the numbers Plivo refused in invalid_number, and says when an accepted answer could not be read', async () => {
    const refusing = await fake((send, index, response) => {
      const numbers = String(send.body.dst).split('<');
      response.writeHead(202, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'message(s) queued', message_uuid: numbers.slice(1).map(() => `uuid-${index}`), invalid_number: numbers.slice(0, 1), api_id: 'api' }));
    });
    const run = await cli([...base, '--dst', '14155550123', '--dst', '14155550124', '--dst', '0712', '--base-url', refusing.url], { env: credentials });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Invalid +2 not sent \(1 listed above as not sendable; 1 refused by Plivo, listed below\)$/m);
    expect(run.stdout).toMatch(/^ {2}14155550123: rejected by Plivo$/m);
    expect(run.stdout.match(/0712: /g)).toHaveLength(1);

    const unreadable = await fake((_send, _index, response) => {
      response.writeHead(202, { 'content-type': 'application/json' });
      response.end('{"message_uuid": [');
    });
    const cut = await cli([...base, '--dst', '14155550123', '--base-url', unreadable.url], { env: credentials });
    expect(cut.code, cut.stderr).toBe(0);
    expect(cut.stdout).toMatch(/^UUIDs unknown +1 recipient accepted, but Plivo's answer could not be read/m);
  });

  it('draws a progress bar (cli-progress) on a terminal, with --json too, keeping stdout pure JSON', async () => {
    const plivo = await fake();
    const dsts = usNumbers(1500).flatMap((number) => ['--dst', number]);
    for (const json of [[], ['--json']]) {
      const run = await cli([...base, ...dsts, '--base-url', plivo.url, ...json], { env: credentials, stderrIsTTY: true });
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/Sending .*1500\/1500 recipients \| 2\/2 requests/);
      if (json.length > 0) expect(report(run).recipients.accepted).toBe(1500);
    }
  });

  it('writes a JSON report with --json', async () => {
    const plivo = await fake();
    const run = await cli([...base, '--dst', '14155550123<14155550124<14155550123', '--dst', '0712', '--base-url', plivo.url, '--json'], { env: credentials });
    expect(run.code).toBe(0);
    const result = report(run);
    expect(result).toMatchObject({ ok: true, exitCode: 0, interrupted: false, requests: 1, recipients: { accepted: 2, invalid: 1, duplicates: 1, notSent: 0, maybeSent: 0 } });
    expect(result.accepted[0]?.messageUuids).toHaveLength(2);
    expect(run.stderr).toBe('');
  });

  it('exits 3 on a 5xx: the message may have been queued, and it is not sent again', async () => {
    const plivo = await fake(answerWith(500, 'internal error'));
    const run = await cli([...base, '--dst', '14155550123', '--base-url', plivo.url], { env: credentials });
    expect(run.code).toBe(3);
    expect(plivo.received).toHaveLength(1);
    expect(run.stderr).toContain('sendMessage failed with HTTP 500');
    expect(run.stderr).toContain('may have been queued anyway');
    expect(run.stdout).toMatch(/^May be sent +1 recipient in 1 request/m);
  });

  it('exits 3 when no answer comes within --timeout', async () => {
    const plivo = await fake(() => undefined);
    const run = await cli([...base, '--dst', '14155550123', '--base-url', plivo.url, '--timeout', '0.3s', '--json'], { env: credentials });
    expect(run.code).toBe(3);
    expect(plivo.received).toHaveLength(1);
    expect(report(run).failed[0]).toMatchObject({ maybeSent: true, error: { name: 'PlivoTimeoutError' } });
  });

  it('exits 1 on a refusal (4xx): nothing was sent', async () => {
    const plivo = await fake(answerWith(400, 'invalid src'));
    const run = await cli([...base, '--dst', '14155550123', '--base-url', plivo.url], { env: credentials });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('sendMessage failed with HTTP 400: invalid src');
    expect(run.stderr).not.toContain('may have been queued');
    expect(run.stdout).toMatch(/^Not sent +1 recipient in 1 failed request/m);
  });

  it('exits 1 on a refused connection and shows the cause', async () => {
    const run = await cli([...base, '--dst', '14155550123', '--base-url', `http://127.0.0.1:${await freePort()}`], { env: credentials });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: POST to 127\.0\.0\.1:\d+ failed before an answer/m);
    expect(run.stderr).toMatch(/^ {2}cause: .*ECONNREFUSED/m);
  });

  it('announces each 429 wait on stderr and sends the refused request again', async () => {
    const plivo = await fake((send, index, response) => {
      if (index > 0) return accept(send, index, response);
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0.1' });
      response.end(JSON.stringify({ api_id: 'api-429', error: 'too many requests' }));
    });
    const run = await cli([...base, '--dst', '14155550123', '--base-url', plivo.url], { env: credentials });
    expect(run.code).toBe(0);
    expect(plivo.received).toHaveLength(2);
    expect(run.stderr).toBe('Rate limited by Plivo (HTTP 429) on a request of 1 number: pausing new requests for 0.1 s, as Plivo asked, then sending it again (attempt 2 of 6)\n');
  });

  it('gives up on a request refused with 429 six times, saying so, and exits 1: nothing was sent', async () => {
    const plivo = await fake((_send, _index, response) => {
      response.writeHead(429, { 'retry-after': '0' });
      response.end();
    });
    const run = await cli([...base, '--dst', '14155550123', '--base-url', plivo.url], { env: credentials });
    expect(run.code).toBe(1);
    expect(plivo.received).toHaveLength(6);
    expect(run.stderr.match(/pausing new requests/g)).toHaveLength(5);
    expect(run.stderr).toContain('refused 6 times, giving up on it (nothing was sent to these numbers)');
  });

  it('exits 1 when the host name does not resolve, and shows the resolver\'s cause', async () => {
    // .invalid never resolves (RFC 6761), with or without a network.
    const run = await cli([...base, '--dst', '14155550123', '--base-url', 'http://api.plivo.invalid'], { env: credentials });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^ {2}cause: getaddrinfo (ENOTFOUND|EAI_AGAIN) api\.plivo\.invalid/m);
    expect(run.stdout).toMatch(/^Not sent +1 recipient in 1 failed request/m);
    expect(run.stdout).not.toContain('Accepted');
  });

  it('exits 3 in bulk when any request may have been sent, 1 when the failed ones certainly were not', async () => {
    const serverError = await fake((send, index, response) => (index === 1 ? answerWith(503)(send, index, response) : accept(send, index, response)));
    const mixed = await cli([...base, '--dst-file', '-', '--base-url', serverError.url, '--concurrency', '1', '--json'], { env: credentials, stdin: usNumbers(2500).join('\n') });
    expect(mixed.code).toBe(3);
    expect(report(mixed).recipients).toEqual({ accepted: 1500, invalid: 0, duplicates: 0, notSent: 0, maybeSent: 1000 });

    const refusal = await fake((send, index, response) => (index === 2 ? answerWith(403)(send, index, response) : accept(send, index, response)));
    const partial = await cli([...base, '--dst-file', '-', '--base-url', refusal.url, '--concurrency', '1', '--json'], { env: credentials, stdin: usNumbers(2500).join('\n') });
    expect(partial.code).toBe(1);
    expect(report(partial).recipients).toMatchObject({ accepted: 2000, notSent: 500, maybeSent: 0 });
  });

  it('writes the numbers certainly not sent to --unsent-file, leaving out those that may have been sent', async () => {
    // Request 1 (numbers 1000-1999) is refused, request 2 (2000-2499) gets a 5xx.
    const plivo = await fake((send, index, response) => (index === 1 ? answerWith(400)(send, index, response) : index === 2 ? answerWith(502)(send, index, response) : accept(send, index, response)));
    const unsent = write('unsent.txt', '');
    const run = await cli([...base, '--dst-file', '-', '--base-url', plivo.url, '--concurrency', '1', '--unsent-file', unsent], { env: credentials, stdin: usNumbers(2500).join('\n') });
    expect(run.code).toBe(3);
    expect(readFileSync(unsent, 'utf8')).toBe(usNumbers(1000, 1000).map((number) => `${number}\n`).join(''));
    expect(run.stderr).toContain(`Wrote the 1000 numbers not sent to ${unsent}`);

    // A path that cannot be written is found before the first request, when nothing has been sent.
    const unwritable = `${unsent}/not-a-directory/unsent.txt`;
    const refused = await cli([...base, '--dst', '14155550123', '--base-url', plivo.url, '--unsent-file', unwritable], { env: credentials });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`cannot write --unsent-file ${JSON.stringify(unwritable)}: ENOTDIR; nothing was sent`);
    expect(plivo.received).toHaveLength(3);
  });

  it('stops new requests on Ctrl-C, lets the one in flight finish, and reports what went out', async () => {
    let interrupt: () => void = () => undefined;
    const plivo = await fake((send, index, response) => {
      // The first request is answered only after Ctrl-C, so the stop happens while it is in flight.
      if (index === 0) {
        interrupt();
        setImmediate(() => accept(send, index, response));
      } else accept(send, index, response);
    });
    const run = await cli([...base, '--dst-file', '-', '--base-url', plivo.url, '--concurrency', '1', '--json'], {
      env: credentials,
      stdin: usNumbers(3000).join('\n'),
      onInterruptReady: (handler) => (interrupt = handler),
    });
    expect(plivo.received).toHaveLength(1);
    const result = report(run);
    expect(result.interrupted).toBe(true);
    expect(result.recipients).toMatchObject({ accepted: 1000, notSent: 2000, maybeSent: 0 });
    expect(result.failed.map((failure) => failure.error.message)).toEqual([expect.stringContaining('stopped before this request started; nothing was sent'), expect.stringContaining('stopped before this request started; nothing was sent')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Stopping: no new requests start');
  });

  it('gives up a 429 pause on Ctrl-C instead of waiting out Retry-After', async () => {
    let interrupt: () => void = () => undefined;
    const plivo = await fake((_send, _index, response) => {
      // Longer than the test's own timeout: only a wait cut short by Ctrl-C lets the run finish.
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '60' });
      response.end(JSON.stringify({ api_id: 'slow-1', error: 'too many requests' }));
      setTimeout(() => interrupt(), 20);
    });
    const run = await cli([...base, '--dst-file', '-', '--base-url', plivo.url, '--concurrency', '1', '--json'], {
      env: credentials,
      stdin: usNumbers(2000).join('\n'),
      onInterruptReady: (handler) => (interrupt = handler),
    });
    expect(plivo.received).toHaveLength(1);
    const result = report(run);
    expect(result.interrupted).toBe(true);
    expect(result.recipients).toMatchObject({ accepted: 0, notSent: 2000, maybeSent: 0 });
    expect(run.code).toBe(1);
  });

  it('never prints the token, even when the server echoes the credentials, in text and JSON', async () => {
    const echo = await fake((send, _index, response) => {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ api_id: 'echo-1', error: `bad credentials: ${send.authorization ?? ''} (${TOKEN})` }));
    });
    const text = await cli([...base, '--dst', '14155550123', '--base-url', echo.url], { env: credentials });
    expect(text.code).toBe(1);
    expect(text.stderr).toContain('sendMessage failed with HTTP 401');
    expect(text.stderr).toContain('api_id: echo-1');
    expectNoSecret(text);
    const json = await cli([...base, '--dst', '14155550123', '--base-url', echo.url, '--json'], { env: credentials });
    expect(report(json).failed[0]?.error).toMatchObject({ name: 'PlivoAuthError', status: 401 });
    expectNoSecret(json);
  });

  it('exits 2 on a malformed auth ID without echoing the token', async () => {
    const run = await cli([...base, '--dst', '14155550123'], { env: { PLIVO_AUTH_ID: 'MA123', PLIVO_AUTH_TOKEN: TOKEN } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('PLIVO_AUTH_ID: authId must be 20 characters');
    expectNoSecret(run);
  });
});
