import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
  files: string[];
  sideEffects: boolean;
  bin: Record<string, string>;
};

/** The file a dist/ path is built (or copied) from, so the map is checked without building. */
function sourceOf(distPath: string): string {
  const path = distPath.replace(/^\.\/dist\//, '');
  if (path.startsWith('generated/')) return path.endsWith('.json') ? path : path.replace(/^generated\/schema\.(d\.ts|js)$/, 'generated/schema.ts');
  return path.replace(/\.d\.ts$/, '.ts').replace(/\.js$/, '.ts');
}

describe('package.json exports', () => {
  it('lists each public subpath explicitly, with no wildcard', () => {
    expect(Object.keys(pkg.exports).sort()).toEqual(['.', './campaigns', './mock', './openapi.json', './package.json', './phone', './schema', './testing', './validators', './webhooks']);
  });

  it('puts types first in every conditional entry, and points only into dist/', () => {
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string') {
        expect(target, subpath).toMatch(subpath === './package.json' ? /^\.\/package\.json$/ : /^\.\/dist\//);
        continue;
      }
      expect(Object.keys(target)[0], subpath).toBe('types');
      for (const path of Object.values(target)) expect(path, subpath).toMatch(/^\.\/dist\//);
    }
  });

  it('maps every target to a source file that exists', () => {
    const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
    for (const target of [...targets, ...Object.values(pkg.bin)].filter((t) => t.startsWith('./dist/'))) {
      expect(existsSync(join(root, sourceOf(target))), `${target} <- ${sourceOf(target)}`).toBe(true);
    }
  });

  it('keeps the Prism launcher out of browser and default resolution', () => {
    expect(pkg.exports['./mock']).toEqual({ types: './dist/src/node/mock-server.d.ts', node: './dist/src/node/mock-server.js' });
  });

  it('keeps campaigns (BullMQ and Redis) out of browser and default resolution', () => {
    expect(pkg.exports['./campaigns']).toEqual({ types: './dist/src/campaigns/index.d.ts', node: './dist/src/campaigns/index.js' });
  });

  it('ships only dist/ (without the CLI internals\' declarations) and declares no side effects', () => {
    expect(pkg.files).toEqual(['dist', '!dist/src/cli/**/*.d.ts']);
    expect(pkg.sideEffects).toBe(false);
  });
});
