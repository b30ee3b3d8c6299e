import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the generator is plain JavaScript without declarations.
import { compilePattern } from '../../../scripts/generate/patterns.mjs';

const compile = compilePattern as (source: string) => string | undefined;
const spec = readFileSync(join(import.meta.dirname, '../../../generated/openapi.json'), 'utf8');
const specPatterns = [...new Set([...spec.matchAll(/"pattern": ("(?:[^"\\]|\\.)*")/g)].map((match) => JSON.parse(match[1] ?? '""') as string))];

// Characters on both sides of every class boundary the spec's patterns use, and ones `u` counts apart.
const CHARACTERS = [...'09/:AZ@[`az{-+.,SAM hHtTpPsS', 'é', '😀', '\ud800', ' ', '\n', 'https://', 'HTTP://'];
const strings = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 24 }).map((parts) => parts.join(''));

describe('patterns compiled to character checks', () => {
  it('compile the shapes the template body meets and leave the rest to the RegExp', () => {
    expect(compile('^[0-9]$')).toBeDefined();
    expect(compile('^[A-Z]{3}$')).toBeDefined();
    expect(compile('^(?:https?|HTTPS?)://')).toBeDefined();
    expect(compile('^[-+]?[0-9]{1,2}(?:\\.[0-9]+)?$')).toBeUndefined();
    expect(compile('^\\s*x$')).toBeUndefined();
    // A bounded count of a negated class would count UTF-16 units where `u` counts code points.
    expect(compile('^[^,]{2}$')).toBeUndefined();
  });

  for (const source of new Set([...specPatterns, '^[^,]+$', '^[a-z]?$', '^x[0-9]{1,3}$', '^-[+-]*$', '^(?:ab|c)d?e'])) {
    const body = compile(source);
    if (body === undefined) continue;
    it(`${source} answers as its RegExp on generated strings`, () => {
      const compiled = new Function('s', body) as (s: string) => boolean;
      const regexp = new RegExp(source, 'u');
      fc.assert(
        fc.property(strings, (value) => {
          expect(compiled(value)).toBe(regexp.test(value));
        }),
        { numRuns: 3000, seed: 20261202 },
      );
      // Strings made to match, or random strings would test mostly refusals.
      fc.assert(
        fc.property(fc.stringMatching(regexp), (value) => {
          expect(compiled(value)).toBe(true);
        }),
        { numRuns: 1000, seed: 20261202 },
      );
    });
  }
});
