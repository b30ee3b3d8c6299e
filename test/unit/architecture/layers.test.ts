import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, dirname, join, posix, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers of the package, lowest first. A file may import only from its own layer and from the
 * layers its row names in `uses`; every other import runs upward or sideways and fails this test.
 * A row may name only rows above it in this table, so the table itself cannot hold a cycle.
 * A new folder under src/ needs a row here before any test passes.
 */
interface Layer {
  name: string;
  /** Folders (ending in `/`) or single files, relative to the repository root. */
  paths: string[];
  uses: string[];
  /** Node-only layers ship as their own entries and may import Node built-ins. */
  nodeOnly?: boolean;
}

const LAYERS: Layer[] = [
  { name: 'generated', paths: ['generated/'], uses: [] },
  // The error root, the redaction of secrets, encoding helpers and the version: imported by every layer, importing no layer.
  { name: 'core', paths: ['src/errors.ts', 'src/redact.ts', 'src/encoding.ts', 'src/version.ts'], uses: ['generated'] },
  // Segments, GSM-7 and destination rules: pure functions of their input.
  { name: 'rules', paths: ['src/messaging/'], uses: ['core'] },
  { name: 'validation', paths: ['src/validation/'], uses: ['rules', 'core', 'generated'] },
  // The per-country destination check; beside validation so the phone metadata stays out of it.
  { name: 'phone', paths: ['src/phone/'], uses: ['rules', 'core'] },
  { name: 'client', paths: ['src/client/'], uses: ['validation', 'rules', 'core', 'generated'] },
  { name: 'webhooks', paths: ['src/webhooks/'], uses: ['validation', 'core', 'generated'] },
  // The simulator stands in for Plivo, beside the client: it signs callbacks and checks bodies, never calls the client.
  { name: 'testing', paths: ['src/testing/'], uses: ['webhooks', 'validation', 'rules', 'core', 'generated'] },
  { name: 'bulk', paths: ['src/bulk/'], uses: ['client', 'validation', 'rules', 'core', 'generated'] },
  { name: 'entry', paths: ['src/index.ts'], uses: ['bulk', 'client', 'webhooks', 'validation', 'rules', 'core', 'generated'] },
  {
    name: 'campaigns',
    paths: ['src/campaigns/'],
    uses: ['bulk', 'client', 'webhooks', 'phone', 'validation', 'rules', 'core', 'generated'],
    nodeOnly: true,
  },
  // The mock quotes the values of a refused request as validation issues do (src/validation/given-value.ts).
  { name: 'node', paths: ['src/node/'], uses: ['validation', 'rules', 'core', 'generated'], nodeOnly: true },
  {
    name: 'cli',
    paths: ['src/cli/'],
    uses: ['node', 'campaigns', 'testing', 'bulk', 'client', 'webhooks', 'phone', 'validation', 'rules', 'core', 'generated'],
    nodeOnly: true,
  },
];

const BUILTINS = new Set(builtinModules);
const isBuiltin = (specifier: string) => specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0] ?? '');

const SOURCE = /\.(d\.)?[cm]?[jt]s$/;
// `../errors.js` names `src/errors.ts`: single-file rows are compared without their extension.
const stem = (path: string) => path.replace(SOURCE, '');
// A Node-only file inside a runtime-neutral layer carries `node` in its name (e.g. `listen.node.ts`) and sits behind its own entry.
const isNodeNamed = (file: string) => /(^|[.-])node([.-]|$)/.test(basename(stem(file)));

function layerOf(file: string): Layer | undefined {
  let best: { layer: Layer; length: number } | undefined;
  for (const layer of LAYERS) {
    for (const path of layer.paths) {
      const matches = path.endsWith('/') ? file.startsWith(path) : stem(file) === stem(path);
      if (matches && (best === undefined || path.length > best.length)) best = { layer, length: path.length };
    }
  }
  return best?.layer;
}

/** Every module specifier a source file names: static imports, re-exports, dynamic imports, `import type`. */
function specifiersOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((entry) => entry.fileName);
}

/**
 * What is wrong with the imports of the given files (paths relative to the repository root, POSIX
 * separators), one line per offending import.
 */
function layerViolations(files: ReadonlyMap<string, readonly string[]>): string[] {
  const problems: string[] = [];
  for (const [file, specifiers] of files) {
    const layer = layerOf(file);
    if (layer === undefined) {
      problems.push(`${file} belongs to no layer: add a row to LAYERS in test/unit/architecture/layers.test.ts`);
      continue;
    }
    for (const specifier of specifiers) {
      if (!specifier.startsWith('.')) {
        if (isBuiltin(specifier) && !layer.nodeOnly && !isNodeNamed(file)) {
          problems.push(`${file} imports the Node built-in ${specifier}, but ${layer.name} runs outside Node (move it to a Node-only layer or a *.node.ts file)`);
        }
        continue;
      }
      const target = posix.normalize(posix.join(posix.dirname(file), specifier));
      const targetLayer = layerOf(target);
      if (targetLayer === undefined) problems.push(`${file} imports ${specifier}, outside every layer`);
      else if (targetLayer !== layer && !layer.uses.includes(targetLayer.name)) {
        problems.push(`${file} (${layer.name}) imports ${specifier} (${targetLayer.name}); ${layer.name} may use only ${layer.uses.join(', ') || 'nothing'}`);
      }
    }
  }
  return problems;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

function sourceFiles(folder: string): Map<string, string[]> {
  const files = new Map<string, string[]>();
  for (const name of readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })) {
    if (!SOURCE.test(name)) continue;
    const file = posix.join(folder, name.split(sep).join('/'));
    files.set(file, specifiersOf(readFileSync(join(root, file), 'utf8')));
  }
  return files;
}

describe('layers', () => {
  const files = new Map([...sourceFiles('src'), ...sourceFiles('generated')]);

  it('finds the sources it checks', () => {
    expect(files.get('src/bulk/send-bulk.ts')).toContain('../client/create-client.js');
    expect(files.get('src/validation/validate.ts')?.length).toBeGreaterThan(0);
  });

  it("the README's layout section shows every layer of this table", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf('\n## Project layout\n');
    expect(start).toBeGreaterThan(0);
    const next = readme.indexOf('\n## ', start + 1);
    const section = readme.slice(start, next === -1 ? undefined : next);
    for (const path of LAYERS.flatMap((layer) => layer.paths)) {
      const shown = path.replace(/^src\//, '').replace('src/index.ts', 'index.ts');
      expect(section, `README's layout section names ${path}`).toContain(shown);
    }
  });

  it('lists in each row only rows below it', () => {
    const seen = new Set<string>();
    for (const layer of LAYERS) {
      for (const used of layer.uses) expect(seen, `${layer.name} uses ${used}`).toContain(used);
      seen.add(layer.name);
    }
  });

  it('no import in src/ or generated/ runs upward or between sibling layers', () => {
    expect(layerViolations(files)).toEqual([]);
  });

  describe('the check itself', () => {
    const check = (file: string, ...specifiers: string[]) => layerViolations(new Map([[file, specifiers]]));

    it('flags an upward import', () => {
      expect(check('src/messaging/segments.ts', '../validation/validate.js')).toEqual([
        'src/messaging/segments.ts (rules) imports ../validation/validate.js (validation); rules may use only core',
      ]);
    });

    it('flags an import between siblings', () => {
      expect(check('src/client/messages.ts', '../webhooks/parse.js')).toHaveLength(1);
      expect(check('src/validation/validate.ts', '../phone/index.js')).toHaveLength(1);
    });

    it('flags a type-only or dynamic import as much as a value import', () => {
      expect(layerViolations(new Map([['src/validation/x.ts', specifiersOf("import type { PlivoClient } from '../client/create-client.js';")]]))).toHaveLength(1);
      expect(layerViolations(new Map([['src/client/x.ts', specifiersOf("const m = await import('../bulk/send-bulk.js');")]]))).toHaveLength(1);
    });

    it('flags a file in a folder without a row', () => {
      expect(check('src/extras/thing.ts')).toEqual(['src/extras/thing.ts belongs to no layer: add a row to LAYERS in test/unit/architecture/layers.test.ts']);
    });

    it('flags a Node built-in outside the Node-only layers and Node-named files', () => {
      expect(check('src/client/transport.ts', 'node:http')).toHaveLength(1);
      expect(check('src/messaging/segments.ts', 'fs')).toHaveLength(1);
      expect(check('src/cli/main.ts', 'node:process')).toEqual([]);
      expect(check('src/testing/listen.node.ts', 'node:http')).toEqual([]);
    });

    it('accepts downward imports, imports within a layer and packages', () => {
      expect(check('src/bulk/send-bulk.ts', '../client/create-client.js', '../messaging/numbers.js', './helpers.js', 'openapi-fetch')).toEqual([]);
      expect(check('src/validation/validate.ts', '../../generated/client-validators.js')).toEqual([]);
    });
  });
});
