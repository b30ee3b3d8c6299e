import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaigns } from '../../src/campaigns/index.js';
import { createFakePlivo, type FakePlivo, type FakePlivoServer } from '../../src/testing/index.node.js';
import { startRedis, type TestRedis } from '../support/redis-server.js';
import { reportOf, waitForState } from './support/campaign-run.js';
import { startWorkerProcess, type WorkerProcess } from './support/processes.js';
import { busiestWindow } from './support/simulator.js';
import { numbers, waitFor } from './support/wait.js';

const RECIPIENTS = 20_000;
const REQUESTS_PER_5S = 8;
const STALLED = 3;

describe('three worker processes against the simulator, one SIGKILLed mid-request and restarted', () => {
  let redis: TestRedis;
  let fake: FakePlivo;
  let server: FakePlivoServer;
  const workers: WorkerProcess[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    // The simulator's limit is the campaign's: one request over it would get a 429.
    fake = createFakePlivo({ clock: 'real', requestsPer5s: REQUESTS_PER_5S, mps: 1000 });
    server = await fake.listen({ port: 0 });
    // The first requests are processed but their answers never finish: requests in flight to kill a worker on.
    fake.fault('stalled-body', { times: STALLED, operations: ['sendMessage'] });
  });
  afterAll(async () => {
    for (const worker of workers) await worker.kill();
    await server.close();
    fake.close();
    await redis.dispose();
  });

  it('sends no number twice, accounts for every recipient once, and keeps to requestsPer5s in every 5 s', async () => {
    const campaigns = createCampaigns({ connection: redis.url, prefix: 'crash' });
    const plan = await campaigns.start({
      id: 'crash',
      body: { src: '14155550100', text: 'Spring sale' },
      recipients: numbers(RECIPIENTS),
      mps: Infinity,
      requestsPer5s: REQUESTS_PER_5S,
    });
    expect(plan).toMatchObject({ unique: RECIPIENTS, requests: 20, requestSize: 1000 });
    // A short client timeout lets the stalled requests of the workers left alive end as "maybe sent" too.
    const env = { redisUrl: redis.url, plivoUrl: server.url, prefix: 'crash', concurrency: 3, lockMs: 3000, authId: fake.authId, authToken: fake.authToken, timeoutMs: 8000 };
    for (let i = 0; i < 3; i += 1) workers.push(await startWorkerProcess(env));

    // The victim is a worker that has a request marked in flight, as BullMQ's processedBy names it.
    const probe = new Redis(redis.url, { maxRetriesPerRequest: null });
    const queue = new Queue('campaigns', { connection: probe, prefix: 'crash' });
    const victimName = await waitFor('a request in flight', async () => {
      const inFlight = new Set(Object.keys(await probe.hgetall('crash:campaign:crash:in-flight')));
      const active = await queue.getActive();
      return active.find((job) => inFlight.has(String((job.data as { index: number }).index)) && job.processedBy)?.processedBy;
    });
    const victim = workers.find((worker) => `pid-${worker.pid}` === victimName);
    expect(victim, `worker ${victimName}`).toBeDefined();
    await victim?.kill();
    workers.push(await startWorkerProcess(env));

    const status = await waitForState(campaigns, 'crash', 'done', 120_000);
    const rows = await reportOf(campaigns, 'crash');
    const sends = fake.requests().filter((request) => request.operation === 'sendMessage');
    const received = new Map<string, number>();
    for (const message of fake.messages()) received.set(message.to, (received.get(message.to) ?? 0) + 1);
    const twice = [...received.values()].filter((times) => times > 1).length;
    const stalledNumbers = sends.filter((request) => request.fault === 'stalled-body').flatMap((request) => (JSON.parse(request.body) as { dst: string }).dst.split('<'));
    const maybeSent = rows.filter((row) => row.outcome === 'maybeSent').map((row) => row.number);

    if (process.env.CRASH_DEBUG) console.info(sends.map((r) => `${r.time - (sends[0]?.time ?? 0)} ${r.status} ${r.fault ?? ''}`).join('\n'));
    expect(twice).toBe(0);
    expect(rows).toHaveLength(RECIPIENTS);
    expect(new Set(rows.map((row) => row.number)).size).toBe(RECIPIENTS);
    expect(status).toMatchObject({ total: RECIPIENTS, pending: 0, failed: 0, cancelled: 0, accepted: RECIPIENTS - maybeSent.length });
    // Exactly the recipients of the requests whose answers never came are "maybe sent"; the rest were accepted once.
    expect(stalledNumbers).toHaveLength(STALLED * 1000);
    expect(new Set(maybeSent)).toEqual(new Set(stalledNumbers));
    expect(received.size).toBe(RECIPIENTS);
    expect(sends.filter((request) => request.status === 429)).toHaveLength(0);
    expect(busiestWindow(sends.map((request) => request.time), 5000)).toBeLessThanOrEqual(REQUESTS_PER_5S);
    console.info(`crash test: ${RECIPIENTS} recipients, 1 kill, ${twice} received twice, ${maybeSent.length} maybe sent, ${sends.length} requests`);
    await queue.close();
    probe.disconnect();
    await campaigns.close();
  }, 180_000);
});
