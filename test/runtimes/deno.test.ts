import { describe, expect, it } from 'vitest';
import type { CheckTarget } from './checks.js';
import { commandLineSuite } from './support/command-line.js';
import { RUNTIMES } from './support/runtimes.js';

describe('Deno (network to 127.0.0.1 only: no env, read, write or run permission)', () => {
  const result = commandLineSuite(RUNTIMES.deno, 'deno', (main, target) => {
    const { apiUrl, refusedUrl } = JSON.parse(target) as CheckTarget;
    // Only the two ports the checks connect to. Without --allow-env, reading PLIVO_AUTH_ID throws
    // Deno's NotCapable, which the client must turn into its own error naming the missing options.
    const net = [new URL(apiUrl).host, new URL(refusedUrl).host].join(',');
    return ['run', '--no-prompt', `--allow-net=${net}`, main, target];
  });

  it('says which environment variables it was not permitted to read', () => {
    const check = result().report.find((r) => r.name === 'createPlivoClient without credentials names the missing options');
    expect(check?.detail).toContain('reading PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN was not permitted (Deno: --allow-env=PLIVO_AUTH_ID,PLIVO_AUTH_TOKEN)');
  });
});
