import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countSegments, validateSendMessageRequest, VERSION } from '../../../src/index.js';
import { freePort } from '../../../src/node/mock-server.js';

const ROOT = join(import.meta.dirname, '../../..');
const AUTH_ID = 'MAXXXXXXXXXXXXXXXXXX';
const TOKEN = 'cli-test-token-9f8e7d6c5b4a';
const BASIC = Buffer.from(`${AUTH_ID}:${TOKEN}`).toString('base64');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from source as its own process, without credentials unless `env` gives them. */
function cli(args: string[], options: { env?: Record<string, string>; stdin?: string } = {}): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  if (!options.env?.PLIVO_AUTH_ID) delete env.PLIVO_AUTH_ID;
  if (!options.env?.PLIVO_AUTH_TOKEN) delete env.PLIVO_AUTH_TOKEN;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

const credentials = { PLIVO_AUTH_ID: AUTH_ID, PLIVO_AUTH_TOKEN: TOKEN };
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plivo-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const writeJson = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

describe.concurrent('help and usage errors', () => {
  it('lists every command in --help and exits 0', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['send', 'validate', 'segments', 'mock']) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it.each([
    ['send', ['--dst', '--src', '--text', '--type', '--media-url', '--template-file', '--powerpack-uuid', '--url', '--dry-run', '--base-url', '--json']],
    ['validate', ['<file>', '--json']],
    ['segments', ['<text>', '--json']],
    ['mock', ['--port', '--host']],
  ])('%s --help shows its options', async (command, options) => {
    const run = await cli([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: plivo-message ${command}`);
    for (const option of options) expect(run.stdout).toContain(option);
  });

  it('prints the version', async () => {
    const run = await cli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(VERSION);
  });

  it.each([
    ['an unknown command', ['sned'], /unknown command 'sned'/],
    ['no command', [], /Usage: plivo-message/],
    ['a missing --dst', ['send', '--src', '14155550100', '--text', 'Hi'], /required option '--dst <numbers>' not specified/],
    ['an unknown --type', ['send', '--dst', '14155550123', '--type', 'fax'], /argument 'fax' is invalid.*sms, mms, whatsapp/s],
    ['an unknown option', ['segments', 'Hi', '--colour'], /unknown option '--colour'/],
    ['a bad port', ['mock', '--port', 'abc'], /must be a port number/],
    ['a missing file', ['validate', '/nonexistent/body.json'], /cannot read body file "\/nonexistent\/body.json": no such file/],
    ['a base URL that is not http', ['send', '--src', '14155550100', '--dst', '14155550123', '--text', 'Hi', '--base-url', 'ftp://x'], /--base-url must be an http\(s\) URL/],
  ])('exits 2 on %s', async (_name, args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('exits 2 naming the missing credentials, without sending', async () => {
    const run = await cli(['send', '--src', '14155550100', '--dst', '14155550123', '--text', 'Hi'], { env: { PLIVO_AUTH_ID: AUTH_ID } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('PLIVO_AUTH_TOKEN must be set');
    expect(run.stderr).toContain('--dry-run');
  });
});

describe.concurrent('send --dry-run', () => {
  it('shows encoding, segments and cost units (segments × unique destinations) without credentials', async () => {
    const text = 'a'.repeat(161);
    const run = await cli(['send', '--dry-run', '--src', '14155550100', '--dst', '14155550123<+1 (415) 555-0124', '--dst', '14155550123', '--text', text]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Encoding +GSM-7$/m);
    expect(run.stdout).toMatch(/^Segments +2 \(153 units per segment/m);
    expect(run.stdout).toMatch(/^Destinations +2 unique \(1 duplicate removed\)$/m);
    expect(run.stdout).toMatch(/^Cost units +4 = 2 segments × 2 destinations$/m);
    expect(run.stdout).toContain('Dry run: nothing was sent.');
  });

  it('prints JSON with --json, for UCS-2 text too', async () => {
    const text = 'Votre colis est arrivé 📦 — merci !';
    const run = await cli(['send', '--dry-run', '--json', '--src', '14155550100', '--dst', '14155550123', '--text', text]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(result).toMatchObject({ ok: true, dryRun: true, type: 'sms', encoding: 'UCS-2', costUnits: 1, destinations: ['14155550123'] });
    expect(result.segments).toEqual(countSegments(text));
    expect(result.body).toEqual({ src: '14155550100', dst: '14155550123', text });
  });

  it('infers mms from --media-url and bills one unit per destination', async () => {
    const run = await cli(['send', '--dry-run', '--json', '--src', '14155550100', '--dst', '14155550123<14155550124', '--media-url', 'https://example.com/a.png', '--media-url', 'https://example.com/b.png']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ type: 'mms', costUnits: 2, body: { type: 'mms', media_urls: ['https://example.com/a.png', 'https://example.com/b.png'] } });
  });

  it('reads a WhatsApp template from --template-file', async () => {
    const template = { name: 'order_update', language: 'en_US', components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ana' }] }] };
    const run = await cli(['send', '--dry-run', '--json', '--src', '14155550100', '--dst', '14155550123', '--template-file', writeJson('template.json', template)]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ type: 'whatsapp', body: { type: 'whatsapp', template } });
  });

  it('exits 1 listing every issue of an invalid message', async () => {
    const run = await cli(['send', '--dry-run', '--src', '14155550100', '--dst', '14155550123', '--type', 'mms', '--url', 'not a url']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Invalid message, nothing was sent:');
    expect(run.stderr).toMatch(/^ {2}\/media_urls: +an MMS needs media_urls or media_ids$/m);
    expect(run.stderr).toMatch(/^ {2}\/url: /m);
  });

  it('exits 2 when --template-file is not JSON', async () => {
    const run = await cli(['send', '--dry-run', '--src', '14155550100', '--dst', '14155550123', '--template-file', writeJson('broken.json', '{"name": ')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--template-file ".*broken.json" is not valid JSON/);
  });
});

describe.concurrent('validate', () => {
  const threeMistakes = { src: '14155550100', dst: '14155550123', type: 'mms', text: 'Hi', media_url: 'https://example.com/a.png', log: 'yes' };

  it('exits 1 and lists every issue as "path: message"', async () => {
    const expected = validateSendMessageRequest(threeMistakes);
    if (expected.ok) throw new Error('the body should be invalid');
    expect(expected.issues.length).toBeGreaterThanOrEqual(3);
    const run = await cli(['validate', writeJson('bad.json', threeMistakes)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`(${expected.issues.length} issues)`);
    for (const issue of expected.issues) expect(run.stdout).toMatch(new RegExp(`^  ${issue.path}: +${escapeRegExp(issue.message)}$`, 'm'));
  });

  it('exits 0 and says "valid" for a valid body', async () => {
    const run = await cli(['validate', writeJson('good.json', { src: '14155550100', dst: '14155550123', text: 'Order #4821 has shipped.' })]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^valid: /);
  });

  it('reads standard input for "-" and prints JSON with --json', async () => {
    const run = await cli(['validate', '-', '--json'], { stdin: JSON.stringify(threeMistakes) });
    expect(run.code).toBe(1);
    const expected = validateSendMessageRequest(threeMistakes);
    expect(JSON.parse(run.stdout)).toEqual({ ok: false, issues: expected.ok ? [] : expected.issues });
  });

  it('reports text that is not JSON as an invalid body (exit 1)', async () => {
    const run = await cli(['validate', writeJson('text.json', 'src=1415')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ {2}\(body\): is not valid JSON: /m);
  });
});

describe.concurrent('segments', () => {
  it('shows the encoding and the characters forcing UCS-2', async () => {
    const run = await cli(['segments', 'Votre colis est arrivé 📦 — merci !']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Encoding +UCS-2 \(forced by 📦 U\+1F4E6, — U\+2014\)$/m);
    expect(run.stdout).toMatch(/^Units +35 of 737 UTF-16 code units$/m);
    expect(run.stdout).toMatch(/^Segments +1 /m);
    expect(run.stdout).toMatch(/^After toGsm7 +still UCS-2 because of 📦/m);
  });

  it('suggests the GSM-7 text when only look-alikes force UCS-2', async () => {
    const text = `It\u2019s \u201Cdone\u201D ${'x'.repeat(60)}\u2026`;
    const before = countSegments(text);
    expect(before.segments).toBe(2);
    const run = await cli(['segments', text]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^After toGsm7 +GSM-7: 1 segment instead of 2$/m);
    expect(run.stdout).toContain(`Suggested text  ${JSON.stringify(`It's "done" ${'x'.repeat(60)}...`)}`);
  });

  it('prints countSegments and the toGsm7 result with --json', async () => {
    const run = await cli(['segments', '--json', 'Price: 5€']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ ...countSegments('Price: 5€'), toGsm7: null });
  });
});

describe('the auth token never appears in the output', () => {
  let echo: Server;
  let echoUrl: string;
  beforeAll(async () => {
    // The worst case: a server that answers 401 quoting the Authorization header it got.
    echo = createServer((request, response) => {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ api_id: 'echo-1', error: `bad credentials: ${request.headers.authorization ?? ''} (${TOKEN})` }));
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    const address = echo.address();
    echoUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => echo.close(() => resolve())));

  const send = ['send', '--src', '14155550100', '--dst', '14155550123', '--text', 'Hi'];
  const expectNoSecret = (run: Run) => {
    for (const text of [run.stdout, run.stderr]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(BASIC);
    }
  };

  it('on a connection error (nothing listens on the base URL)', async () => {
    const run = await cli([...send, '--base-url', `http://127.0.0.1:${await freePort()}`], { env: credentials });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: POST to 127\.0\.0\.1:\d+ failed before an answer/m);
    expectNoSecret(run);
  });

  it('on an API error whose body echoes the credentials, in text and JSON output', async () => {
    const text = await cli([...send, '--base-url', echoUrl], { env: credentials });
    expect(text.code).toBe(1);
    expect(text.stderr).toContain('sendMessage failed with HTTP 401');
    expect(text.stderr).toContain('api_id: echo-1');
    expectNoSecret(text);

    const json = await cli([...send, '--base-url', echoUrl, '--json'], { env: credentials });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { name: 'PlivoAuthError', status: 401, apiId: 'echo-1' } });
    expectNoSecret(json);
  });

  it('when the auth ID is malformed', async () => {
    const run = await cli(send, { env: { PLIVO_AUTH_ID: 'MA123', PLIVO_AUTH_TOKEN: TOKEN } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('PLIVO_AUTH_ID: authId must be 20 characters');
    expectNoSecret(run);
  });
});
