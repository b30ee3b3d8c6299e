// RFC 6901: `~` and `/` inside a key are written `~0` and `~1`. Every issue path and every lookup by
// path goes through these two, so a key such as `a/b` is one segment everywhere.

/** A key as one JSON pointer segment: `a/b` → `a~1b`. */
export function escapePointerSegment(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** One JSON pointer segment as the key it names: `a~1b` → `a/b`. */
export function unescapePointerSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}
