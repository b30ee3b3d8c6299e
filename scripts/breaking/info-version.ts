// Rewrites `info.version` in the root spec file's text, leaving its comments and layout alone.

/** `yaml` (the text of spec/openapi.yaml) with `info.version` set to `version`. */
export function setInfoVersion(yaml: string, version: string): string {
  const lines = yaml.split('\n');
  const start = lines.findIndex((line) => /^info:\s*(#.*)?$/.test(line));
  if (start < 0) throw new Error('spec/openapi.yaml has no top-level info: block');
  for (let index = start + 1; index < lines.length && /^(\s|$)/.test(lines[index]!); index += 1) {
    const match = /^(\s+)version:\s*[^#\s]+(.*)$/.exec(lines[index]!);
    // Only a direct child of info (the first indentation level under it), not a nested `version:`.
    if (match && match[1] === lines.slice(start + 1).find((line) => line.trim() !== '')!.match(/^\s+/)![0]) {
      lines[index] = `${match[1]}version: ${version}${match[2]}`;
      return lines.join('\n');
    }
  }
  throw new Error('spec/openapi.yaml has no info.version');
}
