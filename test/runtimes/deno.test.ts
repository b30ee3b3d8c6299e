import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { runCommandLine } from './support/command-line.js';
import { prepareConsumer, writeCommandLineMain } from './support/consumer.js';
import { expectChecks, type RuntimeRun } from './support/report.js';
import { RUNTIMES } from './support/runtimes.js';

const runtime = RUNTIMES.deno;

describe('Deno (network to 127.0.0.1 only: no env, read, write or run permission)', () => {
  let result: RuntimeRun;
  beforeAll(async () => {
    const consumer = await prepareConsumer(runtime.id, inject('tarball'), [runtime.npmPackage]);
    const main = writeCommandLineMain(consumer);
    result = await runCommandLine(consumer, (target) => {
      const { apiUrl, refusedUrl } = JSON.parse(target) as { apiUrl: string; refusedUrl: string };
      // Only the two ports the checks connect to. Without --allow-env, reading PLIVO_AUTH_ID throws
      // Deno's NotCapable, which the client must turn into its own error naming the missing options.
      const net = [new URL(apiUrl).host, new URL(refusedUrl).host].join(',');
      return { file: join(consumer.dir, 'node_modules/.bin/deno'), args: ['run', '--no-prompt', `--allow-net=${net}`, main, target] };
    });
  });
  expectChecks(runtime, () => result);

  it('says which environment variables it was not permitted to read', () => {
    const check = result.report.find((r) => r.name === 'createPlivoClient without credentials names the missing options');
    expect(check?.detail).toContain('reading PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN was not permitted (Deno: --allow-env=PLIVO_AUTH_ID,PLIVO_AUTH_TOKEN)');
  });
});
