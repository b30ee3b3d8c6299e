import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaigns, type CampaignReportRow } from '../../src/campaigns/index.js';
import { startRedis, type TestRedis } from '../support/redis-server.js';
import { busiestWindow, startFakePlivo, type FakePlivo } from './support/fake-plivo.js';
import { startWorkerProcess, type WorkerProcess } from './support/processes.js';
import { numbers, waitFor } from './support/wait.js';

const RECIPIENTS = 20_000;
const REQUESTS_PER_5S = 8;

describe('three worker processes, one SIGKILLed mid-run and restarted', () => {
  let redis: TestRedis;
  let plivo: FakePlivo;
  const workers: WorkerProcess[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    // Plivo's own limit is the campaign's: a single request over it would be refused with 429.
    // Answers after the fifth request are held, so the workers have requests in flight when one is killed.
    plivo = await startFakePlivo({ requestsPer5s: REQUESTS_PER_5S, latencyMs: 50, holdAfter: 5 });
  });
  afterAll(async () => {
    for (const worker of workers) await worker.kill();
    await plivo.close();
    await redis.dispose();
  });

  it('sends no number twice, accounts for every recipient once, and keeps to requestsPer5s in every 5 s', async () => {
    const campaigns = createCampaigns({ connection: redis.url, prefix: 'crash' });
    const plan = await campaigns.start({
      id: 'crash',
      body: { src: '14155550100', text: 'Spring sale', url: 'https://example.com/status' },
      recipients: numbers(RECIPIENTS),
      mps: Infinity,
      requestsPer5s: REQUESTS_PER_5S,
    });
    expect(plan).toMatchObject({ unique: RECIPIENTS, requests: 20, requestSize: 1000 });
    const env = { redisUrl: redis.url, plivoUrl: plivo.url, prefix: 'crash', concurrency: 3, lockMs: 3000 };
    for (let i = 0; i < 3; i += 1) workers.push(await startWorkerProcess(env));

    await waitFor('the window full, the last requests unanswered', () => (plivo.sends.length >= REQUESTS_PER_5S ? true : undefined));
    const pending = plivo.sends.filter((send) => !send.answered);
    const victimPid = pending[pending.length - 1]?.workerPid;
    const victim = workers.find((worker) => worker.pid === victimPid);
    expect(victim, 'a worker with a request in flight').toBeDefined();
    await victim?.kill();
    plivo.release();
    workers.push(await startWorkerProcess(env));

    const status = await waitFor('the campaign to finish', async () => {
      const current = await campaigns.status('crash');
      return current.state === 'done' ? current : undefined;
    }, 120_000).catch(async (error: unknown) => {
      console.error(await campaigns.status('crash'));
      throw error;
    });

    const rows: CampaignReportRow[] = [];
    for await (const row of campaigns.report('crash')) rows.push(row);
    const byNumber = new Map<string, number>();
    for (const row of rows) byNumber.set(row.number, (byNumber.get(row.number) ?? 0) + 1);
    const twice = [...plivo.received.entries()].filter(([, times]) => times > 1);
    const maybeSent = rows.filter((row) => row.outcome === 'maybeSent').map((row) => row.number);
    const lostByVictim = plivo.sends.filter((send) => send.workerPid === victimPid && !send.answered).flatMap((send) => send.dst);

    expect(twice).toEqual([]);
    expect(rows).toHaveLength(RECIPIENTS);
    expect(byNumber.size).toBe(RECIPIENTS);
    expect(status).toMatchObject({ total: RECIPIENTS, pending: 0, failed: 0, cancelled: 0, accepted: RECIPIENTS - maybeSent.length, maybeSent: maybeSent.length });
    // The victim's unanswered requests, and only requests it sent, are the "maybe sent" ones.
    expect(lostByVictim.length).toBeGreaterThan(0);
    expect(new Set(maybeSent)).toEqual(new Set(lostByVictim));
    // Every recipient accepted was received exactly once; nothing was sent twice to a "maybe sent" one.
    for (const row of rows) if (row.outcome === 'accepted') expect(plivo.received.get(row.number)).toBe(1);
    expect(busiestWindow(plivo.arrivals, 5000)).toBeLessThanOrEqual(REQUESTS_PER_5S);
    expect(plivo.refused).toBe(0);
    console.info(`crash test: ${RECIPIENTS} recipients, 1 kill, ${twice.length} received twice, ${maybeSent.length} maybe sent, ${plivo.sends.length} requests`);
    await campaigns.close();
  }, 180_000);
});
