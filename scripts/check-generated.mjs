#!/usr/bin/env node
// Fails when generated/ is not exactly what `npm run generate` makes from spec/ now, or when a
// generated module calls require() (the validators must be plain ESM for browsers and edge runtimes).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(root, 'generated');
const fresh = mkdtempSync(join(tmpdir(), 'plivo-generated-'));
// A call, not the quoted text ajv keeps in a helper's `.code` string.
const REQUIRE_CALL = /(^|[^"'A-Za-z0-9_$.])require\(/m;

let failed = false;
try {
  execFileSync(process.execPath, [join(root, 'scripts/generate.mjs'), '--out', fresh], { stdio: ['ignore', 'ignore', 'inherit'] });
  const names = [...new Set([...readdirSync(committed), ...readdirSync(fresh)])].sort();
  for (const name of names) {
    const a = join(committed, name);
    const b = join(fresh, name);
    let same = false;
    try {
      same = readFileSync(a, 'utf8') === readFileSync(b, 'utf8');
    } catch {
      same = false;
    }
    if (!same) {
      failed = true;
      console.error(`generated/${name} differs from what npm run generate produces:`);
      spawnSync('git', ['--no-pager', 'diff', '--no-index', '--stat', '--', a, b], { stdio: 'inherit' });
      spawnSync('git', ['--no-pager', 'diff', '--no-index', '--', a, b], { stdio: ['ignore', 'pipe', 'inherit'] })
        .stdout.toString().split('\n').slice(0, 60).forEach((line) => console.error(line));
    }
    if (name.endsWith('.js')) {
      try {
        if (REQUIRE_CALL.test(readFileSync(a, 'utf8'))) {
          failed = true;
          console.error(`generated/${name} calls require(): the validators must be bundled to plain ESM.`);
        }
      } catch {
        // a missing file was reported above
      }
    }
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
if (failed) {
  console.error('\ngenerated/ is stale: run `npm run generate` and commit the result.');
  process.exit(1);
}
console.log('generated/ is up to date with spec/.');
