/** Edit distance, case-insensitive, for short names only. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

const MAX_EDITS = 2;

/**
 * The name among `names` that `name` most likely misspells (at most two edits away), or `undefined`.
 * Used to suggest the intended field for an unknown one.
 */
export function closestName(names: readonly string[], name: string): string | undefined {
  let closest: string | undefined;
  let closestDistance = MAX_EDITS + 1;
  // The first of equally close names wins, in the order given.
  for (const candidate of names) {
    const edits = distance(candidate, name);
    if (edits < closestDistance) {
      closest = candidate;
      closestDistance = edits;
    }
  }
  return closest;
}
