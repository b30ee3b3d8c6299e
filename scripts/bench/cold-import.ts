import { spawnSync } from 'node:child_process';
import { median, ROOT, rootUrl } from './env.js';

export interface ColdImportResult {
  /** Median ms of `await import(...)` in a fresh process, by target. */
  medianMs: { ours: number; sdk: number; emptyModule: number };
  processes: number;
  /** sdk / ours. */
  ratio: number;
  /** (sdk - empty) / (ours - empty): the same without the ESM loader's fixed start-up cost. */
  ratioNetOfLoader: number;
}

function importOnce(specifier: string): number {
  // Timed inside the child, from just before import() to its end: process start-up is the same for
  // everyone and would only dilute the difference.
  const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`import(${specifier}) failed: ${result.stderr}`);
  return Number(result.stdout);
}

/**
 * Imports the package root (dist) and the official SDK in fresh Node processes, alternating the
 * order each round so neither always runs with a warmer disk cache. An empty module is the floor:
 * what any first `import()` costs.
 */
export function benchColdImport(processes = 15): ColdImportResult {
  const targets = { ours: rootUrl('dist/src/index.js'), sdk: 'plivo', emptyModule: 'data:text/javascript,export default 0' } as const;
  const names = Object.keys(targets) as (keyof typeof targets)[];
  const samples: Record<keyof typeof targets, number[]> = { ours: [], sdk: [], emptyModule: [] };
  for (const name of names) importOnce(targets[name]);
  for (let round = 0; round < processes; round += 1) {
    const order = names.map((_, i) => names[(i + round) % names.length]!);
    for (const name of order) samples[name].push(importOnce(targets[name]));
  }
  const medianMs = { ours: median(samples.ours), sdk: median(samples.sdk), emptyModule: median(samples.emptyModule) };
  return {
    medianMs,
    processes,
    ratio: medianMs.sdk / medianMs.ours,
    ratioNetOfLoader: (medianMs.sdk - medianMs.emptyModule) / (medianMs.ours - medianMs.emptyModule),
  };
}
