import { describe, expect, it } from 'vitest';
import { isRunning } from '../../src/cli/lifecycle.js';
import { createPlivoClient } from '../../src/index.js';
import { spawnTypeScript } from '../support/spawn.js';
import { cli } from '../unit/cli/harness.js';
import { startCallbackReceiver } from './http-receiver.js';

const AUTH_ID = 'MASIMULATORCLI000000';
const TOKEN = 'simulate-cli-token-93e1f0';

const env = { NO_COLOR: '1', PLIVO_AUTH_ID: AUTH_ID, PLIVO_AUTH_TOKEN: TOKEN };

describe('plivo-message simulate', () => {
  it('serves the simulator on the real clock until SIGTERM; send, signed callbacks and get work against it', { timeout: 60_000 }, async () => {
    const receiver = await startCallbackReceiver(TOKEN);
    const callbackUrl = receiver.url;
    const simulator = spawnTypeScript('src/cli/main.ts', ['simulate', '--port', '0', '--mps', '100', '--delivery-delay-ms', '0', '--seed', '5'], { env });
    try {
      const [, url = ''] = await simulator.waitFor(/on (http:\/\/127\.0\.0\.1:\d+): /, { timeoutMs: 30_000 });
      // The banner's second line may arrive in a later chunk of output than the first.
      await simulator.waitFor(/auth ID .*\n/, { timeoutMs: 30_000 });
      expect(simulator.stdout()).toContain('100 MPS, 300 requests per 5 s, seed 5');
      expect(simulator.stdout()).toContain(`auth ID ${AUTH_ID}, auth token from PLIVO_AUTH_TOKEN`);

      // The server is the child process under test; the send beside it runs in-process.
      const send = await cli(['send', '--base-url', url, '--src', '14155550100', '--dst', '14155550123', '--text', 'Hi', '--url', callbackUrl, '--json'], { env });
      expect(send.code).toBe(0);
      const report = JSON.parse(send.stdout) as { accepted: Array<{ messageUuids: string[] }> };
      const uuid = report.accepted[0]?.messageUuids[0] as string;
      await expect.poll(() => receiver.verified.length, { timeout: 20_000 }).toBe(3);
      expect(receiver.verified.map((v) => v.status)).toEqual(['queued', 'sent', 'delivered']);
      expect(receiver.refused).toEqual([]);
      const plivo = createPlivoClient({ authId: AUTH_ID, authToken: TOKEN, baseUrl: url });
      expect((await plivo.messages.get(uuid)).message_state).toBe('delivered');
    } finally {
      await simulator.stop('SIGTERM');
      await receiver.close();
    }
    const run = await simulator.done;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Stopped the simulator after 2 requests and 1 message.');
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
    expect(isRunning(simulator.child.pid as number)).toBe(false);
  });
});
