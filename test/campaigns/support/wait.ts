/** Polls `check` until it returns a value other than undefined; rejects with `what` after `limitMs` so a stuck run fails instead of hanging. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, limitMs = 60_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `count` distinct numbers of 11 digits starting at 1415… */
export function* numbers(count: number, first = 14_150_000_000): Generator<string> {
  for (let i = 0; i < count; i += 1) yield String(first + i);
}
