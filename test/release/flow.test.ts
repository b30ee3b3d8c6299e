import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gate, smallestBreakingVersion } from '../../scripts/breaking/gate.js';

const root = join(import.meta.dirname, '../..');

describe('the publishing gate', () => {
  it('needs the next minor below 1.0 and the next major from 1.0 on', () => {
    expect(smallestBreakingVersion('0.1.3')).toBe('0.2.0');
    expect(smallestBreakingVersion('1.4.2')).toBe('2.0.0');
  });

  it('refuses a breaking change under a patch bump and accepts the right bump', () => {
    expect(gate(true, '0.1.0', '0.1.1')).toMatchObject({ ok: false, needed: '0.2.0' });
    expect(gate(true, '0.1.0', '0.2.0').ok).toBe(true);
    expect(gate(true, '1.2.0', '1.3.0')).toMatchObject({ ok: false, needed: '2.0.0' });
    expect(gate(true, '1.2.0', '2.0.0').ok).toBe(true);
    expect(gate(false, '1.2.0', '1.2.1').ok).toBe(true);
  });

  it('runs first in prepublishOnly', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.prepublishOnly!.startsWith('npm run check:breaking -- --gate && ')).toBe(true);
  });
});

/*
 * The release flow on a scratch copy of this repository (its files as they are now, node_modules
 * linked): release v0.1.0, make a breaking spec edit, describe it with a patch changeset, version,
 * and let the gate judge. (That the right bump passes is the gate's unit test above.)
 */
describe('the release flow on a scratch copy', () => {
  let scratch: string;
  const run = (args: string[]) => spawnSync('npm', ['run', '--silent', ...args], { cwd: scratch, encoding: 'utf8' });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: scratch, stdio: 'pipe' });

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'plivo-release-flow-'));
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const file of files) {
      try {
        mkdirSync(dirname(join(scratch, file)), { recursive: true });
        cpSync(join(root, file), join(scratch, file));
      } catch (error) {
        // A file deleted in the working tree but not yet in the index.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    // Just released: the changesets waiting for the next release are not part of it.
    for (const file of readdirSync(join(scratch, '.changeset'))) if (file.endsWith('.md') && file !== 'README.md') rmSync(join(scratch, '.changeset', file));
    git('init', '-q', '-b', 'main');
    git('-c', 'user.name=Release Test', '-c', 'user.email=release@example.com', 'add', '-A');
    git('-c', 'user.name=Release Test', '-c', 'user.email=release@example.com', 'commit', '-q', '-m', 'Release 0.1.0');
    git('tag', 'v0.1.0');
    // Linked after the commit: the release holds the project's files, not the link.
    symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
  });

  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('versions a breaking change, lists it in the changelog, and refuses to publish it as a patch', () => {
    const version = (JSON.parse(readFileSync(join(scratch, 'package.json'), 'utf8')) as { version: string }).version;
    expect(version).toBe('0.1.0');
    const bodyFile = join(scratch, 'spec/schemas/SendMessageRequest.yaml');
    const body = readFileSync(bodyFile, 'utf8');
    const edited = body.replace(/^required:\n {2}- dst\n/m, 'required:\n  - dst\n  - url\n');
    expect(edited).not.toBe(body);
    writeFileSync(bodyFile, edited);
    writeFileSync(join(scratch, '.changeset/require-status-url.md'), '---\n"plivo-message-openapi": patch\n---\n\nA status callback URL is required on every send.\n');

    const versioned = run(['version']);
    // Versioning still happens; the warning says the bump is too small.
    expect(versioned.status, versioned.stderr).toBe(1);
    expect(versioned.stderr).toContain('prepublishOnly will refuse to publish 0.1.1');
    expect(JSON.parse(readFileSync(join(scratch, 'package.json'), 'utf8'))).toMatchObject({ version: '0.1.1' });
    expect(readFileSync(join(scratch, 'spec/openapi.yaml'), 'utf8')).toMatch(/^info:\n(?: {2}.*\n)*? {2}version: 0\.1\.1\n/m);
    expect(JSON.parse(readFileSync(join(scratch, 'generated/openapi.json'), 'utf8'))).toMatchObject({ info: { version: '0.1.1' } });
    const changelog = readFileSync(join(scratch, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('## 0.1.1');
    expect(changelog).toContain('A status callback URL is required on every send.');
    expect(changelog).toContain('### Breaking changes in the API description (since v0.1.0)');
    expect(changelog).toContain('`/components/schemas/SendMessageRequest/required` (request): new required field url');

    const refused = run(['check:breaking', '--', '--gate']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Publishing refused: breaking changes since 0.1.0 need version 0.2.0 or later, but package.json says 0.1.1');
    expect(refused.stdout).toContain('BREAKING');
  }, 300_000);
});
