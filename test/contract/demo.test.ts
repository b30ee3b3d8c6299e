import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isRunning } from '../../src/cli/lifecycle.js';
import { spawnTypeScript, type Spawned } from '../support/spawn.js';

/** Starts `npm run demo`'s script as its own process, without the caller's Plivo credentials unless given. */
function startDemo(args: string[] = [], env: Record<string, string | undefined> = {}): Spawned & { output: () => string } {
  const spawned = spawnTypeScript('scripts/demo.ts', args, { env: { PLIVO_AUTH_ID: undefined, PLIVO_AUTH_TOKEN: undefined, ...env } });
  return { ...spawned, output: () => spawned.stdout() + spawned.stderr() };
}

/** The Prism process started by `pid`, found through /proc before the demo has printed its PID. */
function prismChildOf(pid: number): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of stat is the parent PID; the command name before it may contain spaces, so split after its ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('prism-cli')) return Number(entry);
    } catch {
      // The process ended while being read.
    }
  }
  return undefined;
}

async function until<T>(probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('npm run demo', () => {
  it('runs every section against its own Prism, exits 0 and stops Prism', async () => {
    const run = await startDemo().done;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = run.stdout;
    for (const kind of ['SMS', 'Unicode SMS', 'MMS', 'WhatsApp template', 'WhatsApp interactive list', 'WhatsApp location', 'Powerpack', 'India DLT SMS']) {
      expect(out).toMatch(new RegExp(`^ {3}${kind} +202 +[0-9a-f]{8}…`, 'm'));
    }
    expect(out).toContain('UCS-2 (📦 —), 34 chars, 1 segment');
    // The bodies are the spec's examples, west of Greenwich where Menlo Park is.
    expect(out).toContain('pin "Pablo Morales" at 37.483307, -122.148981');
    expect(out).toContain("Every message_uuid is the same because the mock answers each send with the spec's example response");
    // Bulk: what was removed, and why.
    expect(out).toMatch(/Duplicates +2 removed: 14155550123, 14155550124/);
    expect(out).toMatch(/1415555012 +not a possible phone number for \+1: too short/);
    expect(out).toMatch(/call-me +contains letters, which a phone number cannot have/);
    expect(out).toMatch(/Result +1 request \(HTTP 202\), 3 recipients accepted, 0 failed/);
    // Caught before the network, with the proof.
    expect(out).toMatch(/\/template\/components\/0\/parameters\/0\/currency\/amount_1000: +must be the amount times 1000 as an integer \(100990 is 100.99\) \(got "100990"\)/);
    expect(out).toContain('PlivoValidationError, 3 issues; fetch calls made: 0');
    // Refused by the mock.
    expect(out).toMatch(/HTTP +400 +error: invalid request: \/powerpack_uuid is required; \/type must be equal to one of the allowed values: sms, mms, whatsapp \(got "fax"\)\n/);
    expect(out).toMatch(/sl-violations +2 findings/);
    expect(out).not.toMatch(/must match "else" schema|whatsapp, *$/m);
    expect(out).toMatch(/\/powerpack_uuid: either src or powerpack_uuid is required\n/);
    expect(out).toContain('No src and no powerpack_uuid: a send needs exactly one of them');
    // Plain text when not on a terminal, and no token anywhere.
    expect(out).not.toContain('\u001B[');
    expect(out).not.toContain('demo-token');

    const pid = Number(/Prism on http:\/\/127\.0\.0\.1:\d+ \(pid (\d+)\)/.exec(out)?.[1]);
    expect(pid).toBeGreaterThan(0);
    expect(isRunning(pid)).toBe(false);
    expect(out).toContain(`Prism (pid ${pid}) stopped.`);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('stops Prism by PID on %s during start-up', async (signal) => {
    const demo = startDemo();
    const demoPid = demo.child.pid ?? 0;
    // Catch Prism as soon as it is spawned, before it answers, so the signal lands mid-start.
    const prism = await until(() => prismChildOf(demoPid), 15_000);
    demo.child.kill(signal);
    const run = await demo.done;
    expect(run.code).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(run.stderr).toContain(`Interrupted (${signal}); Prism (pid ${prism}) stopped.`);
    expect(isRunning(prism)).toBe(false);
  });

  describe.concurrent('--live argument checks (nothing is sent)', () => {
    it('exits 2 naming the missing credentials', async () => {
      const run = await startDemo(['--live', '--src', '14155550100', '--dst', '14155550123']).done;
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN must be set');
      expect(run.stdout).toBe('');
    });

    it('exits 2 when --src or --dst is missing', async () => {
      const run = await startDemo(['--live', '--src', '14155550100'], { PLIVO_AUTH_ID: 'MAXXXXXXXXXXXXXXXXXX', PLIVO_AUTH_TOKEN: 'live-secret-123' }).done;
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--live needs --src');
      expect(run.stderr + run.stdout).not.toContain('live-secret-123');
    });

    it('exits 2 when --src/--dst come without --live', async () => {
      const run = await startDemo(['--dst', '14155550123']).done;
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--src and --dst only apply with --live');
    });

    it('exits 2 on an unknown option and 0 on --help', async () => {
      const [bad, help] = await Promise.all([startDemo(['--frobnicate']).done, startDemo(['--help']).done]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("unknown option '--frobnicate'");
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('--live');
    });

    it('exits 2 on a malformed auth ID without echoing the token', async () => {
      const run = await startDemo(['--live', '--src', '14155550100', '--dst', '14155550123'], { PLIVO_AUTH_ID: 'MA1', PLIVO_AUTH_TOKEN: 'live-secret-456' }).done;
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('authId must be 20 characters');
      expect(run.stderr + run.stdout).not.toContain('live-secret-456');
    });
  });
});
