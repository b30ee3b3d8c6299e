import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './harness.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plivo-cli-wording-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};
const sms = { src: '14155550100', dst: '14155550123', text: 'Hello' };

describe('what validate and send --dry-run print for a mistake', () => {
  it('validate quotes the value given and says what is allowed', async () => {
    const run = await cli(['validate', write('mistakes.json', { ...sms, method: 'PUT', message_expiry: 3, url: 'ftp://example.com/status' })]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^ {2}\/message_expiry: +must be a whole number of seconds from 5 to 10800, as an integer or a digit string \(got 3\)$/m);
    expect(run.stderr).toMatch(/^ {2}\/method: +must be one of "GET", "POST" \(got "PUT"\)$/m);
    expect(run.stderr).toMatch(/^ {2}\/url: +must be an absolute http\(s\) URL, e.g. "https:\/\/example.com\/status" \(got "ftp:\/\/example.com\/status"\)$/m);
  });

  it('validate reports one issue for one cause', async () => {
    const run = await cli(['validate', write('empty-dst.json', { ...sms, dst: '', text: 'ж'.repeat(1700) })]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('(2 issues)');
    expect(run.stderr).toMatch(/^ {2}\/dst: +needs at least one phone number \(got ""\)$/m);
    expect(run.stderr).toMatch(/^ {2}\/text: +is 1700 characters; an SMS with characters outside GSM-7 \(here "ж"\) allows 737$/m);
  });

  it('validate and send --dry-run accept the documented default expiry', async () => {
    expect((await cli(['validate', write('default-expiry.json', { ...sms, message_expiry: 10800 })])).code).toBe(0);
    const run = await cli(['send', '--src', sms.src, '--dst', sms.dst, '--text', sms.text, '--message-expiry', '10800', '--dry-run']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('send --dry-run names a word given as destination without reading like a typo', async () => {
    const run = await cli(['send', '--src', sms.src, '--dst', 'call-me', '--text', sms.text, '--dry-run']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Not sendable +call-me: contains letters, which a phone number cannot have$/m);
    expect(run.stdout + run.stderr).not.toContain('calme');
  });
});
