// Plivo writes times as `2024-08-21 18:28:49.244057+05:30` in the API and `2024-08-21 12:58:47.123456`
// in callbacks; the simulator keeps UTC throughout.

function parts(ms: number): { date: string; time: string; micros: string } {
  const iso = new Date(ms).toISOString(); // 2024-08-21T18:28:49.244Z
  return { date: iso.slice(0, 10), time: iso.slice(11, 19), micros: `${iso.slice(20, 23)}000` };
}

/** An API timestamp: `2024-08-21 18:28:49+00:00`. */
export function apiTime(ms: number): string {
  const { date, time } = parts(ms);
  return `${date} ${time}+00:00`;
}

/** An API timestamp with microseconds: `2024-08-21 18:28:49.244000+00:00`. */
export function apiTimeMicros(ms: number): string {
  const { date, time, micros } = parts(ms);
  return `${date} ${time}.${micros}+00:00`;
}

/** A callback timestamp: `2024-08-21 18:28:49.244000`. */
export function callbackTime(ms: number): string {
  const { date, time, micros } = parts(ms);
  return `${date} ${time}.${micros}`;
}

const FILTER_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?$/;

/**
 * A list filter time (`YYYY-MM-DD HH:MM[:ss[.uuuuuu]]`, UTC) as the span it names: `2024-08-21 10:05`
 * is the whole minute, so `message_time=` matches any message of that minute.
 */
export function filterSpan(text: string): { start: number; end: number } | undefined {
  const match = FILTER_TIME.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction] = match;
  const start = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0)) + (fraction ? Number(`0.${fraction}`) * 1000 : 0);
  const width = fraction ? 10 ** (3 - fraction.length) : s !== undefined ? 1000 : 60_000;
  return { start, end: start + Math.max(width, 0.001) };
}
