import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, WORK } from './paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The packed tarball every consumer folder installs. */
    tarball: string;
  }
}

/**
 * Packs the package once per run, exactly as `npm publish` would: every runtime installs this tarball,
 * never the checkout, so a file missing from `files` or a wrong exports entry fails here. The consumer
 * folders of the last run are removed first, so each run installs into fresh ones.
 */
export default function setup(project: TestProject): void {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  // stdout is not parsed: a prepack script may print there.
  execFileSync('npm', ['pack', '--loglevel=warn', '--pack-destination', WORK], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarballs = readdirSync(WORK).filter((name) => name.endsWith('.tgz'));
  if (tarballs.length !== 1) throw new Error(`npm pack left ${tarballs.length} tarballs in ${WORK}`);
  const tarball = join(WORK, tarballs[0] ?? '');
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
  if (!files.includes('package/dist/src/index.js')) throw new Error(`${tarball} has no dist/src/index.js: run \`npm run build\` first`);
  project.provide('tarball', tarball);
}
