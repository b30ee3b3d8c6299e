import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { runtimeEntries, type RuntimeEntry } from './entries.js';
import { NPM_CACHE, PACKAGE_NAME, WORK } from './paths.js';
import { run, runtimeEnv } from './run.js';

/** A fresh folder where the packed tarball is installed as a user would, with the checks beside it. */
export interface Consumer {
  dir: string;
  /** Where the runtime under test keeps its caches. */
  cacheDir: string;
  /** The runtime-neutral entries of the installed package's exports map. */
  entries: RuntimeEntry[];
  /** The environment to start the runtime with (no Plivo credentials, caches inside the folder). */
  env: NodeJS.ProcessEnv;
}

/**
 * The module that imports every runtime-neutral entry by its public name. Static imports, so that
 * bundlers (esbuild for workerd and Chromium) resolve them through the exports map too.
 */
function importsModule(entries: readonly RuntimeEntry[]): string {
  const lines = entries.map((entry, i) => {
    const specifier = JSON.stringify(entry.subpath === '.' ? PACKAGE_NAME : `${PACKAGE_NAME}/${entry.subpath.slice(2)}`);
    return entry.json ? `import m${i} from ${specifier} with { type: 'json' };` : `import * as m${i} from ${specifier};`;
  });
  const map = entries.map((entry, i) => `  ${JSON.stringify(entry.subpath)}: m${i},`);
  return `${lines.join('\n')}\nexport const entries = {\n${map.join('\n')}\n};\n`;
}

/** The same as {@link importsModule} through `require()`, for CommonJS consumers on Nodes with require(esm). */
function requiresModule(entries: readonly RuntimeEntry[]): string {
  const map = entries.map((entry) => {
    const specifier = entry.subpath === '.' ? PACKAGE_NAME : `${PACKAGE_NAME}/${entry.subpath.slice(2)}`;
    return `  ${JSON.stringify(entry.subpath)}: require(${JSON.stringify(specifier)}),`;
  });
  return `'use strict';\nexports.entries = {\n${map.join('\n')}\n};\n`;
}

/**
 * Makes `.tmp/runtimes/<id>`, installs the tarball (and the runtime's own npm package, if any) with
 * npm's cache inside the repository, and writes `imports.mjs` and `checks.mjs` beside them.
 */
export async function prepareConsumer(id: string, tarball: string, packages: readonly string[] = []): Promise<Consumer> {
  const dir = join(WORK, id);
  const cacheDir = join(dir, '.cache');
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `consumer-${id}`, private: true, type: 'module' }, null, 2)}\n`);
  // The env variable reaches npm processes started by install scripts (node@22's preinstall runs npm).
  const env = { ...process.env, npm_config_cache: NPM_CACHE, npm_config_update_notifier: 'false', npm_config_prefer_offline: 'true' };
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', '--cache', NPM_CACHE, tarball, ...packages], {
    cwd: dir,
    env,
    timeoutMs: 150_000,
  });
  const manifest = JSON.parse(readFileSync(join(dir, 'node_modules', PACKAGE_NAME, 'package.json'), 'utf8')) as Parameters<typeof runtimeEntries>[0];
  const entries = runtimeEntries(manifest);
  writeFileSync(join(dir, 'imports.mjs'), importsModule(entries));
  writeFileSync(join(dir, 'requires.cjs'), requiresModule(entries));
  await build({
    entryPoints: [join(import.meta.dirname, '../checks.ts')],
    outfile: join(dir, 'checks.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    logLevel: 'silent',
  });
  return { dir, cacheDir, entries, env: runtimeEnv(cacheDir) };
}

/**
 * The main module for runtimes started from a command line (Node, Bun, Deno): it reads the target from
 * its first argument (not the environment, so Deno needs no --allow-env) and prints one JSON line.
 */
export function writeCommandLineMain(consumer: Consumer): string {
  const file = join(consumer.dir, 'main.mjs');
  writeFileSync(
    file,
    `import { entries } from './imports.mjs';
import { runChecks } from './checks.mjs';

const args = globalThis.Deno?.args ?? globalThis.process.argv.slice(2);
const version = globalThis.Deno?.version.deno ?? globalThis.Bun?.version ?? globalThis.process.versions.node;
const report = await runChecks(entries, JSON.parse(args[0]));
console.log(JSON.stringify({ version, report }));
`,
  );
  return file;
}

/**
 * The CommonJS twin of {@link writeCommandLineMain}: every entry loaded with `require()`, the checks too
 * (an ES module, through require(esm)).
 */
export function writeRequireMain(consumer: Consumer): string {
  const file = join(consumer.dir, 'main.cjs');
  writeFileSync(
    file,
    `'use strict';
const { entries } = require('./requires.cjs');
const { runChecks } = require('./checks.mjs');

runChecks(entries, JSON.parse(process.argv[2])).then((report) => {
  console.log(JSON.stringify({ version: process.versions.node, requireModule: process.features.require_module, report }));
});
`,
  );
  return file;
}

/**
 * Writes `<name>.mjs` (a main module over imports.mjs and checks.mjs) into the consumer folder and
 * bundles it with esbuild into `<name>.js`, resolving the package from the folder's node_modules, as
 * an application's build would. Returns the bundle's path.
 */
export async function bundleMain(consumer: Consumer, name: string, source: string, options: Pick<BuildOptions, 'platform' | 'conditions' | 'mainFields'>): Promise<string> {
  writeFileSync(join(consumer.dir, `${name}.mjs`), source);
  const outfile = join(consumer.dir, `${name}.js`);
  await build({ absWorkingDir: consumer.dir, entryPoints: [`${name}.mjs`], outfile, bundle: true, format: 'esm', target: 'es2022', logLevel: 'silent', ...options });
  return outfile;
}
