import { join } from 'node:path';
import { beforeAll, describe, inject } from 'vitest';
import { runCommandLine } from './support/command-line.js';
import { prepareConsumer, writeCommandLineMain } from './support/consumer.js';
import { expectChecks, type RuntimeRun } from './support/report.js';
import { RUNTIMES } from './support/runtimes.js';

const runtime = RUNTIMES.bun;

describe('Bun', () => {
  let result: RuntimeRun;
  beforeAll(async () => {
    const consumer = await prepareConsumer(runtime.id, inject('tarball'), [runtime.npmPackage]);
    const main = writeCommandLineMain(consumer);
    result = await runCommandLine(consumer, (target) => ({ file: join(consumer.dir, 'node_modules/.bin/bun'), args: ['run', main, target] }));
  });
  expectChecks(runtime, () => result);
});
