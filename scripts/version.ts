// `npm run version`: applies the pending changesets (package.json version, CHANGELOG.md), makes the
// spec's info.version follow package.json, regenerates generated/, and adds the breaking-change report
// to the new CHANGELOG.md entry. Also right as npm's `version` hook after `npm version <bump>`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sendBodyArbitrary } from '../test/support/send-bodies.js';
import { compareSpecs } from './breaking/compare.js';
import { gate } from './breaking/gate.js';
import { formatMarkdown } from './breaking/report.js';
import { bundleSpecAt, bundleSpecIn, defaultBaseRef, packageVersionAt, workingPackageVersion } from './breaking/spec-source.js';
import { setInfoVersion } from './breaking/info-version.js';

const repo = process.cwd();
const bin = (name: string): string => join(repo, 'node_modules/.bin', name);

// The report is made before anything is rewritten: it compares the released spec with the edited one.
const ref = defaultBaseRef(repo);
const report =
  ref === undefined
    ? undefined
    : await compareSpecs(bundleSpecAt(repo, ref), bundleSpecIn(repo), { base: { ref, version: packageVersionAt(repo, ref) }, head: {} }, { seeds: { SendMessageRequest: [sendBodyArbitrary] } });

execFileSync(bin('changeset'), ['version'], { cwd: repo, stdio: 'inherit' });
const version = workingPackageVersion(repo);

const specFile = join(repo, 'spec/openapi.yaml');
const spec = readFileSync(specFile, 'utf8');
const updated = setInfoVersion(spec, version);
if (updated !== spec) {
  writeFileSync(specFile, updated);
  console.log(`spec/openapi.yaml info.version is now ${version}`);
}
execFileSync(process.execPath, [join(repo, 'scripts/generate.mjs')], { cwd: repo, stdio: 'inherit' });

const changelogFile = join(repo, 'CHANGELOG.md');
const section = report ? formatMarkdown(report) : undefined;
if (section && existsSync(changelogFile)) {
  const changelog = readFileSync(changelogFile, 'utf8');
  const heading = `\n## ${version}\n`;
  const at = changelog.indexOf(heading);
  if (at >= 0 && !changelog.includes(section)) {
    const insertAt = at + heading.length;
    writeFileSync(changelogFile, `${changelog.slice(0, insertAt)}\n${section}${changelog.slice(insertAt)}`);
    console.log(`CHANGELOG.md: the breaking changes since ${ref} are listed under ${version}`);
  }
}

if (report && ref !== undefined) {
  const verdict = gate(report.breaking, packageVersionAt(repo, ref), version);
  if (!verdict.ok) {
    console.error(`\nWarning: ${verdict.message}. prepublishOnly will refuse to publish ${version}.`);
    process.exitCode = 1;
  }
}
