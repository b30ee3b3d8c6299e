#!/usr/bin/env node
// Checks the package as users receive it, not the checkout: the spec version matches package.json,
// publint and are-the-types-wrong find nothing, and the packed tarball installed into an empty
// project imports every subpath at run time and type-checks a consumer under NodeNext + strict.
// Run after `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const failures = [];

function step(name, fn) {
  process.stdout.write(`- ${name}: `);
  try {
    const detail = fn();
    console.log(detail ? `ok (${detail})` : 'ok');
  } catch (error) {
    console.log('FAILED');
    console.error(`  ${String(error instanceof Error ? error.message : error).replaceAll('\n', '\n  ')}`);
    failures.push(name);
  }
}

/** The JS file of a dev tool's command, as its package.json `bin` names it. */
function binOf(packageName, command) {
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules', packageName, 'package.json'), 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[command];
  if (!bin) throw new Error(`${packageName} has no ${command} command`);
  return join(root, 'node_modules', packageName, bin);
}

/** Runs a command and returns its stdout; throws with its output when it exits non-zero. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    throw new Error(`${[command, ...args].join(' ')} exited with ${result.status ?? result.signal}\n${result.stdout ?? ''}${result.stderr ?? ''}`.trim());
  }
  return result.stdout;
}

// Imports each subpath by its public name and calls one thing from it, so a broken relative import
// inside dist/ or a file left out of `files` fails here rather than for users.
const SMOKE = `
import assert from 'node:assert/strict';
import { createPlivoClient, validateSendMessageRequest } from 'plivo-message-openapi';
import * as rootEntry from 'plivo-message-openapi';
import { parseMessageStatusCallback } from 'plivo-message-openapi/webhooks';
import { parseDestinations } from 'plivo-message-openapi/phone';
import { isSendMessageRequest } from 'plivo-message-openapi/validators';
import * as schema from 'plivo-message-openapi/schema';
import spec from 'plivo-message-openapi/openapi.json' with { type: 'json' };
import manifest from 'plivo-message-openapi/package.json' with { type: 'json' };
import { existsSync } from 'node:fs';
import { DEFAULT_SPEC_PATH, freePort, startMockServer } from 'plivo-message-openapi/mock';
import { createFakePlivo } from 'plivo-message-openapi/testing';

const body = { src: '14155550100', dst: '14155550123', text: 'Hello' };
assert.equal(validateSendMessageRequest(body).ok, true);
const answer = { api_id: 'a', message: 'message(s) queued', message_uuid: ['0936b5ba-2dd4-11f0-9f5b-0242ac110002'], invalid_number: [] };
const plivo = createPlivoClient({
  authId: 'MAXXXXXXXXXXXXXXXXXX',
  authToken: 'token',
  fetch: async () => new Response(JSON.stringify(answer), { status: 202, headers: { 'content-type': 'application/json' } }),
});
assert.deepEqual((await plivo.messages.send(body)).message_uuid, answer.message_uuid);
console.log('. send');
// Root exports added later than the client: checked when present, so this file need not change with them.
if (typeof rootEntry.countSegments === 'function') assert.equal(rootEntry.countSegments('Hello').segments, 1);
if (typeof rootEntry.toGsm7 === 'function') assert.equal(typeof rootEntry.toGsm7('Hello'), 'object');
if (typeof rootEntry.sendBulk === 'function') {
  const bulk = await rootEntry.sendBulk(plivo, { src: '14155550100', dst: ['14155550123', '14155550124'], text: 'Hi' });
  assert.equal(bulk.failed.length, 0);
}

assert.equal(typeof parseMessageStatusCallback({}).ok, 'boolean');
console.log('./webhooks');
assert.deepEqual(parseDestinations('+1 (415) 555-0123').valid, ['14155550123']);
console.log('./phone');
assert.equal(isSendMessageRequest(body), true);
console.log('./validators');
assert.deepEqual(Object.keys(schema), []);
console.log('./schema');
assert.equal(spec.info.version, manifest.version);
console.log('./openapi.json', './package.json');
assert.equal(typeof startMockServer, 'function');
assert.ok(existsSync(DEFAULT_SPEC_PATH), 'the mock serves ' + DEFAULT_SPEC_PATH + ', which is not in the package');
assert.ok((await freePort()) > 0);
console.log('./mock');
const fake = createFakePlivo({ seed: 1 });
const simulated = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch });
assert.equal((await simulated.messages.send(body)).message_uuid.length, 1);
const served = await fake.listen();
assert.ok(served.url.startsWith('http://127.0.0.1:') && Number(new URL(served.url).port) > 0, served.url);
await served.close();
console.log('./testing');
`;

// Uses the root's types and the ./schema types the way an application would; the @ts-expect-error
// lines prove the types reject what the API rejects instead of widening to any.
const CONSUMER_TS = `
import { createPlivoClient, PlivoValidationError, type SendMessageRequest, type SendMessageResponse } from 'plivo-message-openapi';
import type { components, paths } from 'plivo-message-openapi/schema';
import { verifyRequest } from 'plivo-message-openapi/webhooks';
import { isSendMessageRequest } from 'plivo-message-openapi/validators';
import spec from 'plivo-message-openapi/openapi.json' with { type: 'json' };
import { createFakePlivo, type FakePlivo } from 'plivo-message-openapi/testing';

const body: SendMessageRequest = { src: '14155550100', dst: '14155550123', text: 'Hello' };
const template: components['schemas']['SendMessageRequest'] = {
  src: '14155550100',
  dst: '14155550123',
  type: 'whatsapp',
  template: { name: 'order_update', language: 'en_US' },
};
type SendOperation = paths['/v1/Account/{auth_id}/Message/']['post'];
type SendBody = NonNullable<SendOperation['requestBody']>['content']['application/json'];
const same: SendBody = body;

// @ts-expect-error media_url is not a field of the send body
const wrong: SendMessageRequest = { src: '14155550100', dst: '14155550123', media_url: 'https://example.com/a.png' };

export async function send(): Promise<string[]> {
  const plivo = createPlivoClient({ authId: 'MAXXXXXXXXXXXXXXXXXX', authToken: 'token' });
  try {
    const sent: SendMessageResponse = await plivo.messages.send(template);
    return sent.message_uuid;
  } catch (error) {
    if (error instanceof PlivoValidationError) return error.issues.map((issue) => issue.path);
    throw error;
  }
}

const fake: FakePlivo = createFakePlivo({ seed: 1 });
export const checks = [same, wrong, isSendMessageRequest(body), typeof verifyRequest, spec.openapi, fake.authId] as const;
`;

// Every subpath with types, the Node-only ones included, in a Node project that has the optional peers
// the campaigns need: with skipLibCheck false, each declaration file the package ships is checked.
const typedSubpaths = Object.entries(pkg.exports).filter(([, target]) => typeof target === 'object' && target.types);
const NODE_CONSUMER_TS = typedSubpaths.map(([subpath], index) => `import * as entry${index} from 'plivo-message-openapi${subpath.slice(1)}';`).join('\n') + `
export const entries = [${typedSubpaths.map((_, index) => `entry${index}`).join(', ')}];
`;

const CONSUMER_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    resolveJsonModule: true,
    skipLibCheck: false,
    types: [],
    noEmit: true,
  },
  files: ['consumer.ts'],
};

if (!existsSync(join(root, 'dist/src/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// The root entry is bundled, so read VERSION the way users get it: by importing the built entry.
const builtVersion = existsSync(join(root, 'dist/src/index.js')) ? (await import(pathToFileURL(join(root, 'dist/src/index.js')).href)).VERSION : undefined;

step('spec info.version equals package.json version', () => {
  const spec = JSON.parse(readFileSync(join(root, 'dist/generated/openapi.json'), 'utf8'));
  const version = spec?.info?.version;
  if (version !== pkg.version) {
    throw new Error(`dist/generated/openapi.json has info.version ${JSON.stringify(version)}, package.json has ${pkg.version}: bump both, regenerate, rebuild`);
  }
  if (builtVersion !== pkg.version) throw new Error(`the built root entry exports VERSION ${builtVersion}, package.json has ${pkg.version}`);
  return pkg.version;
});

step('publint --strict', () => {
  // --strict: a warning fails too; suggestions are printed but do not fail.
  const out = run(process.execPath, [binOf('publint', 'publint'), 'run', root, '--strict'], { cwd: root });
  const messages = out.split('\n').filter((l) => /^\s*\d+\.\s/.test(l));
  if (messages.length > 0) throw new Error(out.trim());
  return 'no messages';
});

const work = mkdtempSync(join(tmpdir(), 'plivo-package-'));
let tarball = '';
try {
  step('npm pack', () => {
    const [packed] = JSON.parse(run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root }));
    tarball = join(work, packed.filename);
    const paths = packed.files.map((f) => f.path);
    const unexpected = paths.filter((p) => !/^(dist\/|package\.json$|README\.md$|LICENSE)/.test(p));
    if (unexpected.length > 0) throw new Error(`files that users do not need: ${unexpected.join(', ')}`);
    for (const needed of ['dist/generated/openapi.json', 'dist/generated/client-validators.js', 'dist/generated/schema.d.ts', 'dist/src/index.d.ts']) {
      if (!paths.includes(needed)) throw new Error(`${needed} is missing from the tarball`);
    }
    return `${paths.length} files, ${(packed.size / 1024).toFixed(0)} KB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KB unpacked`;
  });

  step('attw --profile esm-only', () => {
    // ESM-only on purpose: esm-only skips node10 and node16-from-CJS, where an ESM package can only
    // be loaded with import(); every other resolution (node16 from ESM, bundler) must be clean.
    const out = run(process.execPath, [binOf('@arethetypeswrong/cli', 'attw'), tarball, '--profile', 'esm-only', '--format', 'json']);
    const ignored = new Set(['node10', 'node16-cjs']);
    const problems = Object.values(JSON.parse(out).problems ?? {})
      .flat()
      .filter((p) => !ignored.has(p.resolutionKind));
    if (problems.length > 0) throw new Error(problems.map((p) => `${p.entrypoint} (${p.resolutionKind}): ${p.kind}`).join('\n'));
    return 'no problems in node16-esm and bundler resolution';
  });

  const consumer = join(work, 'consumer');
  step('install the tarball into an empty project', () => {
    execFileSync('mkdir', ['-p', consumer]);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
    run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], { cwd: consumer });
    return 'npm install';
  });

  step('import every subpath (Node ESM)', () => {
    writeFileSync(join(consumer, 'smoke.mjs'), SMOKE);
    return run(process.execPath, ['smoke.mjs'], { cwd: consumer }).trim().split('\n').join(', ');
  });

  if (pkg.bin && existsSync(join(root, 'dist/src/cli/main.js'))) {
    step('run the installed bin', () => {
      for (const name of Object.keys(pkg.bin)) run(join(consumer, 'node_modules/.bin', name), ['--help'], { cwd: consumer });
      return `${Object.keys(pkg.bin).join(', ')} --help`;
    });
  }

  step('type-check a consumer (NodeNext, strict, skipLibCheck false)', () => {
    writeFileSync(join(consumer, 'consumer.ts'), CONSUMER_TS);
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify(CONSUMER_TSCONFIG, null, 2));
    run(process.execPath, [binOf('typescript', 'tsc'), '-p', 'tsconfig.json'], { cwd: consumer });
    return `typescript ${require('typescript/package.json').version}`;
  });

  step('type-check every subpath in a Node consumer (@types/node, bullmq, ioredis)', () => {
    const peers = ['@types/node', 'bullmq', 'ioredis'].map((name) => `${name}@${pkg.devDependencies[name]}`);
    run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...peers], { cwd: consumer });
    writeFileSync(join(consumer, 'node-consumer.ts'), NODE_CONSUMER_TS);
    const tsconfig = { compilerOptions: { ...CONSUMER_TSCONFIG.compilerOptions, lib: ['ES2022'], types: ['node'] }, files: ['node-consumer.ts'] };
    writeFileSync(join(consumer, 'tsconfig.node.json'), JSON.stringify(tsconfig, null, 2));
    run(process.execPath, [binOf('typescript', 'tsc'), '-p', 'tsconfig.node.json'], { cwd: consumer });
    return typedSubpaths.map(([subpath]) => subpath).join(' ');
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\ncheck:package failed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('\ncheck:package passed.');
