import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The package root (children run from a transpiled copy elsewhere, so they are told). */
export const ROOT = process.env.PLIVO_BENCH_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A file URL for a path under the package root, for `import()` in this process or in a child. */
export function rootUrl(path: string): string {
  return pathToFileURL(join(ROOT, path)).href;
}

/**
 * Builds dist/ when it is missing: the timings measure the published JavaScript, not tsx's
 * on-the-fly transpilation of src/.
 */
export function ensureDist(): void {
  if (existsSync(join(ROOT, 'dist/src/index.js'))) return;
  console.log('dist/ is missing: building it first.');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

/** What the numbers were measured on. */
export function machineInfo() {
  const cores = cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    v8: process.versions.v8,
    platform: `${process.platform} ${process.arch}`,
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    // Other work on the machine skews every row; keep the evidence with the numbers.
    loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

/** A require() that resolves packages from the package root, wherever the calling file runs from. */
export function rootRequire(id: string): unknown {
  return createRequire(join(ROOT, 'package.json'))(id);
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid];
  const lower = sorted[sorted.length % 2 === 0 ? mid - 1 : mid];
  if (upper === undefined || lower === undefined) throw new Error('median of an empty list');
  return (upper + lower) / 2;
}

/** A child Node process running one of the bench's TypeScript files. */
export interface Child {
  /** Resolves with the first stdout line that parses as JSON. */
  firstJson: Promise<unknown>;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  /** Sends SIGTERM to this process only. */
  stop(): void;
}

/**
 * Runs a bench TypeScript file in a plain `node` process (transpiled by esbuild first), so that
 * the child's memory and start-up hold nothing of tsx's loader.
 */
export async function spawnTs(file: string, args: readonly string[]): Promise<Child> {
  // Under node_modules so the child resolves packages (tinybench, plivo) exactly as this process does.
  const cache = join(ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'plivo-bench-'));
  const outfile = join(dir, 'child.mjs');
  await build({ entryPoints: [join(ROOT, file)], outfile, bundle: true, packages: 'external', format: 'esm', platform: 'node', target: 'node20', logLevel: 'error' });
  const child = spawn(process.execPath, [outfile, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, PLIVO_BENCH_ROOT: ROOT } });
  const exited = new Promise<number | null>((resolveExit) => {
    child.on('exit', (code) => {
      rmSync(dir, { recursive: true, force: true });
      resolveExit(code);
    });
  });
  const firstJson = new Promise<unknown>((resolveJson, reject) => {
    let buffered = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      for (const line of buffered.split('\n').slice(0, -1)) {
        try {
          resolveJson(JSON.parse(line));
        } catch {
          // not the result line
        }
      }
      buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
    });
    void exited.then((code) => reject(new Error(`${file} exited with ${code} before printing its result`)));
  });
  return { firstJson, exited, stop: () => child.kill('SIGTERM') };
}

/** Runs a bench TypeScript file to completion in its own process and returns the JSON it printed. */
export async function runTs<T>(file: string, args: readonly string[]): Promise<T> {
  const child = await spawnTs(file, args);
  const result = (await child.firstJson) as T;
  const code = await child.exited;
  if (code !== 0) throw new Error(`${file} exited with ${code}`);
  return result;
}

/** Formats a ratio as `12.3×`. */
export function times(ratio: number): string {
  return `${ratio >= 100 ? ratio.toFixed(0) : ratio.toFixed(ratio >= 10 ? 1 : 2)}×`;
}
