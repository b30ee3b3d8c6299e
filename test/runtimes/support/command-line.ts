import { ACCOUNT, refusedUrl, startApiServer } from './api-server.js';
import type { Consumer } from './consumer.js';
import type { RuntimeRun } from './report.js';
import { run } from './run.js';

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
    return {
      raw,
      stderr,
      version: String(raw.version),
      report: raw.report as RuntimeRun['report'],
      subpaths: consumer.entries.map((e) => e.subpath),
      server: { accepted: { ...server.accepted }, refused: server.refused },
    };
  } finally {
    await server.close();
  }
}
