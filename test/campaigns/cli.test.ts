import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type TestRedis } from '../support/redis-server.js';
import { spawnTypeScript } from '../support/spawn.js';
import { cli as runCliInProcess } from '../unit/cli/harness.js';
import { createCampaigns } from '../../src/campaigns/index.js';
import { freePort } from '../../src/node/mock-server.js';
import { waitForState } from './support/campaign-run.js';
import { startSimulator, type Simulator } from './support/simulator.js';

const TOKEN = 'campaign-cli-token-5a4b3c2d1e';

// Commands run in-process through runCli; the worker, which must stop on SIGTERM, runs as its own process.
const cli = (args: string[], env: Record<string, string>, stdin = '') => runCliInProcess(args, { env: { NO_COLOR: '1', ...env }, stdin });

describe('plivo-message campaign', () => {
  let redis: TestRedis;
  let plivo: Simulator;
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    redis = await startRedis();
    plivo = await startSimulator({ authToken: TOKEN, mps: 10_000 });
    dir = mkdtempSync(join(tmpdir(), 'campaign-cli-'));
    env = { REDIS_URL: redis.url, PLIVO_AUTH_ID: plivo.fake.authId, PLIVO_AUTH_TOKEN: TOKEN };
  });
  afterAll(async () => {
    await plivo.close();
    await redis.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts from a CSV file, sends with a worker, and reports every recipient', async () => {
    const rows = ['name,phone'];
    for (let i = 0; i < 2500; i += 1) rows.push(`person ${i},+1 415 ${String(5_000_000 + i)}`);
    rows.push('again,14155000000', 'wrong,07700900123');
    const file = join(dir, 'numbers.csv');
    writeFileSync(file, `${rows.join('\n')}\n`);

    const start = await cli(['campaign', 'start', '--id', 'cli-sale', '--dst-file', file, '--src', '14155550100', '--text', 'Sale today', '--mps', 'Infinity', '--json'], env);
    expect(start.stderr).toBe('');
    expect(start.code).toBe(0);
    expect(JSON.parse(start.stdout)).toMatchObject({ id: 'cli-sale', created: true, unique: 2500, duplicates: 1, invalid: 1, requests: 3 });
    // As its own process too, so --dst-file - streams the process's real standard input.
    const again = await spawnTypeScript('src/cli/main.ts', ['campaign', 'start', '--id', 'cli-sale', '--dst-file', '-', '--src', '14155550100', '--text', 'Sale today'], {
      env: { NO_COLOR: '1', ...env },
      stdin: '14155550123\n',
    }).done;
    expect(again.stdout).toMatch(/^Already started, nothing changed: campaign cli-sale: 2500 recipients/);

    const worker = spawnTypeScript('src/cli/main.ts', ['campaign', 'worker', '--base-url', plivo.server.url, '--concurrency', '2'], { env: { NO_COLOR: '1', ...env } });
    await worker.waitFor(/Campaign worker running/);
    // Polled in-process: a CLI process per poll would only slow the test down.
    const campaigns = createCampaigns({ connection: redis.url });
    await waitForState(campaigns, 'cli-sale');
    await campaigns.close();
    const stopped = await worker.stop('SIGTERM');
    expect(stopped.code).toBe(0);
    const workerOut = stopped.stdout + stopped.stderr;
    expect(workerOut).toContain('Stopping: requests in flight finish first.');

    const watched = await cli(['campaign', 'status', 'cli-sale', '--watch'], env);
    expect(watched.stdout).toMatch(/^done 2500\/2500 accepted 2500/);
    // On a terminal the bar is drawn through the CLI's own standard error; standard output keeps the final status.
    const drawn = await runCliInProcess(['campaign', 'status', 'cli-sale', '--watch'], { env: { NO_COLOR: '1', ...env }, stderrIsTTY: true });
    expect(drawn.stderr).toContain('2500/2500 recipients | done');
    expect(drawn.stdout).toMatch(/^campaign +cli-sale$/m);
    const status = await cli(['campaign', 'status', 'cli-sale', '--json'], env);
    expect(JSON.parse(status.stdout)).toMatchObject({ state: 'done', accepted: 2500, pending: 0 });
    const report = await cli(['campaign', 'report', 'cli-sale', '--csv'], env);
    const lines = report.stdout.trim().split('\n');
    expect(lines[0]).toBe('number,outcome,delivery,message_uuid,error_code,reason');
    expect(lines).toHaveLength(1 + 2500 + 1);
    expect(lines[1]).toBe('14155000000,accepted,,,,');
    expect(lines.at(-1)).toBe('07700900123,invalid,,,,does not start with a country code');
    expect(plivo.received().size).toBe(2500);
    for (const output of [start, again, watched, report]) expect(output.stdout + output.stderr).not.toContain(TOKEN);
    expect(workerOut).not.toContain(TOKEN);
  }, 90_000);

  it('pauses, resumes and cancels by id', async () => {
    const numbers = Array.from({ length: 10 }, (_, i) => String(14_160_000_000 + i)).join('\n');
    expect((await cli(['campaign', 'start', '--id', 'cli-steer', '--dst-file', '-', '--src', '14155550100', '--text', 'Hi'], env, numbers)).code).toBe(0);
    expect((await cli(['campaign', 'pause', 'cli-steer'], env)).stdout).toBe('Campaign cli-steer is paused.\n');
    expect((await cli(['campaign', 'resume', 'cli-steer'], env)).stdout).toBe('Campaign cli-steer is running.\n');
    expect((await cli(['campaign', 'cancel', 'cli-steer'], env)).stdout).toBe('Campaign cli-steer is cancelled.\n');
    // Asking again for the state it is in succeeds; a change it cannot make fails, naming the state.
    expect((await cli(['campaign', 'cancel', 'cli-steer'], env)).code).toBe(0);
    const resumed = await cli(['campaign', 'resume', 'cli-steer'], env);
    expect(resumed.code).toBe(1);
    expect(resumed.stdout).toBe('Campaign cli-steer is cancelled.\n');
    expect(resumed.stderr).toBe('error: a cancelled campaign cannot be resumed.\n');
    expect((await cli(['campaign', 'pause', 'cli-steer'], env)).stderr).toBe('error: a cancelled campaign cannot be paused.\n');
  }, 60_000);

  it('ends a worker whose token Plivo refuses, exit 1 with the reason, leaving every recipient to send', async () => {
    expect((await cli(['campaign', 'start', '--id', 'cli-typo', '--dst-file', '-', '--src', '14155550100', '--text', 'Hi'], env, '14155550123\n14155550124\n')).code).toBe(0);
    const worker = spawnTypeScript('src/cli/main.ts', ['campaign', 'worker', '--base-url', plivo.server.url], { env: { NO_COLOR: '1', ...env, PLIVO_AUTH_TOKEN: 'a-typo' } });
    const ended = await worker.done;
    expect(ended.code).toBe(1);
    expect(ended.stderr).toMatch(/^error: Plivo refused this worker's credentials \(HTTP 401: check the auth ID and auth token\)/m);
    expect(ended.stderr).not.toContain('warning:');
    expect(JSON.parse((await cli(['campaign', 'status', 'cli-typo', '--json'], env)).stdout)).toMatchObject({ pending: 2, failed: 0 });
  }, 60_000);

  it('asks for Redis and names an unknown campaign', async () => {
    const missing = await cli(['campaign', 'status', 'x'], { REDIS_URL: '' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--redis');
    const unknown = await cli(['campaign', 'status', 'nope'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No campaign "nope"');
    const noColumn = await cli(['campaign', 'start', '--id', 'cli-no-column', '--dst-file', '-', '--src', '14155550100', '--text', 'Hi'], env, 'name,city\nAna,Lyon\n');
    expect(noColumn.code).toBe(2);
    expect(noColumn.stderr).toContain('no number column among "name", "city"');
    const unbounded = await cli(['campaign', 'start', '--id', 'cli-unbounded', '--dst-file', '-', '--src', '14155550100', '--text', 'Hi', '--requests-per-5s', 'Infinity'], env, '14155550123\n');
    expect(unbounded.code).toBe(2);
    expect(unbounded.stderr).toContain('must be a finite positive number');
  }, 30_000);

  it('gives up on an unreachable Redis after 10 s with exit 1 and the connection error, never its password', async () => {
    const port = await freePort();
    const started = Date.now();
    const result = await cli(['campaign', 'status', 'x', '--redis', `redis://:redis-password-7f3e@127.0.0.1:${port}`], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: campaign status failed: .*ECONNREFUSED 127\.0\.0\.1:\d+\)\n$/);
    expect(result.stderr).not.toContain('redis-password-7f3e');
    expect(Date.now() - started).toBeGreaterThanOrEqual(10_000);
  }, 40_000);
});
