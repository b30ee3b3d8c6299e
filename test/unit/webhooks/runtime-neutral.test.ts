import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const folder = fileURLToPath(new URL('../../../src/webhooks/', import.meta.url));
const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));

describe('src/webhooks runs outside Node', () => {
  it('has source files to check', () => {
    expect(files).toContain('index.ts');
  });

  for (const name of files) {
    it(`${name} imports no node: module, uses no require() and no Buffer`, () => {
      const source = readFileSync(join(folder, name), 'utf8');
      expect(source).not.toMatch(/from\s+['"]node:/);
      expect(source).not.toMatch(/import\(\s*['"]node:/);
      expect(source).not.toContain('require(');
      expect(source).not.toMatch(/\bBuffer\b/);
    });
  }
});
