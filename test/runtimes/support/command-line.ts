import { beforeAll, inject } from 'vitest';
import { ACCOUNT, refusedUrl, startApiServer } from './api-server.js';
import { prepareConsumer, writeCommandLineMain, type Consumer } from './consumer.js';
import { expectChecks, runRecord, type RuntimeRun } from './report.js';
import { run } from './run.js';
import type { Runtime } from './runtimes.js';

/**
 * Runs a runtime's command line against a fresh local server and a refused port, and reads the one
 * JSON line its main module prints. `command` gets the target as a JSON string to pass as an argument.
 */
export async function runCommandLine(
  consumer: Consumer,
  command: (target: string) => { file: string; args: string[] },
): Promise<RuntimeRun & { raw: Record<string, unknown>; stderr: string }> {
  const server = await startApiServer();
  try {
    const target = JSON.stringify({ apiUrl: server.url, refusedUrl: await refusedUrl(), ...ACCOUNT });
    const { file, args } = command(target);
    const { stdout, stderr } = await run(file, args, { cwd: consumer.dir, env: consumer.env, timeoutMs: 60_000 });
    const last = stdout.trim().split('\n').at(-1) ?? '';
    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(last) as Record<string, unknown>;
    } catch {
      throw new Error(`${file} printed no report:\n${stdout}`);
    }
    return { raw, stderr, ...runRecord(String(raw.version), raw.report as RuntimeRun['report'], consumer, server) };
  } finally {
    await server.close();
  }
}

/**
 * The checks in a runtime started from its npm package's binary (Bun, Deno): installs it with the
 * tarball, runs `args(main, target)` with `node_modules/.bin/<binary>` and declares the tests.
 * Returns the run, for the suite's own extra tests.
 */
export function commandLineSuite(runtime: Runtime & { npmPackage: string }, binary: string, args: (main: string, target: string) => string[]): () => RuntimeRun {
  let result: RuntimeRun;
  beforeAll(async () => {
    const consumer = await prepareConsumer(runtime.id, inject('tarball'), [runtime.npmPackage]);
    const main = writeCommandLineMain(consumer);
    result = await runCommandLine(consumer, (target) => ({ file: `${consumer.dir}/node_modules/.bin/${binary}`, args: args(main, target) }));
  });
  expectChecks(runtime, () => result);
  return () => result;
}
