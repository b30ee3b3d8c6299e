import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRunning } from '../../src/cli/lifecycle.js';
import { createPlivoClient } from '../../src/index.js';
import { startCallbackReceiver } from './http-receiver.js';

const ROOT = join(import.meta.dirname, '../..');
const AUTH_ID = 'MASIMULATORCLI000000';
const TOKEN = 'simulate-cli-token-93e1f0';

function start(args: string[]) {
  const env = { ...process.env, NO_COLOR: '1', PLIVO_AUTH_ID: AUTH_ID, PLIVO_AUTH_TOKEN: TOKEN };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done, stdout: () => stdout };
}

describe('plivo-message simulate', () => {
  it('serves the simulator on the real clock until SIGTERM; send, signed callbacks and get work against it', { timeout: 60_000 }, async () => {
    const receiver = await startCallbackReceiver(TOKEN);
    const callbackUrl = receiver.url;
    const simulator = start(['simulate', '--port', '0', '--mps', '100', '--delivery-delay-ms', '0', '--seed', '5']);
    try {
      await expect.poll(() => /on (http:\/\/127\.0\.0\.1:\d+): /.exec(simulator.stdout())?.[1], { timeout: 30_000 }).toBeTruthy();
      const url = /on (http:\/\/127\.0\.0\.1:\d+): /.exec(simulator.stdout())?.[1] as string;
      expect(simulator.stdout()).toContain('100 MPS, 300 requests per 5 s, seed 5');
      expect(simulator.stdout()).toContain(`auth ID ${AUTH_ID}, auth token from PLIVO_AUTH_TOKEN`);

      const send = await start(['send', '--base-url', url, '--src', '14155550100', '--dst', '14155550123', '--text', 'Hi', '--url', callbackUrl, '--json']).done;
      expect(send.code).toBe(0);
      const report = JSON.parse(send.stdout) as { accepted: Array<{ messageUuids: string[] }> };
      const uuid = report.accepted[0]?.messageUuids[0] as string;
      await expect.poll(() => receiver.verified.length, { timeout: 20_000 }).toBe(3);
      expect(receiver.verified.map((v) => v.status)).toEqual(['queued', 'sent', 'delivered']);
      expect(receiver.refused).toEqual([]);
      const plivo = createPlivoClient({ authId: AUTH_ID, authToken: TOKEN, baseUrl: url });
      expect((await plivo.messages.get(uuid)).message_state).toBe('delivered');
    } finally {
      simulator.child.kill('SIGTERM');
      await receiver.close();
    }
    const run = await simulator.done;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Stopped the simulator after 2 requests and 1 message.');
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
    expect(isRunning(simulator.child.pid as number)).toBe(false);
  });
});
