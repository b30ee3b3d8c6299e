import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnTypeScript, type Finished } from '../../support/spawn.js';
import { accept, AUTH_ID, credentials, startFakePlivo, TOKEN, usNumbers, type FakePlivo } from './harness.js';

/** Resolves once `condition` holds, checking every 20 ms. */
const waitForCondition = (condition: () => boolean) =>
  new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (condition()) {
        clearInterval(timer);
        resolve();
      }
    }, 20);
  });

const BASIC = Buffer.from(`${AUTH_ID}:${TOKEN}`).toString('base64');

/** The CLI as a user runs it: its own process, credentials only when given, no colour. */
const plivoMessage = (args: string[], env: Record<string, string | undefined> = {}) =>
  spawnTypeScript('src/cli/main.ts', args, { env: { NO_COLOR: '1', PLIVO_AUTH_ID: undefined, PLIVO_AUTH_TOKEN: undefined, PLIVO_BASE_URL: undefined, ...env } }).done;

const expectNoSecret = (run: Finished) => {
  for (const text of [run.stdout, run.stderr]) {
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(BASIC);
  }
};

describe.concurrent('plivo-message as a child process', () => {
  let failing: FakePlivo;
  let silent: Server;
  let silentUrl: string;
  beforeAll(async () => {
    failing = await startFakePlivo((_send, _index, response) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ api_id: 'api-500', error: `internal error (${TOKEN})` }));
    });
    // Accepts the connection and reads the request, then never answers.
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    silentUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await failing.close();
    silent.closeAllConnections();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  const send = ['send', '--src', '14155550100', '--dst', '14155550123', '--text', 'Hi'];

  it('exits 3 when the server answers 500, honouring PLIVO_BASE_URL, without printing the token', async () => {
    const run = await plivoMessage(send, { ...credentials, PLIVO_BASE_URL: failing.url });
    expect(run.code).toBe(3);
    expect(failing.received).toHaveLength(1);
    expect(run.stderr).toContain('sendMessage failed with HTTP 500');
    expect(run.stderr).toContain('may have been queued anyway');
    expectNoSecret(run);
  });

  it('exits 3 when the server never answers within --timeout', async () => {
    const run = await plivoMessage([...send, '--base-url', silentUrl, '--timeout', '300ms'], credentials);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('No answer to POST within 300 ms');
    expectNoSecret(run);
  });

  it('on Ctrl-C (SIGINT) starts no new request, lets the one in flight finish and reports what went out', async () => {
    let release: () => void = () => undefined;
    const held = await startFakePlivo((send, index, response) => {
      // The first request waits for the signal; any later one would show that the stop did not hold.
      if (index === 0) release = () => accept(send, index, response);
      else accept(send, index, response);
    });
    try {
      const running = spawnTypeScript('src/cli/main.ts', ['send', '--src', '14155550100', '--text', 'Hi', '--dst-file', '-', '--concurrency', '1', '--json', '--base-url', held.url], {
        env: { NO_COLOR: '1', PLIVO_BASE_URL: undefined, ...credentials },
        stdin: usNumbers(2500).join('\n'),
      });
      await waitForCondition(() => held.received.length === 1);
      running.child.kill('SIGINT');
      await running.waitFor(/Stopping: no new requests start/, { stream: 'stderr' });
      release();
      const run = await running.done;
      expect(held.received).toHaveLength(1);
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout) as { interrupted: boolean; recipients: Record<string, number> };
      expect(report.interrupted).toBe(true);
      expect(report.recipients).toMatchObject({ accepted: 1000, notSent: 1500, maybeSent: 0 });
    } finally {
      await held.close();
    }
  });

  it('exits 2 on conflicting flags, naming them', async () => {
    const run = await plivoMessage(['send', '--src', '14155550100', '--powerpack-uuid', 'd5ff4d8e-6b1a-4a70-b2f4-2d4e8e2a1a11', '--dst', '14155550123', '--text', 'Hi'], credentials);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--src and --powerpack-uuid cannot be used together');
    expect(run.stdout).toBe('');
  });
});
