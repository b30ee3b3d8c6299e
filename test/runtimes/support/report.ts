import { expect, it } from 'vitest';
import { BULK_UNIQUE, CHECK_NAMES, type CheckResult } from '../checks.js';
import { ACCOUNT, type ApiServer } from './api-server.js';
import type { Runtime } from './runtimes.js';

/** What one runtime reported, with what the local server saw meanwhile. */
export interface RuntimeRun {
  /** The runtime's own version, as it reports it (proves which binary ran). */
  version: string;
  report: CheckResult[];
  /** The subpaths the consumer imported (from the installed exports map). */
  subpaths: string[];
  server: Pick<ApiServer, 'accepted' | 'refused'>;
}

/** A run's record from what the runtime reported and what the server counted meanwhile. */
export function runRecord(version: string, report: CheckResult[], consumer: { entries: Array<{ subpath: string }> }, server: ApiServer): RuntimeRun {
  return { version, report, subpaths: consumer.entries.map((e) => e.subpath), server: { accepted: { ...server.accepted }, refused: server.refused } };
}

/** The version part of a pinned npm package (`node@22.23.3` → `22.23.3`). */
export const pinnedVersion = (runtime: Runtime): string | undefined => runtime.npmPackage?.slice(runtime.npmPackage.lastIndexOf('@') + 1);

/**
 * Declares one test per check for a runtime, plus the runtime's version and what the server received.
 * `get` is called inside the tests, after the suite's beforeAll ran the checks.
 */
export function expectChecks(runtime: Runtime, get: () => RuntimeRun, version: (run: RuntimeRun) => string | undefined = () => pinnedVersion(runtime)): void {
  const result = (name: (typeof CHECK_NAMES)[number]): CheckResult => {
    const found = get().report.find((r) => r.name === name);
    if (!found) throw new Error(`${runtime.label} reported nothing for "${name}"`);
    expect(found.error, `${runtime.label}: ${name}`).toBeUndefined();
    expect(found.ok).toBe(true);
    return found;
  };

  it('runs the expected version', () => {
    const expected = version(get());
    expect(expected, 'a version to compare with').toBeTypeOf('string');
    expect(get().version).toBe(expected);
  });

  for (const name of CHECK_NAMES) {
    it(name, () => {
      const { detail } = result(name);
      if (name === 'imports every runtime-neutral entry') expect(detail).toEqual([...get().subpaths].sort());
      if (name === 'a refused connection') {
        const { maybeSent, message } = detail as { maybeSent: boolean; message: string };
        console.log(`${runtime.label} ${get().version}: a refused connection gives maybeSent ${maybeSent}: ${message}`);
        expect(maybeSent).toBe(runtime.refusedMaybeSent);
      }
      if (name === 'a redirect is not followed') {
        const { name: errorName, maybeSent } = detail as { name: string; maybeSent: unknown };
        console.log(`${runtime.label} ${get().version}: a 307 to a send gives ${errorName}, maybeSent ${String(maybeSent)}`);
        // Refused inside fetch, the status is never seen (maybe sent); where fetch hands the 3xx back, it is an answer that queued nothing.
        expect([['PlivoConnectionError', true], ['PlivoApiError', false]]).toContainEqual([errorName, maybeSent]);
      }
      if (name === 'sendBulk') expect(detail).toEqual({ requests: 2, acceptedRecipients: BULK_UNIQUE });
    });
  }

  it('sent with the right Basic credentials only, and the server saw every request', () => {
    // One send, two sendBulk requests; the wrong-token send refused. Nothing reached the refused port.
    expect(get().server).toEqual({ accepted: { requests: 3, recipients: 1 + BULK_UNIQUE }, refused: 1 });
    expect(JSON.stringify(get().report)).not.toContain(ACCOUNT.authToken);
  });
}
