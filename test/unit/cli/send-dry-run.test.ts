import { describe, expect, it } from 'vitest';
import { countSegments } from '../../../src/index.js';
import { cli, useTempDir } from './harness.js';

const write = useTempDir('plivo-cli-dry-');
const dryJson = async (args: string[], options: { stdin?: string } = {}) => {
  const run = await cli(['send', '--dry-run', '--json', ...args], options);
  return { ...run, report: JSON.parse(run.stdout) as Record<string, unknown> & { body: Record<string, unknown> } };
};

describe('send --dry-run', () => {
  it('shows encoding, segments and cost units (segments × unique destinations) without credentials', async () => {
    const run = await cli(['send', '--dry-run', '--src', '14155550100', '--dst', '14155550123<+1 (415) 555-0124', '--dst', '14155550123', '--text', 'a'.repeat(161)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Encoding +GSM-7$/m);
    expect(run.stdout).toMatch(/^Length +161 characters of 1600, 161 septets$/m);
    expect(run.stdout).toMatch(/^Segments +2 \(153 units per segment/m);
    expect(run.stdout).toMatch(/^Destinations +2 unique \(1 duplicate removed\)$/m);
    expect(run.stdout).toMatch(/^Cost units +4 = 2 segments × 2 destinations$/m);
    expect(run.stdout).toContain('Dry run: nothing was sent.');
  });

  it('suggests the GSM-7 rewrite when only look-alikes force UCS-2, as `segments` does', async () => {
    const text = `It\u2019s \u201Cdone\u201D ${'x'.repeat(60)}\u2026`;
    expect(countSegments(text).segments).toBe(2);
    const run = await cli(['send', '--dry-run', '--src', '14155550100', '--dst', '14155550123', '--text', text]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^After toGsm7 +GSM-7: 1 segment instead of 2$/m);
    expect(run.stdout).toContain(`Suggested text  ${JSON.stringify(`It's "done" ${'x'.repeat(60)}...`)}`);
    const { report } = await dryJson(['--src', '14155550100', '--dst', '14155550123', '--text', text]);
    expect(report.toGsm7).toMatchObject({ text: `It's "done" ${'x'.repeat(60)}...`, segments: 1, encoding: 'GSM-7' });
  });

  it('prints JSON with --json, for UCS-2 text too', async () => {
    const text = 'Votre colis est arrivé 📦 — merci !';
    const { code, report } = await dryJson(['--src', '14155550100', '--dst', '14155550123', '--text', text]);
    expect(code).toBe(0);
    expect(report).toMatchObject({ ok: true, dryRun: true, type: 'sms', encoding: 'UCS-2', costUnits: 1, destinations: ['14155550123'] });
    expect(report.segments).toEqual(countSegments(text));
    expect(report.body).toEqual({ src: '14155550100', dst: '14155550123', text });
  });

  it('sets every send field from its flag', async () => {
    const { code, report } = await dryJson([
      '--src', 'ACMEOT', '--dst', '919812345678', '--text', '482913 is your Acme login OTP.',
      '--url', 'https://example.com/status', '--method', 'GET', '--log', 'content_only', '--trackable', '--message-expiry', '600',
      '--dlt-entity-id', '1201159123456789012', '--dlt-template-id', '1207161234567890123', '--dlt-template-category', 'service_implicit',
    ]);
    expect(code).toBe(0);
    expect(report.body).toEqual({
      src: 'ACMEOT', dst: '919812345678', text: '482913 is your Acme login OTP.', url: 'https://example.com/status', method: 'GET', log: 'content_only',
      trackable: true, message_expiry: 600, dlt_entity_id: '1201159123456789012', dlt_template_id: '1207161234567890123', dlt_template_category: 'service_implicit',
    });
  });

  it('infers mms from --media-url and whatsapp from a template, interactive or location file', async () => {
    const mms = await dryJson(['--src', '14155550100', '--dst', '14155550123<14155550124', '--media-url', 'https://example.com/a.png', '--media-url', 'https://example.com/b.png']);
    expect(mms.report).toMatchObject({ type: 'mms', costUnits: 2, body: { type: 'mms', media_urls: ['https://example.com/a.png', 'https://example.com/b.png'] } });
    const template = { name: 'order_update', language: 'en_US', components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ana' }] }] };
    const location = { latitude: '37.483307', longitude: '-122.148981', name: 'Acme HQ', address: '1 Hacker Way' };
    const interactive = { type: 'button', body: { text: 'Confirm?' }, action: { buttons: [{ id: 'yes', title: 'Confirm' }] } };
    for (const [flag, value, field] of [['--template-file', template, 'template'], ['--location-file', location, 'location'], ['--interactive-file', interactive, 'interactive']] as const) {
      const run = await dryJson(['--src', '14155550100', '--dst', '14155550123', flag, write(`${field}.json`, value)]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.report).toMatchObject({ type: 'whatsapp', body: { type: 'whatsapp', [field]: value } });
    }
  });

  it('merges --body-file with the flags, the flags winning, a sender flag replacing the file\'s sender', async () => {
    const file = write('body.json', { powerpack_uuid: 'd5ff4d8e-6b1a-4a70-b2f4-2d4e8e2a1a11', dst: '14155550199', text: 'from the file', url: 'https://example.com/a', log: 'false' });
    const fromFile = await dryJson(['--body-file', file]);
    expect(fromFile.report.body).toEqual({ powerpack_uuid: 'd5ff4d8e-6b1a-4a70-b2f4-2d4e8e2a1a11', dst: '14155550199', text: 'from the file', url: 'https://example.com/a', log: 'false' });
    const merged = await dryJson(['--body-file', file, '--src', '14155550100', '--text', 'from a flag', '--dst', '14155550123']);
    expect(merged.code).toBe(0);
    expect(merged.report.body).toEqual({ src: '14155550100', dst: '14155550123', text: 'from a flag', url: 'https://example.com/a', log: 'false' });
    const stdin = await dryJson(['--body-file', '-'], { stdin: JSON.stringify({ src: '14155550100', dst: '14155550123', text: 'piped' }) });
    expect(stdin.report.body).toEqual({ src: '14155550100', dst: '14155550123', text: 'piped' });
  });

  it('exits 1 listing every issue, naming the flag that set the field', async () => {
    const run = await cli(['send', '--dry-run', '--src', '14155550100', '--dst', '14155550123', '--type', 'mms', '--url', 'not a url']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Invalid message, nothing was sent:');
    expect(run.stderr).toMatch(/^ {2}\/media_urls \(--media-url\): +an MMS needs media_urls or media_ids$/m);
    expect(run.stderr).toMatch(/^ {2}\/url \(--url\): /m);
    expect(run.stdout).toBe('');
  });

  it('exits 2 naming the place when --template-file is not JSON', async () => {
    const path = write('broken.json', '{\n  "name": "x",\n  "language" "en"\n}');
    const run = await cli(['send', '--dry-run', '--src', '14155550100', '--dst', '14155550123', '--template-file', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--template-file ${path}:3:14: not valid JSON: expected a colon`);
  });

  it('exits 1 when no destination is sendable, listing why', async () => {
    const run = await cli(['send', '--dry-run', '--src', '14155550100', '--dst', '0712<123456789012345', '--text', 'Hi']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Not sendable +0712: /m);
    expect(run.stderr).toContain('No sendable destination, nothing was sent.');
  });
});

describe('send --dst-file', () => {
  it('reads one number per line, skipping blank lines and comments, with --dst added', async () => {
    const path = write('list.txt', '# customers\n14155550123\n\n+1 415 555 0124\n14155550123\n0712\n');
    const { code, report } = await dryJson(['--src', '14155550100', '--text', 'Hi', '--dst-file', path, '--dst', '14155550125']);
    expect(code).toBe(0);
    expect(report.destinations).toEqual(['14155550125', '14155550123', '14155550124']);
    expect(report.duplicates).toEqual(['14155550123']);
    expect(report.notSendable).toEqual([{ input: '0712', reason: expect.any(String) }]);
  });

  it('reads a CSV by its number column, found by name or given with --dst-column, and accounts for empty cells', async () => {
    const csv = write('list.csv', 'name,phone,mobile\nAna,14155550123,14155550200\n"Smith, Bo",+1 415 555 0124,\nCy,,14155550201\n');
    const byName = await dryJson(['--src', '14155550100', '--text', 'Hi', '--dst-file', csv]);
    expect(byName.report.destinations).toEqual(['14155550123', '14155550124']);
    expect(byName.report.setAside).toEqual([{ input: `${csv} row 4`, reason: 'no number in column "phone"' }]);
    const text = await cli(['send', '--dry-run', '--src', '14155550100', '--text', 'Hi', '--dst-file', csv]);
    expect(text.stdout).toMatch(/^Not sendable +\S+ row 4: no number in column "phone"$/m);
    expect(text.stdout).toContain(`${csv} row 4`);
    const byFlag = await dryJson(['--src', '14155550100', '--text', 'Hi', '--dst-file', csv, '--dst-column', 'Mobile']);
    expect(byFlag.report.destinations).toEqual(['14155550200', '14155550201']);
  });

  it('reads standard input for "-"', async () => {
    const { report } = await dryJson(['--src', '14155550100', '--text', 'Hi', '--dst-file', '-'], { stdin: 'dst\n14155550123\n14155550124\n' });
    expect(report.destinations).toEqual(['14155550123', '14155550124']);
  });

  it('exits 2 when the CSV has no number column, listing its columns', async () => {
    const run = await cli(['send', '--dry-run', '--src', '14155550100', '--text', 'Hi', '--dst-file', write('nocol.csv', 'name;city\nAna;Lyon\n')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no number column among "name", "city"; name it with --dst-column');
  });

  it('plans a list longer than one request: 2,500 numbers, 2,500 cost units', async () => {
    const numbers = Array.from({ length: 2500 }, (_, i) => `1415${String(5_550_000 + i).padStart(7, '0')}`);
    const { code, report } = await dryJson(['--src', '14155550100', '--text', 'Hi', '--dst-file', write('big.txt', numbers.join('\n'))]);
    expect(code).toBe(0);
    expect(report.costUnits).toBe(2500);
    expect(report.destinations).toHaveLength(2500);
  });
});
