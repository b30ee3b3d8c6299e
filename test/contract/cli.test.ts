import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { isRunning } from '../../src/cli/lifecycle.js';
import { spawnTypeScript } from '../support/spawn.js';
import { cli as runCliInProcess } from '../unit/cli/harness.js';

const TOKEN = 'contract-cli-token-5e4d3c';
const env = { NO_COLOR: '1', PLIVO_AUTH_ID: 'MAXXXXXXXXXXXXXXXXXX', PLIVO_AUTH_TOKEN: TOKEN };
const dir = mkdtempSync(join(tmpdir(), 'plivo-cli-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The sends run in-process through runCli; only the mock, which must stop Prism on a signal, runs as its own process.
const cli = (args: string[]) => runCliInProcess(args, { env });

describe.concurrent('plivo-message send against the Prism mock', () => {
  const base = ['send', '--base-url', inject('prismUrl'), '--src', '14155550100'];

  it('sends an SMS and prints the plan and the message UUID', async () => {
    const run = await cli([...base, '--dst', '14155550123<14155550124', '--text', 'Store closes at 6 pm today.']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Cost units +2 = 1 segment × 2 destinations$/m);
    expect(run.stdout).toMatch(/^Accepted +2 recipients in 1 request$/m);
    expect(run.stdout).toMatch(/^message_uuid +[0-9a-f-]{36}$/m);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });

  it('sends 2,500 numbers from a file in three requests, with the summary right', async () => {
    const numbers = Array.from({ length: 2500 }, (_, i) => `1415${String(5_550_000 + i).padStart(7, '0')}`);
    const file = join(dir, 'numbers.csv');
    writeFileSync(file, ['name,phone', ...numbers.map((number, i) => `customer ${i},${number}`), 'again,+1 415 555 0000', 'broken,0712'].join('\n'));
    const run = await cli([...base, '--dst-file', file, '--text', 'Store closes at 6 pm today.', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { requests: number; recipients: Record<string, number>; accepted: Array<{ dst: string[] }>; invalid: Array<{ input: string }> };
    expect(report.requests).toBe(3);
    expect(report.accepted.map((request) => request.dst.length)).toEqual([1000, 1000, 500]);
    expect(report.recipients).toEqual({ accepted: 2500, invalid: 1, duplicates: 1, notSent: 0, maybeSent: 0 });
    expect(report.invalid.map((entry) => entry.input)).toEqual(['0712']);
  });

  it('prints the report with --json', async () => {
    const run = await cli([...base, '--dst', '14155550123', '--text', 'Hi', '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { ok: boolean; accepted: Array<{ messageUuids: string[]; apiId: string }> };
    expect(result.ok).toBe(true);
    expect(result.accepted[0]?.messageUuids).toHaveLength(1);
    expect(result.accepted[0]?.apiId).toEqual(expect.any(String));
  });

  it('sends an MMS and a WhatsApp template from a file', async () => {
    const template = join(dir, 'template.json');
    writeFileSync(template, JSON.stringify({ name: 'order_update', language: 'en_US', components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ana' }] }] }));
    const [mms, whatsapp] = await Promise.all([
      cli([...base, '--dst', '14155550123', '--media-url', 'https://example.com/m/pass.png', '--text', 'Your pass']),
      cli([...base, '--dst', '14155550123', '--template-file', template, '--url', 'https://example.com/status']),
    ]);
    expect([mms.code, whatsapp.code]).toEqual([0, 0]);
    expect(mms.stdout).toMatch(/^Type +mms$/m);
    expect(whatsapp.stdout).toMatch(/^Type +whatsapp$/m);
  });
});

describe('plivo-message mock', () => {
  it('serves the spec until SIGINT, then stops Prism by PID and exits 0', async () => {
    const mock = spawnTypeScript('src/cli/main.ts', ['mock', '--port', '0'], { env });
    const [, url, pid] = await mock.waitFor(/on (http:\/\/127\.0\.0\.1:\d+) \(pid (\d+)\)/);
    const response = await fetch(`${url}/v1/Account/MAXXXXXXXXXXXXXXXXXX/Message/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${btoa('MAXXXXXXXXXXXXXXXXXX:x')}` },
      body: JSON.stringify({ src: '14155550100', dst: '14155550123', text: 'Hi' }),
    });
    expect(response.status).toBe(202);
    const run = await mock.stop('SIGINT');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Stopped Prism (pid ${pid}).`);
    expect(isRunning(Number(pid))).toBe(false);
  });

  it('refuses a port already taken, as `plivo-message mock` and as `npm run mock` (one implementation)', async () => {
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const address = other.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const [command, script] = await Promise.all([
        spawnTypeScript('src/cli/main.ts', ['mock', '--port', String(port)], { env }).done,
        spawnTypeScript('scripts/mock.ts', [], { env: { ...env, PORT: String(port) } }).done,
      ]);
      for (const run of [command, script]) {
        expect(run.code).toBe(1);
        expect(run.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
        expect(run.stdout).not.toContain('Press Ctrl-C');
      }
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });
});
