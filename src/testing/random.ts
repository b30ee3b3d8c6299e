/**
 * A small seeded generator (mulberry32), so a simulator created with the same seed produces the same
 * UUIDs, outcomes and faults. Not for secrets: it only has to be reproducible and runtime-neutral
 * (Web Crypto's getRandomValues cannot be seeded).
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A random version-4-shaped UUID. */
  uuid(): string;
  /** A string of `length` decimal digits, like Plivo's signature nonces. */
  digits(length: number): string;
}

/** A generator from a 32-bit seed; the same seed gives the same sequence. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const word = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const hex = (value: number, length: number) => (value >>> 0).toString(16).padStart(8, '0').slice(8 - length);
  return {
    next: () => word() / 2 ** 32,
    uuid() {
      const a = word();
      const b = word();
      const c = word();
      const d = word();
      const version = `4${hex(b, 3)}`;
      const variant = (((c >>> 28) & 0x3) | 0x8).toString(16) + hex(c, 3);
      return `${hex(a, 8)}-${hex(b >>> 16, 4)}-${version}-${variant}-${hex(d, 8)}${hex(c >>> 8, 4)}`;
    },
    digits(length) {
      let text = '';
      while (text.length < length) text += String(word() % 10);
      return text;
    },
  };
}

/** A seed for callers who gave none: different in each simulator, shown as `fake.seed` to reproduce a run. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 32);
}
