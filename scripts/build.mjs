#!/usr/bin/env node
// Builds dist/: the runtime-neutral entries (tsconfig.build.json, no Node types), the Node-only ones
// (tsconfig.node.json), then the generated validators and bundled spec, which tsc does not copy
// because they are plain .js/.d.ts/.json, not sources of this project.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(dist, { recursive: true, force: true });
for (const project of ['tsconfig.build.json', 'tsconfig.node.json']) {
  execFileSync(process.execPath, [tsc, '-p', join(root, project)], { cwd: root, stdio: 'inherit' });
}

// tsc's per-file output is kept for the declarations; the JavaScript of each entry is replaced by an
// esbuild bundle (shared code in chunks), because loading some thirty small modules made a cold
// import several times slower than loading a few larger files.
const ENTRIES = {
  'src/index': 'src/index.ts',
  'src/webhooks/index': 'src/webhooks/index.ts',
  'src/phone/index': 'src/phone/index.ts',
  'src/node/mock-server': 'src/node/mock-server.ts',
  'src/testing/index': 'src/testing/index.ts',
  'src/testing/index.node': 'src/testing/index.node.ts',
  'src/campaigns/index': 'src/campaigns/index.ts',
  'src/cli/main': 'src/cli/main.ts',
};
const bundled = await build({
  entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([out, source]) => [out, join(root, source)])),
  outdir: dist,
  // Chunks sit as deep as the entries, so `new URL('../../generated/openapi.json', import.meta.url)`
  // in the mock launcher points at dist/generated/ from a chunk too.
  chunkNames: 'src/chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2022',
  // openapi-fetch (6 KB) is bundled in: resolving one more package on import cost about 3 ms of a
  // 17 ms cold import. It stays a dependency for its types. The CLI's, /phone's and /campaigns' packages stay external.
  external: ['node:*', 'commander', 'cli-progress', 'csv-parse', 'csv-parse/*', 'jsonc-parser', 'libphonenumber-js', 'libphonenumber-js/*', 'bullmq', 'ioredis'],
  // Whitespace and syntax only: less to parse on import, while names stay readable in stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  logLevel: 'warning',
});
const emitted = new Set(Object.keys(bundled.metafile.outputs).map((file) => resolve(root, file)));
for (const file of walkFiles(join(dist, 'src'))) {
  if (file.endsWith('.js') && !emitted.has(file)) unlinkSync(file);
}

// src/ imports these as '../../generated/<name>.js' and the mock serves openapi.json by path, so they
// keep the same place relative to src/ inside dist/.
const generatedOut = join(dist, 'generated');
mkdirSync(generatedOut, { recursive: true });
for (const name of readdirSync(join(root, 'generated')).sort()) {
  if (name.endsWith('.js') || name.endsWith('.d.ts') || name === 'openapi.json') {
    copyFileSync(join(root, 'generated', name), join(generatedOut, name));
  }
}

// npm links bin files as they are in the tarball; without the mode bit `npx plivo-message` from a
// linked checkout fails with EACCES.
const cli = join(dist, 'src/cli/main.js');
if (existsSync(cli)) {
  if (!readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node')) {
    throw new Error('dist/src/cli/main.js lost its #!/usr/bin/env node line: keep it as the first line of src/cli/main.ts');
  }
  chmodSync(cli, 0o755);
}

function* walkFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walkFiles(path);
    else yield path;
  }
}

// A relative import that does not resolve inside dist/ would only show up for users after publishing.
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
const broken = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.js') || name.endsWith('.d.ts')) {
      for (const [, specifier] of readFileSync(path, 'utf8').matchAll(RELATIVE_IMPORT)) {
        let target = resolve(dirname(path), specifier);
        if (name.endsWith('.d.ts') && !existsSync(target)) target = target.replace(/\.js$/, '.d.ts');
        if (!existsSync(target)) broken.push(`${relative(root, path)} -> ${specifier}`);
      }
    }
  }
}
walk(dist);
if (broken.length > 0) {
  throw new Error(`Imports that do not resolve inside dist/:\n  ${broken.join('\n  ')}`);
}
console.log(`Built ${relative(process.cwd(), dist) || 'dist'}/ (${existsSync(cli) ? 'with' : 'without'} the CLI).`);
