// Where the two specs of a comparison come from: the working tree, or any git ref of the same repository.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenApiDocument } from './openapi.js';

const toolRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const redocly = join(toolRoot, 'node_modules/.bin/redocly');

const git = (cwd: string, args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

function gitSucceeds(cwd: string, args: string[]): boolean {
  try {
    git(cwd, args);
    return true;
  } catch {
    return false;
  }
}

/** Bundles `spec/openapi.yaml` under `dir` into one document, as `npm run generate` does. */
export function bundleSpecIn(dir: string): OpenApiDocument {
  const out = mkdtempSync(join(tmpdir(), 'plivo-breaking-bundle-'));
  try {
    const file = join(out, 'openapi.json');
    execFileSync(redocly, ['bundle', 'spec/openapi.yaml', '-o', file], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    return JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Bundles the spec as it was at `ref`: its `spec/` folder is extracted from git into a temporary folder. */
export function bundleSpecAt(repo: string, ref: string): OpenApiDocument {
  const dir = mkdtempSync(join(tmpdir(), 'plivo-breaking-ref-'));
  try {
    // Redocly reads the extracted folder's own redocly.yaml when the ref has one.
    const paths = ['spec', ...(gitSucceeds(repo, ['cat-file', '-e', `${ref}:redocly.yaml`]) ? ['redocly.yaml'] : [])];
    const archive = execFileSync('git', ['archive', '--format=tar', ref, '--', ...paths], { cwd: repo, maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    return bundleSpecIn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The ref to compare with when none is given: the latest release tag (`vX.Y.Z`, as `changeset publish`
 * names them) reachable from HEAD, else the commit before HEAD, else none (a repository with one commit).
 */
export function defaultBaseRef(repo: string): string | undefined {
  try {
    return git(repo, ['describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*']);
  } catch {
    return gitSucceeds(repo, ['rev-parse', '--verify', '--quiet', 'HEAD~1^{commit}']) ? 'HEAD~1' : undefined;
  }
}

/** The package version recorded in `package.json` at `ref`. */
export function packageVersionAt(repo: string, ref: string): string {
  return (JSON.parse(git(repo, ['show', `${ref}:package.json`])) as { version: string }).version;
}

/** The package version in the working tree's `package.json`. */
export function workingPackageVersion(repo: string): string {
  return (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Fails with a readable message when `ref` does not name a commit of `repo`. */
export function assertRefExists(repo: string, ref: string): void {
  if (!gitSucceeds(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])) {
    throw new Error(`${ref} is not a commit, tag or branch of ${repo}`);
  }
}
