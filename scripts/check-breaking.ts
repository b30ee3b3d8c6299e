// Lists how the spec changed since a git ref, each change breaking or not with its JSON pointer, with
// evidence for request-side breaks and the generated types as a second witness.
//
//   npm run check:breaking [REF] [-- --json] [-- --gate]
//
// REF defaults to the latest release tag (vX.Y.Z), else the commit before HEAD. With --gate it fails
// when a breaking change is not matched by a major bump (a minor one below 1.0) of package.json's
// version over the version at REF: prepublishOnly runs it so.
import { parseArgs } from 'node:util';
import { sendBodyArbitrary } from '../test/support/send-bodies.js';
import { compareSpecs } from './breaking/compare.js';
import { gate } from './breaking/gate.js';
import { formatText } from './breaking/report.js';
import { assertRefExists, bundleSpecAt, bundleSpecIn, defaultBaseRef, packageVersionAt, workingPackageVersion } from './breaking/spec-source.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    gate: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('Usage: npm run check:breaking [REF] [-- --json] [-- --gate]');
  process.exit(0);
}

const repo = process.cwd();
const ref = positionals[0] ?? defaultBaseRef(repo);
if (ref === undefined) {
  console.log('No release tag and no previous commit: nothing to compare the spec with.');
  process.exit(0);
}

try {
  assertRefExists(repo, ref);
  const before = bundleSpecAt(repo, ref);
  const after = bundleSpecIn(repo);
  const baseVersion = packageVersionAt(repo, ref);
  const headVersion = workingPackageVersion(repo);
  const report = await compareSpecs(before, after, { base: { ref, version: baseVersion }, head: { version: headVersion } }, {
    // The test suite's send bodies (valid ones of every kind, and near misses) join those generated
    // from the schema, so the search starts from realistic requests.
    seeds: { SendMessageRequest: [sendBodyArbitrary] },
  });
  console.log(values.json ? JSON.stringify(report, null, 2) : formatText(report));
  if (values.gate) {
    const verdict = gate(report.breaking, baseVersion, headVersion);
    (verdict.ok && !values.json ? console.log : console.error)(`${verdict.ok ? 'Publishing allowed' : 'Publishing refused'}: ${verdict.message}.`);
    if (!verdict.ok) process.exitCode = 1;
  }
} catch (error) {
  console.error(`check:breaking failed: ${(error as Error).message}`);
  process.exitCode = 2;
}
