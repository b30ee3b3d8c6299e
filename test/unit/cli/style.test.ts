import { describe, expect, it } from 'vitest';
import { alignRows, colourEnabled, createPalette, visibleWidth } from '../../../src/cli/style.js';

describe('colour', () => {
  it.each([
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, {}, false],
    [undefined, {}, false],
    [false, { FORCE_COLOR: '1' }, true],
    [false, { FORCE_COLOR: 'true', NO_COLOR: '1' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [true, { FORCE_COLOR: 'false' }, false],
    [true, { FORCE_COLOR: '' }, true],
  ])('isTTY %s with %o -> %s', (isTTY, env, expected) => {
    expect(colourEnabled(isTTY === undefined ? {} : { isTTY }, env)).toBe(expected);
  });

  it.each([
    ['always', false, { NO_COLOR: '1' }, true],
    ['never', true, { FORCE_COLOR: '1' }, false],
    ['auto', true, {}, true],
  ] as const)('--color %s decides over isTTY %s and %o', (mode, isTTY, env, expected) => {
    expect(colourEnabled({ isTTY }, env, mode)).toBe(expected);
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
