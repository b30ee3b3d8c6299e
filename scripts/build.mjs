#!/usr/bin/env node
// Builds dist/: the runtime-neutral entries (tsconfig.build.json, no Node types), the Node-only ones
// (tsconfig.node.json), then the generated validators and bundled spec, which tsc does not copy
// because they are plain .js/.d.ts/.json, not sources of this project.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(dist, { recursive: true, force: true });
for (const project of ['tsconfig.build.json', 'tsconfig.node.json']) {
  execFileSync(process.execPath, [tsc, '-p', join(root, project)], { cwd: root, stdio: 'inherit' });
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
