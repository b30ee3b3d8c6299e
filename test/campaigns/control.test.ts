import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CampaignError, CampaignRedisSettingsError, createCampaigns, type Campaigns } from '../../src/campaigns/index.js';
import { campaignKeys } from '../../src/campaigns/keys.js';
import { createPlivoClient, PlivoError, PlivoValidationError, verifyRequest, type MessageStatusCallback } from '../../src/index.js';
import { freePort } from '../../src/node/mock-server.js';
import { startRedis, type TestRedis } from '../support/redis-server.js';
import { reportOf, waitForState } from './support/campaign-run.js';
import { startSimulator, type Simulator } from './support/simulator.js';
import { numbers, waitFor } from './support/wait.js';

const body = { src: '14155550100', text: 'Spring sale', url: 'https://example.com/status' };

describe('campaign control against real Redis and the simulator', () => {
  let redis: TestRedis;
  let plivo: Simulator;
  let campaigns: Campaigns;
  const closers: (() => Promise<void>)[] = [];
  const rejectedCallbacks: string[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    campaigns = createCampaigns({ connection: redis.url, prefix: 'control' });
    // The simulator's signed status callbacks reach a handler as a user would write it: verify, then record.
    plivo = await startSimulator({
      mps: 10_000,
      deliveryDelayMs: 100,
      outcomes: [{ prefix: '1419000', status: 'undelivered', errorCode: '30008' }],
      deliver: async (request) => {
        const result = await verifyRequest(request, { authToken: plivo.fake.authToken });
        if (!result.ok) {
          rejectedCallbacks.push(result.error.message);
          return new Response(null, { status: 403 });
        }
        await campaigns.recordCallback(result.callback, request.url);
        return new Response('OK');
      },
    });
  });
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    await campaigns.close();
    await plivo.close();
    await redis.dispose();
  });
  const sendsOf = (prefix: string) => plivo.sends().filter((send) => send.status === 202 && send.url?.includes(`campaign=${prefix}`)).length;

  it('refuses a bad body, id or option before storing anything', async () => {
    await expect(campaigns.start({ id: 'bad', body: { src: '14155550100', text: '' }, recipients: ['14155550123'] })).rejects.toBeInstanceOf(PlivoValidationError);
    await expect(campaigns.start({ id: 'bad id!', body, recipients: [] })).rejects.toThrow(/Campaign id must be/);
    await expect(campaigns.start({ id: 'bad', body, recipients: [], mps: 0 })).rejects.toBeInstanceOf(CampaignError);
    await expect(campaigns.status('bad')).rejects.toThrow(/No campaign "bad"/);
  });

  it('starts an id once: a second start changes nothing', async () => {
    const first = await campaigns.start({ id: 'twice', body, recipients: numbers(1500), mps: Infinity });
    const second = await campaigns.start({ id: 'twice', body, recipients: numbers(10, 14_160_000_000), mps: Infinity });
    expect(first).toMatchObject({ created: true, unique: 1500, requests: 2 });
    expect(second).toEqual({ ...first, created: false });
    const worker = campaigns.worker({ client: plivo.client() });
    closers.push(() => worker.close());
    const status = await waitForState(campaigns, 'twice');
    expect(status).toMatchObject({ total: 1500, accepted: 1500, pending: 0 });
    expect(sendsOf('twice')).toBe(2);
  });

  it('pauses, resumes and cancels', async () => {
    await campaigns.start({ id: 'paused', body, recipients: numbers(5000, 14_170_000_000), mps: Infinity, requestsPer5s: 2 });
    await waitFor('two requests sent', () => (sendsOf('paused') >= 2 ? true : undefined));
    const paused = await campaigns.pause('paused');
    expect(paused.state).toBe('paused');
    // The window lets a third request through 5 s after the first; while paused none may go.
    await new Promise((resolve) => setTimeout(resolve, 6000));
    const whilePaused = await campaigns.status('paused');
    expect(sendsOf('paused')).toBe(whilePaused.settledRequests);
    expect(whilePaused.settledRequests).toBeLessThan(5);
    expect((await campaigns.resume('paused')).state).toBe('running');
    const done = await waitForState(campaigns, 'paused');
    expect(done).toMatchObject({ accepted: 5000, pending: 0 });
    expect(sendsOf('paused')).toBe(5);
    // Every recipient is accounted for: no change may turn the finished campaign into a cancelled one.
    for (const change of ['cancel', 'pause', 'resume'] as const) expect(await campaigns[change]('paused'), change).toMatchObject({ state: 'done', accepted: 5000, cancelled: 0 });
    expect(await campaigns.status('paused')).toMatchObject({ state: 'done', cancelled: 0 });

    await campaigns.start({ id: 'cancelled', body, recipients: numbers(5000, 14_180_000_000), mps: Infinity, requestsPer5s: 1 });
    await waitFor('one request sent', () => (sendsOf('cancelled') >= 1 ? true : undefined));
    await campaigns.cancel('cancelled');
    const cancelled = await waitFor('every request settled', async () => {
      const status = await campaigns.status('cancelled');
      return status.settledRequests === status.requests ? status : undefined;
    });
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.accepted + cancelled.cancelled).toBe(5000);
    expect(cancelled.accepted).toBe(sendsOf('cancelled') * 1000);
    expect(cancelled.cancelled).toBeGreaterThanOrEqual(3000);
    const rows = await reportOf(campaigns, 'cancelled');
    expect(rows.filter((row) => row.outcome === 'cancelled')).toHaveLength(cancelled.cancelled);
  }, 60_000);

  it('records the signed status callbacks of the simulator, and replays idempotently and in any order', async () => {
    // Numbers 141900000000… are undelivered by the simulator's outcome rule; the rest delivered.
    await campaigns.start({ id: 'delivery', body, recipients: [...numbers(600, 14_190_000_000), ...numbers(600, 14_191_000_000)], mps: Infinity });
    await waitForState(campaigns, 'delivery');
    const status = await waitFor('every final callback recorded', async () => {
      const current = await campaigns.status('delivery');
      return current.delivery.delivered + current.delivery.undelivered === 1200 ? current : undefined;
    });
    expect(rejectedCallbacks).toEqual([]);
    expect(status.delivery).toEqual({ queued: 0, sent: 0, delivered: 600, read: 0, undelivered: 600, failed: 0 });
    const messages = plivo.fake.messages().filter((message) => message.url?.includes('campaign=delivery'));
    expect(messages).toHaveLength(1200);
    const rows = new Map((await reportOf(campaigns, 'delivery')).map((row) => [row.number, row]));
    for (const message of messages) {
      const undelivered = message.to.startsWith('1419000');
      expect(rows.get(message.to)).toEqual({
        number: message.to,
        outcome: 'accepted',
        messageUuid: message.messageUuid,
        delivery: undelivered ? 'undelivered' : 'delivered',
        ...(undelivered ? { errorCode: '30008' } : {}),
      });
    }

    // Replayed late, repeated and out of order, the callbacks change nothing.
    const callback = (message: (typeof messages)[number], Status: MessageStatusCallback['Status']): MessageStatusCallback =>
      ({ MessageUUID: message.messageUuid, To: message.to, From: '14155550100', Status, ErrorCode: '000' }) as MessageStatusCallback;
    const replays: string[] = [];
    for (const message of messages.slice(0, 50)) {
      for (const state of ['sent', 'queued', 'delivered', 'undelivered'] as const) replays.push(await campaigns.recordCallback(callback(message, state), message.url ?? ''));
    }
    expect(new Set(replays)).toEqual(new Set(['unchanged']));
    // A read receipt still moves a delivered message on.
    const delivered = messages.find((message) => !message.to.startsWith('1419000'));
    expect(await campaigns.recordCallback(callback(delivered!, 'read'), delivered!.url ?? '')).toBe('updated');
    expect((await campaigns.status('delivery')).delivery).toMatchObject({ delivered: 599, read: 1 });
    expect(await campaigns.recordCallback(callback(delivered!, 'delivered'), 'https://example.com/status')).toBe('unknown');
    expect(await campaigns.recordCallback({ ...callback(delivered!, 'delivered'), To: '19999999999' }, delivered!.url ?? '')).toBe('unknown');
  }, 60_000);

  it('waits out a 429 for every worker and sends the refused request again', async () => {
    const strict = await startSimulator({ requestsPer5s: 2, mps: 10_000 });
    closers.push(() => strict.close());
    const own = createCampaigns({ connection: redis.url, prefix: 'rate-limited' });
    closers.push(() => own.close());
    await own.start({ id: 'burst', body, recipients: numbers(4000, 14_200_000_000), mps: Infinity, requestsPer5s: 300 });
    const worker = own.worker({ client: strict.client(), concurrency: 4 });
    closers.push(() => worker.close());
    const status = await waitForState(own, 'burst');
    expect(strict.sends().filter((send) => send.status === 429).length).toBeGreaterThan(0);
    expect(status).toMatchObject({ accepted: 4000, maybeSent: 0, failed: 0 });
    expect([...strict.received().values()].every((times) => times === 1)).toBe(true);
    expect(strict.received().size).toBe(4000);
  }, 60_000);

  it('stops a worker whose credentials Plivo refuses, fails no recipient, and lets a worker with valid ones send them once', async () => {
    const own = createCampaigns({ connection: redis.url, prefix: 'refused' });
    closers.push(() => own.close());
    await own.start({ id: 'typo', body, recipients: numbers(2500, 14_210_000_000), mps: Infinity });
    const heard: PlivoError[] = [];
    const wrong = own.worker({
      client: createPlivoClient({ authId: plivo.fake.authId, authToken: 'a-typo', baseUrl: plivo.server.url, maxRetries: 0 }),
      concurrency: 3,
      onError: (error) => heard.push(error),
    });
    const stopped = await wrong.stopped;
    expect(stopped).toBeInstanceOf(CampaignError);
    expect(stopped?.cause).toMatchObject({ name: 'PlivoAuthError', status: 401 });
    expect(stopped?.message).toContain('check the auth ID and auth token');
    expect(heard).toEqual([stopped]);
    expect(await own.status('typo')).toMatchObject({ pending: 2500, accepted: 0, failed: 0, maybeSent: 0, settledRequests: 0 });

    const right = own.worker({ client: plivo.client() });
    closers.push(() => right.close());
    expect(await waitForState(own, 'typo')).toMatchObject({ state: 'done', accepted: 2500, failed: 0, maybeSent: 0 });
    const typoSends = plivo.sends().filter((send) => send.url === undefined || send.url.includes('campaign=typo'));
    expect(typoSends.filter((send) => send.status === 202)).toHaveLength(3);
    expect(typoSends.filter((send) => send.status === 401).length).toBeGreaterThan(0);
    expect(typoSends.filter((send) => send.status === 401).length).toBeLessThanOrEqual(3);
  }, 60_000);

  it('turns an error from Redis into a CampaignError with the reply as its cause', async () => {
    const raw = new Redis(redis.url);
    closers.push(async () => void raw.disconnect());
    // A key changed outside this package: the campaign's hash is a plain string.
    await raw.set(campaignKeys('control', 'overwritten').meta, 'not a hash');
    const error = await campaigns.status('overwritten').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CampaignError);
    expect(error).toBeInstanceOf(PlivoError);
    expect(error).toMatchObject({ maybeSent: false, message: expect.stringMatching(/^campaign status failed: WRONGTYPE/) });
    expect((error as Error).cause).toBeInstanceOf(Error);
    const rows: unknown[] = [];
    const reportError = await (async () => {
      for await (const row of campaigns.report('overwritten')) rows.push(row);
    })().catch((caught: unknown) => caught);
    expect(reportError).toBeInstanceOf(CampaignError);
    expect(rows).toEqual([]);
  });
});

describe('Redis settings', () => {
  it('refuses a Redis that evicts keys or forgets them on restart, naming both settings', async () => {
    const loose = await startRedis({ args: ['--appendonly', 'no', '--maxmemory-policy', 'allkeys-lru'] });
    const campaigns = createCampaigns({ connection: loose.url, prefix: 'loose' });
    try {
      const refusal = campaigns.start({ id: 'x', body, recipients: ['14155550123'] });
      await expect(refusal).rejects.toBeInstanceOf(CampaignRedisSettingsError);
      await expect(refusal).rejects.toThrow(/maxmemory-policy is allkeys-lru, needs noeviction; appendonly is no, needs yes/);
      const errors: Error[] = [];
      const worker = campaigns.worker({ client: createPlivoClient({ authId: 'MAXXXXXXXXXXXXXXXXXX', authToken: 'unused', baseUrl: 'http://127.0.0.1:9' }), onError: (error) => errors.push(error) });
      await waitFor('the worker to report the settings', () => (errors.length > 0 ? true : undefined));
      expect(errors[0]).toBeInstanceOf(CampaignRedisSettingsError);
      // The worker stops on its own, and says why.
      expect(await worker.stopped).toBe(errors[0]);
      await worker.close();
    } finally {
      await campaigns.close();
      await loose.dispose();
    }
  });
});

describe('background errors', () => {
  it("hands onError the store's and the worker's Redis connection errors as CampaignErrors with the original as cause", async () => {
    // A port nothing listens on: ioredis keeps reconnecting and reports each refusal.
    const port = await freePort();
    const errors: PlivoError[] = [];
    const campaigns = createCampaigns({ connection: `redis://127.0.0.1:${port}`, prefix: 'nowhere', onError: (error) => errors.push(error) });
    const workerErrors: PlivoError[] = [];
    const worker = campaigns.worker({ client: createPlivoClient({ authId: 'MAXXXXXXXXXXXXXXXXXX', authToken: 'unused', baseUrl: 'http://127.0.0.1:9' }), onError: (error) => workerErrors.push(error) });
    try {
      await waitFor('both connections to report', () => (errors.length > 0 && workerErrors.length > 0 ? true : undefined));
      for (const error of [...errors, ...workerErrors]) {
        expect(error).toBeInstanceOf(CampaignError);
        expect(error.maybeSent).toBe(false);
        expect(error.cause).toBeInstanceOf(Error);
      }
      expect(errors[0]?.message).toMatch(/^the campaigns' Redis connection: .*ECONNREFUSED/);
      expect(workerErrors.some((error) => /^the worker's Redis connection: /.test(error.message))).toBe(true);
    } finally {
      await worker.close();
      await campaigns.close();
    }
  });

  it('fails its commands with a CampaignError once Redis has been unreachable for giveUpAfterMs, and waits without it', async () => {
    const port = await freePort();
    const patient = createCampaigns({ connection: `redis://127.0.0.1:${port}`, prefix: 'nowhere' });
    const impatient = createCampaigns({ connection: `redis://127.0.0.1:${port}`, prefix: 'nowhere', giveUpAfterMs: 300 });
    try {
      let patientSettled = false;
      // Never settles: ioredis keeps it queued through disconnect(), and the store is closed below.
      void patient.status('x').then(
        () => (patientSettled = true),
        () => (patientSettled = true),
      );
      const started = Date.now();
      const error = await impatient.status('x').then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(CampaignError);
      expect((error as CampaignError).maybeSent).toBe(false);
      expect((error as CampaignError).message).toMatch(/^campaign status failed: /);
      expect(Date.now() - started).toBeLessThan(5000);
      // A later command fails at once: the connection has ended.
      await expect(impatient.pause('x')).rejects.toBeInstanceOf(CampaignError);
      // Without the option the same command is still waiting for Redis.
      expect(patientSettled).toBe(false);
    } finally {
      await patient.close();
      await impatient.close();
    }
    expect(() => createCampaigns({ connection: 'redis://127.0.0.1:1', giveUpAfterMs: -1 })).toThrow(/giveUpAfterMs must be/);
  });
});
