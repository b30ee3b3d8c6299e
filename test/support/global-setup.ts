import type { TestProject } from 'vitest/node';
import { startMockServer } from '../../src/node/mock-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the Prism mock started for this test run. */
    prismUrl: string;
    /** Its process ID, so tests can prove it is stopped. */
    prismPid: number;
  }
}

/**
 * Starts one real Prism mock of generated/openapi.json for the whole run and stops it by PID at the
 * end. If Prism cannot start, the run fails here with Prism's own output: contract tests are never
 * skipped silently.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const mock = await startMockServer({ startTimeoutMs: 60_000 }).catch((error: unknown) => {
    throw new Error(`The Prism mock could not start, so the contract tests cannot run: ${(error as Error).message}`);
  });
  project.provide('prismUrl', mock.url);
  project.provide('prismPid', mock.pid);
  return async () => {
    await mock.stop();
  };
}
