import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRunning } from '../../src/cli/lifecycle.js';
import { createPlivoClient, verifyRequest } from '../../src/index.js';

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

const statuses: string[] = [];
const receiver = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', async () => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    const result = await verifyRequest(new Request(`http://${req.headers.host}${req.url}`, { method: 'POST', headers, body: Buffer.concat(chunks) }), { authToken: TOKEN });
    if (result.ok) statuses.push(result.callback.Status);
    res.writeHead(result.ok ? 200 : 403).end();
  });
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

describe('plivo-message simulate', () => {
  it('serves the simulator on the real clock until SIGTERM; send, signed callbacks and get work against it', { timeout: 60_000 }, async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const callbackUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/status`;
    const simulator = start(['simulate', '--port', '0', '--mps', '100', '--delivery-delay-ms', '0', '--seed', '5']);
    try {
      await expect.poll(() => /on (http:\/\/127\.0\.0\.1:\d+)/.exec(simulator.stdout())?.[1], { timeout: 30_000 }).toBeTruthy();
      const url = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(simulator.stdout())?.[1] as string;
      expect(simulator.stdout()).toContain('100 MPS, 300 requests per 5 s, seed 5');
      expect(simulator.stdout()).toContain(`auth ID ${AUTH_ID}, auth token from PLIVO_AUTH_TOKEN`);

      const send = await start(['send', '--base-url', url, '--src', '14155550100', '--dst', '14155550123', '--text', 'Hi', '--url', callbackUrl, '--json']).done;
      expect(send.code).toBe(0);
      const report = JSON.parse(send.stdout) as { accepted: Array<{ messageUuids: string[] }> };
      const uuid = report.accepted[0]?.messageUuids[0] as string;
      await expect.poll(() => statuses.length, { timeout: 20_000 }).toBe(3);
      expect(statuses).toEqual(['queued', 'sent', 'delivered']);
      const plivo = createPlivoClient({ authId: AUTH_ID, authToken: TOKEN, baseUrl: url });
      expect((await plivo.messages.get(uuid)).message_state).toBe('delivered');
    } finally {
      simulator.child.kill('SIGTERM');
    }
    const run = await simulator.done;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Stopped the simulator after 2 requests and 1 message.');
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
    expect(isRunning(simulator.child.pid as number)).toBe(false);
  });
});
