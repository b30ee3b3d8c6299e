import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { isRunning } from '../../src/cli/lifecycle.js';

const ROOT = join(import.meta.dirname, '../..');
const TOKEN = 'contract-cli-token-5e4d3c';
const env = { ...process.env, NO_COLOR: '1', PLIVO_AUTH_ID: 'MAXXXXXXXXXXXXXXXXXX', PLIVO_AUTH_TOKEN: TOKEN };
const dir = mkdtempSync(join(tmpdir(), 'plivo-cli-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(args: string[]) {
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

const cli = (args: string[]) => start(args).done;

describe.concurrent('plivo-message send against the Prism mock', () => {
  const base = ['send', '--base-url', inject('prismUrl'), '--src', '14155550100'];

  it('sends an SMS and prints the plan and the message UUID', async () => {
    const run = await cli([...base, '--dst', '14155550123<14155550124', '--text', 'Store closes at 6 pm today.']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Cost units +2 = 1 segment × 2 destinations$/m);
    expect(run.stdout).toContain('Queued: message(s) queued');
    expect(run.stdout).toMatch(/^message_uuid +[0-9a-f-]{36}$/m);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });

  it('prints the 202 body with --json', async () => {
    const run = await cli([...base, '--dst', '14155550123', '--text', 'Hi', '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { ok: boolean; response: { message_uuid: string[]; api_id: string } };
    expect(result.ok).toBe(true);
    expect(result.response.message_uuid).toHaveLength(1);
    expect(result.response.api_id).toEqual(expect.any(String));
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
    const mock = start(['mock', '--port', '0']);
    const found = await new Promise<RegExpExecArray>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /on (http:\/\/127\.0\.0\.1:\d+) \(pid (\d+)\)/.exec(mock.stdout());
        if (match) {
          clearInterval(timer);
          resolve(match);
        }
      }, 50);
      setTimeout(() => {
        clearInterval(timer);
        reject(new Error(`the mock did not start: ${mock.stdout()}`));
      }, 20_000);
    });
    const [, url, pid] = found;
    const response = await fetch(`${url}/v1/Account/MAXXXXXXXXXXXXXXXXXX/Message/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${btoa('MAXXXXXXXXXXXXXXXXXX:x')}` },
      body: JSON.stringify({ src: '14155550100', dst: '14155550123', text: 'Hi' }),
    });
    expect(response.status).toBe(202);
    mock.child.kill('SIGINT');
    const run = await mock.done;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Stopped Prism (pid ${pid}).`);
    expect(isRunning(Number(pid))).toBe(false);
  });
});
