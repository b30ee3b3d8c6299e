// The runtimes the suite proves the package in, with the exact registry package that brings each one.
// Pinned so a CI run is reproducible; the README's runtimes table is checked against this list.

/** One runtime the suite runs the checks in. */
export interface Runtime {
  /** Folder name under .tmp/runtimes and the key used by the test files. */
  id: string;
  /** As named in the README table. */
  label: string;
  /** The npm package (name@version) that installs the runtime into its consumer folder; none for the machine's Node and Debian's Chromium. */
  npmPackage?: string;
  /**
   * `maybeSent` of the PlivoConnectionError for a refused connection. False only where the runtime's
   * error proves the request never left (an error code, or Deno's message naming the connect phase);
   * workerd and browsers say nothing the client can rely on, so a send there may have gone out.
   */
  refusedMaybeSent: boolean;
}

/** Every runtime of the suite, in the README's order. */
export const RUNTIMES = {
  node20: { id: 'node20', label: 'Node 20', refusedMaybeSent: false },
  node22: { id: 'node22', label: 'Node 22', npmPackage: 'node@22.23.3', refusedMaybeSent: false },
  node24: { id: 'node24', label: 'Node 24', npmPackage: 'node@24.21.0', refusedMaybeSent: false },
  bun: { id: 'bun', label: 'Bun', npmPackage: 'bun@1.4.5', refusedMaybeSent: false },
  deno: { id: 'deno', label: 'Deno', npmPackage: 'deno@2.9.6', refusedMaybeSent: false },
  workerd: { id: 'workerd', label: 'Cloudflare workerd', npmPackage: 'workerd@1.20261117.1', refusedMaybeSent: true },
  chromium: { id: 'chromium', label: 'Chromium', refusedMaybeSent: true },
} as const satisfies Record<string, Runtime>;
