import { describe, expect, it } from 'vitest';
import { VERSION } from '../../../src/index.js';
import { cli } from './harness.js';

describe('help', () => {
  it('lists every command and the exit codes in --help and exits 0', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['send', 'validate', 'segments', 'mock', 'help']) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(run.stdout).toMatch(/^ {2}3 +may have been sent/m);
    expect(run.stdout).toContain('PLIVO_BASE_URL');
  });

  it.each([
    ['send', ['--dst', '--dst-file', '--dst-column', '--src', '--text', '--type', '--media-url', '--media-id', '--template-file', '--interactive-file', '--location-file', '--powerpack-uuid', '--url', '--method', '--log', '--trackable', '--message-expiry', '--dlt-entity-id', '--dlt-template-id', '--dlt-template-category', '--body-file', '--dry-run', '--base-url', '--timeout', '--concurrency', '--unsent-file', '--json', '--color', 'Exit codes:']],
    ['validate', ['<file>', '--json']],
    ['segments', ['<text>', '--json']],
    ['mock', ['--port', '--host', '--no-log']],
  ])('%s --help shows its options', async (command, options) => {
    const run = await cli([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: plivo-message ${command}`);
    for (const option of options) expect(run.stdout).toContain(option);
  });

  it('`help send` shows the help of send', async () => {
    const run = await cli(['help', 'send']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: plivo-message send');
  });

  it('`help nope` is an unknown command (exit 2), not the general help', async () => {
    const run = await cli(['help', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'nope' (commands: send, validate, segments, mock, simulate, campaign)");
    expect(run.stdout).toBe('');
  });

  it.each([80, 100])('wraps every line of the help to a terminal of %i columns, descriptions included', async (columns) => {
    for (const command of [[], ['send'], ['validate'], ['segments'], ['mock']]) {
      const run = await cli([...command, '--help'], { columns });
      // Examples are commands to copy and stay whole; everything else fits.
      const help = run.stdout.replace(/\nExamples:\n(?: {2}.*\n)+/, '\n');
      expect(help).toContain('Usage:');
      for (const line of help.split('\n')) expect(line.length, `${command.join(' ')}: ${line}`).toBeLessThanOrEqual(columns);
    }
  });

  it('prints the version', async () => {
    const run = await cli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(VERSION);
  });
});

describe('usage errors exit 2 and name the flags', () => {
  const send = ['send', '--text', 'Hi'];
  it.each([
    ['an unknown command', ['sned'], /unknown command 'sned'/],
    ['no command', [], /Usage: plivo-message/],
    ['no destination', [...send, '--src', '14155550100'], /no destination: give --dst NUMBER .* or --dst-file FILE/],
    ['--src with --powerpack-uuid', [...send, '--src', '14155550100', '--powerpack-uuid', 'd5ff4d8e-6b1a-4a70-b2f4-2d4e8e2a1a11', '--dst', '14155550123'], /--src and --powerpack-uuid cannot be used together/],
    ['no sender', [...send, '--dst', '14155550123'], /no sender: give --src .* or --powerpack-uuid/],
    ['an unknown --type', ['send', '--dst', '14155550123', '--type', 'fax'], /argument 'fax' is invalid.*sms, mms, whatsapp/s],
    ['an unknown --log value', [...send, '--src', '1', '--dst', '1', '--log', 'maybe'], /argument 'maybe' is invalid/],
    ['a --message-expiry out of range', [...send, '--src', '1', '--dst', '1', '--message-expiry', '3'], /--message-expiry.*must be a whole number from 5 to 10800/],
    ['a bad --timeout', [...send, '--src', '1', '--dst', '1', '--timeout', 'soon'], /--timeout.*500ms, 30s or 2m/],
    ['an unknown option', ['segments', 'Hi', '--colour'], /unknown option '--colour'/],
    ['an unknown --color', ['segments', 'Hi', '--color', 'pink'], /argument 'pink' is invalid/],
    ['a bad port', ['mock', '--port', 'abc'], /must be a port number/],
    ['a missing file', ['validate', '/nonexistent/body.json'], /cannot read body file "\/nonexistent\/body.json": no such file/],
    ['a directory', ['validate', '/'], /cannot read body file "\/": is a directory, not a file/],
    ['--dst-column without --dst-file', [...send, '--src', '14155550100', '--dst', '14155550123', '--dst-column', 'phone'], /--dst-column .* give --dst-file too/],
    ['two flags reading stdin', [...send, '--src', '14155550100', '--dst-file', '-', '--body-file', '-'], /--body-file and --dst-file cannot both read standard input/],
    ['a base URL that is not http', [...send, '--src', '14155550100', '--dst', '14155550123', '--base-url', 'ftp://x'], /--base-url must be an http\(s\) URL/],
  ])('exits 2 on %s', async (_name, args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('exits 2 naming the missing credentials, without sending', async () => {
    const run = await cli(['send', '--src', '14155550100', '--dst', '14155550123', '--text', 'Hi'], { env: { PLIVO_AUTH_ID: 'MAXXXXXXXXXXXXXXXXXX' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('PLIVO_AUTH_TOKEN must be set');
    expect(run.stderr).toContain('--dry-run');
  });

  it.each([
    ['a commander error', ['send', '--json', '--frobnicate'], "unknown option '--frobnicate'"],
    ['a flag conflict', ['send', '--json', '--src', '1', '--powerpack-uuid', 'x', '--dst', '1'], '--src and --powerpack-uuid cannot be used together'],
  ])('reports %s as JSON on stdout with --json', async (_name, args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as { ok: boolean; exitCode: number; error: { name: string; message: string } };
    expect(report).toMatchObject({ ok: false, exitCode: 2, error: { name: 'UsageError' } });
    expect(report.error.message).toContain(message);
  });
});

describe('colour', () => {
  const escapes = /\u001B\[/;
  const failing = ['validate', '/nonexistent.json'];
  it.each([
    ['a terminal', { stderrIsTTY: true }, true],
    ['a pipe', {}, false],
    ['a terminal with NO_COLOR', { stderrIsTTY: true, env: { NO_COLOR: '1' } }, false],
    ['a pipe with FORCE_COLOR', { env: { FORCE_COLOR: '1' } }, true],
    ['a terminal with FORCE_COLOR=0', { stderrIsTTY: true, env: { FORCE_COLOR: '0' } }, false],
    ['FORCE_COLOR over NO_COLOR', { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }, true],
  ])('on %s: colour %s', async (_name, options, coloured) => {
    const run = await cli(failing, options);
    expect(escapes.test(run.stderr)).toBe(coloured);
  });

  it.each([
    [['--color', 'always'], {}, true],
    [['--color=always'], {}, true],
    [['--color', 'never'], { stderrIsTTY: true, env: { FORCE_COLOR: '1' } }, false],
    [['--color', 'auto'], { stderrIsTTY: true }, true],
  ])('%s decides over the environment', async (flag, options, coloured) => {
    const run = await cli([...failing, ...flag], options);
    expect(run.code).toBe(2);
    expect(escapes.test(run.stderr)).toBe(coloured);
  });
});
