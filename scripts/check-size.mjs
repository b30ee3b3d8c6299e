#!/usr/bin/env node
// Bundles each browser-facing entry of dist/ the way an app would (esbuild, ESM, platform browser,
// minified) and fails when one pulls in a Node built-in, keeps a real require() call, or when the
// root entry outgrows its gzip budget. Run after `npm run build`.
import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;
// A call, not the quoted text ajv keeps in a helper's `.code` string.
const REQUIRE_CALL = /(^|[^"'A-Za-z0-9_$.])require\(/m;
const NODE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["']node:/;
const BUILTINS = new Set(builtinModules);

/**
 * Budgets in gzip bytes; entries without one are measured and checked for Node imports only.
 * The budgets price what a browser app that sends messages ships once its bundler drops unused
 * exports (the package is `sideEffects: false`): the client with its validation, and the client with
 * the whole validation layer (generated validators, issue messages, text and number rules) stubbed.
 */
// Budgeted entries bundle the sources (the same code dist/ bundles) so the validation layer can be
// swapped for a stub; the others check the built entries users import.
const ENTRIES = [
  { name: '. client + validators', entry: 'src/index.ts', only: 'createPlivoClient, validateSendMessageRequest', budget: 20 * KB },
  // The client reads every answer within its timeout and size bounds, checks 2xx bodies, redacts
  // headers and bounds Node's connect phase: about 1.5 KB gzip over the bare fetch wrapper it was.
  { name: '. client without validators', entry: 'src/index.ts', only: 'createPlivoClient', stubValidation: true, budget: 7.5 * KB },
  { name: '. everything the root exports', entry: 'dist/src/index.js' },
  { name: './webhooks', entry: 'dist/src/webhooks/index.js' },
  { name: './phone', entry: 'dist/src/phone/index.js' },
  { name: './validators', entry: 'dist/generated/validators.js' },
  // The simulator's runtime-neutral entry (browser tests use it in-process); its Node entry adds listen().
  { name: './testing', entry: 'dist/src/testing/index.js' },
];

/**
 * Keeps Node built-ins external instead of failing the build on them, so the check can name each one
 * an entry would drag into a browser bundle.
 */
const nodeBuiltinsExternal = {
  name: 'node-builtins-external',
  setup(b) {
    b.onResolve({ filter: /^[a-z_:/]+$/ }, (args) =>
      args.path.startsWith('node:') || BUILTINS.has(args.path) ? { path: args.path, external: true } : undefined,
    );
  },
};

/** Replaces the validation layer by no-ops, to measure what the client costs by itself. */
const stubValidation = {
  name: 'stub-validation',
  setup(b) {
    b.onResolve({ filter: /\/validation\/validate(\.js)?$/ }, () => ({ path: 'validate', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: 'export const validateSendMessageRequest = (value) => ({ ok: true, value }); export const validateListMessagesQuery = (value) => ({ ok: true, value });',
      loader: 'js',
    }));
  },
};

/**
 * Bundles one entry for the browser and measures it.
 * @param {{ entry: string, only?: string, stubValidation?: boolean }} spec
 */
export async function measure(spec) {
  const input = spec.only
    ? { stdin: { contents: `export { ${spec.only} } from './${spec.entry.replace(/\.ts$/, '.js')}';`, resolveDir: root, sourcefile: 'entry.ts', loader: 'ts' } }
    : { entryPoints: [join(root, spec.entry)] };
  const result = await build({
    ...input,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    metafile: true,
    logLevel: 'silent',
    plugins: [nodeBuiltinsExternal, ...(spec.stubValidation ? [stubValidation] : [])],
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced no output for ${spec.entry}`);
  const code = output.text;
  const meta = Object.values(result.metafile.outputs)[0];
  const nodeImports = [...new Set((meta?.imports ?? []).filter((i) => i.external).map((i) => i.path))];
  if (NODE_IMPORT.test(code) && nodeImports.length === 0) nodeImports.push('node:(in code)');
  const inputs = Object.entries(meta?.inputs ?? {})
    .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  return {
    minified: output.contents.byteLength,
    gzip: gzipSync(output.contents, { level: 9 }).byteLength,
    nodeImports,
    requireCall: REQUIRE_CALL.test(code),
    inputs,
  };
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** Groups a bundle's inputs by package (or by top folder of this project), largest first. */
function bySource(inputs) {
  const groups = new Map();
  for (const { path, bytes } of inputs) {
    const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
    const key = pkg ?? (path.startsWith('stub:') ? '(stub)' : path.split('/').slice(0, path.startsWith('dist/') ? 3 : 2).join('/'));
    groups.set(key, (groups.get(key) ?? 0) + bytes);
  }
  return [...groups].sort((a, b) => b[1] - a[1]);
}

async function main() {
  if (!existsSync(join(root, 'dist/src/index.js'))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  const rows = [];
  let failed = false;
  const breakdowns = [];
  for (const spec of ENTRIES) {
    const m = await measure(spec);
    if (spec.budget !== undefined) breakdowns.push([spec.name, m.inputs]);
    const problems = [];
    if (m.nodeImports.length > 0) problems.push(`imports ${m.nodeImports.join(', ')}`);
    if (m.requireCall) problems.push('calls require(');
    if (spec.budget !== undefined && m.gzip > spec.budget) problems.push(`over budget by ${kb(m.gzip - spec.budget)}`);
    if (problems.length > 0) failed = true;
    rows.push([
      spec.name,
      kb(m.minified),
      kb(m.gzip),
      spec.budget === undefined ? '-' : kb(spec.budget),
      m.nodeImports.length === 0 ? 'none' : m.nodeImports.join(' '),
      m.requireCall ? 'yes' : 'no',
      problems.length === 0 ? 'ok' : `FAIL: ${problems.join('; ')}`,
    ]);
  }
  const header = ['entry (browser, esm, minified)', 'minified', 'gzip -9', 'budget', 'node: imports', 'require(', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));

  for (const [name, inputs] of breakdowns) {
    console.log(`\nWhat ${name} is made of (minified bytes, esbuild metafile):`);
    const total = inputs.reduce((sum, i) => sum + i.bytes, 0);
    for (const [source, bytes] of bySource(inputs).slice(0, 8)) {
      console.log(`  ${kb(bytes).padStart(9)}  ${((bytes / total) * 100).toFixed(0).padStart(3)}%  ${source}`);
    }
  }
  if (failed) {
    console.error('\ncheck:size failed.');
    process.exit(1);
  }
  console.log('\ncheck:size passed.');
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') await main();
