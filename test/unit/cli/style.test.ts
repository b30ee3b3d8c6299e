import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../../src/cli/io.js';
import { alignRows, colourEnabled, createPalette, visibleWidth } from '../../../src/cli/style.js';

describe('colour', () => {
  it.each([
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, {}, false],
    [undefined, {}, false],
  ])('isTTY %s with %o -> %s', (isTTY, env, expected) => {
    expect(colourEnabled(isTTY === undefined ? {} : { isTTY }, env)).toBe(expected);
  });

  it('emits escapes only when enabled', () => {
    expect(createPalette(false).red('x')).toBe('x');
    expect(createPalette(true).red('x')).toBe('\u001B[31mx\u001B[39m');
  });
});

describe('alignRows', () => {
  it('pads every column but the last to its widest cell, ignoring colour escapes', () => {
    const red = createPalette(true).red;
    const text = alignRows([
      [red('Kind'), 'HTTP', 'Details'],
      ['WhatsApp list', '202', 'a long last column that is never padded'],
    ]);
    const lines = text.split('\n').map((line) => line.replace(/\u001B\[\d+m/g, ''));
    expect(lines).toEqual(['Kind           HTTP  Details', 'WhatsApp list  202   a long last column that is never padded']);
    expect(visibleWidth(red('abc'))).toBe(3);
  });
});

describe('createScrubber', () => {
  it('replaces every secret, and ignores absent or trivially short ones', () => {
    const scrub = createScrubber(['s3cret-token', undefined, 'ab']);
    expect(scrub('token s3cret-token and s3cret-token, ab')).toBe('token [redacted] and [redacted], ab');
  });
});
