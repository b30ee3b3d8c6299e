import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, timingSafeEqual } from '../../../src/encoding.js';

describe('base64 and constant-time compare', () => {
  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('matches the standard padded alphabet', () => {
    expect(bytesToBase64(new Uint8Array([0xfb, 0xff]))).toBe('+/8=');
  });

  it('returns null for text that is not standard base64', () => {
    for (const text of ['abc', 'ab$=', '-_8=', 'a===', ' QQ==']) expect(base64ToBytes(text), text).toBeNull();
  });

  it('compares equal arrays as equal and any difference or length change as unequal', () => {
    const a = new Uint8Array(32).fill(7);
    expect(timingSafeEqual(a, a.slice())).toBe(true);
    const last = a.slice();
    last[31] = 6;
    expect(timingSafeEqual(a, last)).toBe(false);
    expect(timingSafeEqual(a, a.slice(0, 31))).toBe(false);
    expect(timingSafeEqual(new Uint8Array(), new Uint8Array())).toBe(true);
  });
});
