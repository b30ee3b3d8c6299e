import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { uri } from '../../../generated/runtime.js';

const { fullFormats } = createRequire(import.meta.url)('ajv-formats/dist/formats') as { fullFormats: { uri: (value: string) => boolean } };

// Characters that decide the fast path's answer: escapes, IPv6 brackets, userinfo, separators, spaces.
const CHARACTERS = [...'aZ09-._~!$&\'()*+,;=:@/?#%[]\\ é', '%2F', '%zz', '..', '//'];
const tail = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 24 }).map((parts) => parts.join(''));

describe('the uri format the compiled validators call', () => {
  it('agrees with ajv-formats on generated http(s) URLs, including the ones the fast path passes on', () => {
    fc.assert(
      fc.property(fc.constantFrom('http://', 'https://', 'HTTPS://', 'http:/', 'ftp://', ''), fc.constantFrom('example.com', 'EXAMPLE.com', '[::1]', 'a@b', '', 'x y'), tail, (scheme, host, rest) => {
        const value = `${scheme}${host}${rest}`;
        expect(uri(value)).toBe(fullFormats.uri(value));
      }),
      { numRuns: 20_000, seed: 20261201 },
    );
  });

  it('accepts the plain URLs of the spec examples and refuses what is not a URI', () => {
    expect(uri('https://example.com/banner.png')).toBe(true);
    expect(uri('https://example.com:8443/a/b?c=d#e')).toBe(true);
    expect(uri('https://exa mple.com')).toBe(false);
    expect(uri('example.com/banner.png')).toBe(false);
  });
});
