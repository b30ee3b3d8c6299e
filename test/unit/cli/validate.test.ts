import { describe, expect, it } from 'vitest';
import { countSegments, validateSendMessageRequest } from '../../../src/index.js';
import { cli, useTempDir } from './harness.js';

const write = useTempDir('plivo-cli-validate-');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('validate', () => {
  const threeMistakes = { src: '14155550100', dst: '14155550123', type: 'mms', text: 'Hi', media_url: 'https://example.com/a.png', log: 'yes' };

  it('exits 1 and lists every issue as "path: message" on stderr, as send does', async () => {
    const expected = validateSendMessageRequest(threeMistakes);
    if (expected.ok) throw new Error('the body should be invalid');
    expect(expected.issues.length).toBeGreaterThanOrEqual(3);
    const run = await cli(['validate', write('bad.json', threeMistakes)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`(${expected.issues.length} issues)`);
    for (const issue of expected.issues) expect(run.stderr).toMatch(new RegExp(`^  ${issue.path}: +${escapeRegExp(issue.message)}$`, 'm'));
  });

  it('exits 0 and says "valid" on stdout for a valid body', async () => {
    const run = await cli(['validate', write('good.json', { src: '14155550100', dst: '14155550123', text: 'Order #4821 has shipped.' })]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^valid: .*good\.json$/m);
  });

  it('names standard input as such and prints JSON with --json', async () => {
    const good = await cli(['validate', '-'], { stdin: JSON.stringify({ src: '14155550100', dst: '14155550123', text: 'Hi' }) });
    expect(good.stdout).toBe('valid: standard input\n');
    const run = await cli(['validate', '-', '--json'], { stdin: JSON.stringify(threeMistakes) });
    expect(run.code).toBe(1);
    const expected = validateSendMessageRequest(threeMistakes);
    expect(JSON.parse(run.stdout)).toEqual({ ok: false, exitCode: 1, issues: expected.ok ? [] : expected.issues });
  });

  it('reports text that is not JSON by line and column, without echoing it (exit 1)', async () => {
    const path = write('text.json', '{\n  "src": "14155550100"\n  "dst": "14155550123"\n}');
    const run = await cli(['validate', path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`invalid: ${path}:3:3: not valid JSON: expected a comma\n`);
    const form = await cli(['validate', '-', '--json'], { stdin: 'src=14155550100\ndst=14155550123' });
    expect(JSON.parse(form.stdout)).toEqual({ ok: false, exitCode: 1, json: { line: 1, column: 1, reason: 'unexpected character' }, issues: [] });
    expect(form.stdout).not.toContain('src=');
  });
});

describe('segments', () => {
  it('shows the encoding and the characters forcing UCS-2', async () => {
    const run = await cli(['segments', 'Votre colis est arrivé 📦 — merci !']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Encoding +UCS-2 \(forced by 📦 U\+1F4E6, — U\+2014\)$/m);
    expect(run.stdout).toMatch(/^Characters +34 of 737$/m);
    expect(run.stdout).toMatch(/^Units +35 UTF-16 code units$/m);
    expect(run.stdout).toMatch(/^Segments +1 /m);
    expect(run.stdout).toMatch(/^After toGsm7 +still UCS-2 because of 📦/m);
  });

  it('suggests the GSM-7 text when only look-alikes force UCS-2', async () => {
    const text = `It\u2019s \u201Cdone\u201D ${'x'.repeat(60)}\u2026`;
    const run = await cli(['segments', text]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^After toGsm7 +GSM-7: 1 segment instead of 2$/m);
    expect(run.stdout).toContain(`Suggested text  ${JSON.stringify(`It's "done" ${'x'.repeat(60)}...`)}`);
  });

  it('prints countSegments and the toGsm7 result with --json, reading "-" from stdin', async () => {
    const run = await cli(['segments', '--json', '-'], { stdin: 'Price: 5€\n' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ ...countSegments('Price: 5€'), toGsm7: null });
  });
});
