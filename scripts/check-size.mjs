#!/usr/bin/env node
// The one budget size-limit cannot state: the unpacked size of the package as npm would publish it
// (`npm run check:size` runs size-limit for the bundle budgets first). Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The goal, 600 KB, is met and held: code and declarations are bundled, the JSDoc ships once (in the
// declarations), the validators' copy is minified and the maintainers' documentation is in CONTRIBUTING.md.
const UNPACKED_BUDGET = 600 * 1000;

if (!existsSync(join(root, 'dist/src/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
// --ignore-scripts: measure the dist/ just built instead of building again through prepack.
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(`unpacked package: ${kb(packed.unpackedSize)} in ${packed.entryCount} files (budget ${kb(UNPACKED_BUDGET)}); tarball ${kb(packed.size)}`);
if (packed.unpackedSize > UNPACKED_BUDGET) {
  console.error(`check:size failed: the package is ${kb(packed.unpackedSize - UNPACKED_BUDGET)} over budget.`);
  process.exit(1);
}
