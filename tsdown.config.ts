import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { defineConfig } from 'tsdown';

interface PackageJson {
  exports: Record<string, string | Record<string, string>>;
  bin: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as PackageJson;

/** `./dist/src/cli/main.js` → `src/cli/main`: where an entry lands under dist/, without extension. */
const outputName = (target: string) => target.replace(/^\.\/dist\//, '').replace(/\.js$/, '');

/**
 * Every JavaScript file package.json points at (exports and bin) is built from the TypeScript file
 * of that name, so a new subpath is one line in package.json's exports and nothing here. schema.ts
 * holds types only and builds to an empty module. The generated validators are plain ESM already
 * and are copied (see `neverBundle` below), so they ship once, minified in the `build:done` hook.
 */
const targets = [...Object.values(pkg.exports).flatMap((value) => (typeof value === 'string' ? [value] : Object.values(value))), ...Object.values(pkg.bin)];
const entry = Object.fromEntries(
  [...new Set(targets.filter((target) => target.endsWith('.js')).map(outputName))]
    .filter((name) => existsSync(`${name}.ts`))
    .map((name) => [name, `${name}.ts`]),
);
/**
 * The declarations in generated/ that an exports entry names as its `types` (the ./validators
 * entry): the others describe modules only the package's own code imports, and nothing can import their types.
 */
const publicGeneratedDeclarations = Object.values(pkg.exports)
  .flatMap((value) => (typeof value === 'string' || value.types === undefined ? [] : [value.types.replace(/^\.\/dist\//, '')]))
  .filter((file) => file.startsWith('generated/') && existsSync(file));
const GENERATED_JS = /\/generated\/[\w-]+\.js$/;
const DECLARATION = /\.d\.[cm]?ts$/;

export default defineConfig({
  entry,
  outDir: 'dist',
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  fixedExtension: false,
  // Declarations are bundled like the code (rolldown-plugin-dts, on tsc): one .d.ts per entry and shared
  // chunks, so each type is declared once and internal modules ship no declarations of their own; a
  // third of the declarations' bytes. tsconfig.json holds both the runtime-neutral and the Node-only files
  // (`npm run lint` checks the neutral ones without Node's types).
  dts: { tsconfig: 'tsconfig.json' },
  // Not minified, so a stack trace names real functions at readable lines without shipping source
  // maps; measured against minified code with maps, a cold import was no slower (see README, Benchmarks).
  minify: false,
  sourcemap: false,
  // Dependencies stay external (installed beside the package), except openapi-fetch: resolving one
  // more package on import cost about 3 ms of a 17 ms cold import. It stays a dependency for its types.
  deps: {
    // Its declarations are not bundled: the types stay openapi-fetch's own, imported from the dependency.
    alwaysBundle: (id, importer) => id === 'openapi-fetch' && !DECLARATION.test(importer ?? ''),
    onlyBundle: ['openapi-fetch'],
    // Node built-ins appear only in the Node-only entries (the layering test keeps them there).
    // The generated validators stay separate modules (imported as ../../generated/*.js, which resolves the
    // same from dist/src/*/ and dist/src/chunks/), so each entry shares the one copy in dist/generated/.
    neverBundle: [/^node:/, GENERATED_JS],
  },
  inputOptions: {
    resolve: { mainFields: ['module', 'main'] },
    checks: { pluginTimings: false },
    // No `//#region <source file>` line around each module: 6 kB of the package, and a stack trace's
    // function names already lead to the source.
    experimental: { attachDebugInfo: 'none' },
  },
  outputOptions: {
    // Chunks sit as deep as the entries, so `new URL('../../generated/openapi.json', import.meta.url)`
    // in the mock launcher points at dist/generated/ from a chunk too.
    chunkFileNames: 'src/chunks/[name]-[hash].js',
    // The JSDoc ships once, in the declarations (where editors read it); in the JavaScript it was a
    // second copy, a tenth of the package. Pure annotations stay, for the tree-shaking of apps' bundlers.
    comments: { jsdoc: false, legal: true, annotation: true },
  },
  copy: [...publicGeneratedDeclarations.map((from) => ({ from, to: 'dist/generated' })), { from: 'generated/*.js', to: 'dist/generated' }],
  hooks: {
    'build:done': () => {
      // The bundled spec ships without indentation, a third smaller; the repository keeps it readable.
      writeFileSync('dist/generated/openapi.json', JSON.stringify(JSON.parse(readFileSync('generated/openapi.json', 'utf8'))));
      // The validators and their two helpers are minified, identifiers mangled, unlike the hand-written
      // code: they return a verdict and throw nothing, so no stack trace ever points into them, and their
      // dist copies are read by no one (generated/ holds the readable ones). Export names are kept.
      for (const file of ['dist/generated/validators.js', 'dist/generated/runtime.js']) {
        writeFileSync(file, transformSync(readFileSync(file, 'utf8'), { format: 'esm', target: 'es2022', minify: true }).code);
      }
      // The spec's types come out indented by spaces, a sixth of their bytes deep in paths and schemas; tabs read the same.
      const types = 'dist/generated/schema.d.ts';
      writeFileSync(types, readFileSync(types, 'utf8').replace(/^(?: {2})+/gm, (indent) => '\t'.repeat(indent.length / 2)));
    },
  },
});
