import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/paths.js';
import { pinnedVersion } from './support/report.js';
import { RUNTIMES, type Runtime } from './support/runtimes.js';

// The README's runtimes table must say what this suite checks: a row per runtime, its pinned version,
// and the maybeSent the suite expects for a refused connection.
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = README.slice(README.indexOf('\n## Runtimes\n'), README.indexOf('\n## ', README.indexOf('\n## Runtimes\n') + 1));
const rows = section
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| Runtime |'))
  .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));

describe('the README runtimes table', () => {
  it('has one row per runtime of the suite, in its order', () => {
    expect(rows.map((cells) => cells[0])).toEqual(Object.values(RUNTIMES).map((r) => r.label));
  });

  for (const runtime of Object.values(RUNTIMES) as Runtime[]) {
    it(`${runtime.label}: version and maybeSent as checked`, () => {
      const cells = rows.find((row) => row[0] === runtime.label) ?? [];
      const version = pinnedVersion(runtime);
      if (version) expect(cells[1]).toContain(`${version} (npm \`${runtime.npmPackage}\`)`);
      expect(cells.at(-1)).toMatch(new RegExp(`^\`${runtime.refusedMaybeSent}\``));
    });
  }
});
