import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { ACCOUNT, freePort, refusedUrl, startApiServer } from './support/api-server.js';
import { bundleMain, prepareConsumer } from './support/consumer.js';
import { expectChecks, pinnedVersion, runRecord, type RuntimeRun } from './support/report.js';
import { run } from './support/run.js';
import { RUNTIMES } from './support/runtimes.js';
import { serve, type Served } from './support/served.js';

const runtime = RUNTIMES.workerd;

const WORKER = `import { entries } from './imports.mjs';
import { runChecks } from './checks.mjs';

export default {
  async fetch(request) {
    if (request.method !== 'POST') return new Response('ready');
    return Response.json(await runChecks(entries, await request.json()));
  },
};
`;

/**
 * No nodejs_compat flag: the worker gets the Workers platform alone. The default outbound service only
 * reaches public addresses, so "internet" is redefined to allow loopback ("local") and nothing else.
 */
const config = (port: number) => `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "internet", network = (allow = ["local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);

const worker :Workerd.Worker = (
  modules = [(name = "worker", esModule = embed "worker.js")],
  compatibilityDate = "2026-11-01",
  globalOutbound = "internet",
);
`;

describe('Cloudflare workerd (bundled with esbuild, no nodejs_compat)', () => {
  let result: RuntimeRun;
  let workerd: Served | undefined;

  beforeAll(async () => {
    const consumer = await prepareConsumer(runtime.id, inject('tarball'), [runtime.npmPackage]);
    // As wrangler bundles: the workerd/worker/browser export conditions, ES module output.
    await bundleMain(consumer, 'worker', WORKER, { platform: 'neutral', conditions: ['workerd', 'worker', 'browser'], mainFields: ['module', 'main'] });
    const port = await freePort();
    writeFileSync(join(consumer.dir, 'config.capnp'), config(port));
    const binary = join(consumer.dir, 'node_modules/.bin/workerd');
    const { stdout: version } = await run(binary, ['--version'], { cwd: consumer.dir, env: consumer.env });
    const url = `http://127.0.0.1:${port}/`;
    workerd = await serve(binary, ['serve', 'config.capnp'], { cwd: consumer.dir, env: consumer.env, url });
    const server = await startApiServer();
    try {
      const response = await fetch(url, { method: 'POST', body: JSON.stringify({ apiUrl: server.url, refusedUrl: await refusedUrl(), ...ACCOUNT }) });
      const text = await response.text();
      if (!response.ok) throw new Error(`the worker answered ${response.status}: ${text}\n${workerd.output()}`);
      result = runRecord(version.trim(), JSON.parse(text) as RuntimeRun['report'], consumer, server);
    } finally {
      await server.close();
    }
  });

  afterAll(async () => {
    await workerd?.stop();
  });

  // `workerd --version` prints the build date that the npm version encodes (1.20261117.1 → 2026-11-17).
  expectChecks(runtime, () => result, () => {
    const date = /^1\.(\d{4})(\d{2})(\d{2})\./.exec(pinnedVersion(runtime) ?? '');
    return date ? `workerd ${date[1]}-${date[2]}-${date[3]}` : undefined;
  });
});
