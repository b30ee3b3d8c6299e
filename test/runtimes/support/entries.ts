/** A subpath of the package's exports map that loads in any runtime, and the file it points to. */
export interface RuntimeEntry {
  subpath: string;
  file: string;
  json: boolean;
}

type ExportTarget = string | null | { [condition: string]: ExportTarget };

/** The target for a runtime without Node's conditions: `import`, then `default` (nested conditions followed). */
function neutralTarget(target: ExportTarget | undefined): string | undefined {
  if (target === undefined || target === null) return undefined;
  if (typeof target === 'string') return target;
  return neutralTarget(target.import ?? target.default);
}

/**
 * The runtime-neutral entries of a package manifest, read from its exports map: every subpath with an
 * `import` or `default` target. Node-only entries (a `node` condition alone), types-only entries and
 * `./package.json` are left out. New subpaths are picked up without changing the suite.
 */
export function runtimeEntries(manifest: { exports?: Record<string, ExportTarget> }): RuntimeEntry[] {
  const entries: RuntimeEntry[] = [];
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    const file = neutralTarget(target);
    if (file === undefined || subpath === './package.json') continue;
    entries.push({ subpath, file, json: file.endsWith('.json') });
  }
  if (entries.length === 0) throw new Error('the package exports no runtime-neutral entry');
  return entries;
}
