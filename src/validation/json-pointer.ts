// RFC 6901: `~` and `/` inside a key are written `~0` and `~1`. Every issue path and every lookup by
// path goes through these, so a key such as `a/b` is one segment everywhere.

/** A key as one JSON pointer segment: `a/b` → `a~1b`. */
function escapePointerSegment(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** One JSON pointer segment as the key it names: `a~1b` → `a/b`. */
function unescapePointerSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** The JSON pointer of a path of keys and indexes: `['a/b', 0]` → `/a~1b/0`; `[]` → `''`, the whole value. */
export function pointerOf(keys: readonly (string | number)[]): string {
  return keys.map((key) => `/${escapePointerSegment(String(key))}`).join('');
}

/** The keys a JSON pointer names, unescaped: `/a~1b/0` → `['a/b', '0']`; `''` → `[]`. */
export function keysOf(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointerSegment);
}
