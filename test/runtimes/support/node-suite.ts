import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { runCommandLine } from './command-line.js';
import { prepareConsumer, writeCommandLineMain, writeRequireMain } from './consumer.js';
import { expectChecks, type RuntimeRun } from './report.js';
import type { Runtime } from './runtimes.js';

/**
 * The checks on one Node line, twice: imported from an ES module, and loaded with `require()` from
 * CommonJS (require(esm), unflagged since Node 20.19 and 22.12). A Node from npm (`node@22`) is
 * installed into the consumer folder; the machine's Node runs the Node 20 row.
 */
export function nodeSuite(runtime: Runtime, expectedVersion?: (version: string) => string): void {
  let esm: RuntimeRun;
  let cjs: Awaited<ReturnType<typeof runCommandLine>>;

  beforeAll(async () => {
    const consumer = await prepareConsumer(runtime.id, inject('tarball'), runtime.npmPackage ? [runtime.npmPackage] : []);
    const node = runtime.npmPackage ? join(consumer.dir, 'node_modules/.bin/node') : process.execPath;
    const main = writeCommandLineMain(consumer);
    const requireMain = writeRequireMain(consumer);
    esm = await runCommandLine(consumer, (target) => ({ file: node, args: [main, target] }));
    cjs = await runCommandLine(consumer, (target) => ({ file: node, args: [requireMain, target] }));
  });

  const version = expectedVersion ? (run: RuntimeRun) => expectedVersion(run.version) : undefined;
  describe('import', () => expectChecks(runtime, () => esm, version));
  describe('require() from CommonJS', () => {
    it('has require(esm) (process.features.require_module)', () => {
      expect(cjs.raw.requireModule).toBe(true);
      expect(cjs.stderr, 'a warning printed by require(esm)').toBe('');
    });
    expectChecks(runtime, () => cjs, version);
  });
}
