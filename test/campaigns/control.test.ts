import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CampaignError, CampaignRedisSettingsError, createCampaigns, type Campaigns } from '../../src/campaigns/index.js';
import { PlivoValidationError, type MessageStatusCallback } from '../../src/index.js';
import { startRedis, type TestRedis } from '../support/redis-server.js';
import { reportOf, standInClient, waitForState } from './support/campaign-run.js';
import { startFakePlivo, type FakePlivo } from './support/fake-plivo.js';
import { numbers, waitFor } from './support/wait.js';

const body = { src: '14155550100', text: 'Spring sale', url: 'https://example.com/status' };

describe('campaign control against real Redis', () => {
  let redis: TestRedis;
  let plivo: FakePlivo;
  let campaigns: Campaigns;
  const closers: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    plivo = await startFakePlivo();
    campaigns = createCampaigns({ connection: redis.url, prefix: 'control' });
  });
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    await campaigns.close();
    await plivo.close();
    await redis.dispose();
  });
  const sendsOf = (prefix: string) => plivo.sends.filter((send) => send.url?.includes(`campaign=${prefix}`)).length;

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
    const worker = campaigns.worker({ client: standInClient(plivo.url) });
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

  it('records status callbacks idempotently and in any order', async () => {
    await campaigns.start({ id: 'delivery', body, recipients: numbers(1200, 14_190_000_000), mps: Infinity });
    await waitForState(campaigns, 'delivery');
    const messages = plivo.messages.filter((message) => message.url?.includes('campaign=delivery'));
    expect(messages).toHaveLength(1200);
    const callback = (message: (typeof messages)[number], Status: MessageStatusCallback['Status'], ErrorCode = '000'): MessageStatusCallback => ({
      MessageUUID: message.uuid,
      To: message.to,
      From: '14155550100',
      Status,
      ErrorCode,
    } as MessageStatusCallback);
    const results: string[] = [];
    for (const [i, message] of messages.entries()) {
      const url = message.url ?? '';
      if (i % 3 === 0) {
        // Out of order: delivered arrives before queued and sent, then a duplicate.
        results.push(await campaigns.recordCallback(callback(message, 'delivered'), url));
        results.push(await campaigns.recordCallback(callback(message, 'queued'), url));
        results.push(await campaigns.recordCallback(callback(message, 'sent'), url));
        results.push(await campaigns.recordCallback(callback(message, 'delivered'), url));
      } else if (i % 3 === 1) {
        results.push(await campaigns.recordCallback(callback(message, 'queued'), url));
        results.push(await campaigns.recordCallback(callback(message, 'sent'), url));
      } else {
        results.push(await campaigns.recordCallback(callback(message, 'undelivered', '30008'), url));
      }
    }
    expect(results.filter((r) => r === 'updated')).toHaveLength(400 + 800 + 400);
    expect(results.filter((r) => r === 'unchanged')).toHaveLength(1200);
    const status = await campaigns.status('delivery');
    expect(status.delivery).toEqual({ queued: 0, sent: 400, delivered: 400, read: 0, undelivered: 400, failed: 0 });
    const rows = await reportOf(campaigns, 'delivery');
    const byNumber = new Map(rows.map((row) => [row.number, row]));
    for (const [i, message] of messages.entries()) {
      const row = byNumber.get(message.to);
      expect(row).toMatchObject({ outcome: 'accepted', messageUuid: message.uuid, delivery: ['delivered', 'sent', 'undelivered'][i % 3] });
      if (i % 3 === 2) expect(row?.errorCode).toBe('30008');
    }
    const first = messages[0];
    expect(await campaigns.recordCallback(callback(first!, 'delivered'), 'https://example.com/status')).toBe('unknown');
    expect(await campaigns.recordCallback({ ...callback(first!, 'delivered'), To: '19999999999' }, first!.url ?? '')).toBe('unknown');
  });

  it('waits out a 429 for every worker and sends the refused request again', async () => {
    const strict = await startFakePlivo({ requestsPer5s: 2 });
    closers.push(() => strict.close());
    const own = createCampaigns({ connection: redis.url, prefix: 'rate-limited' });
    closers.push(() => own.close());
    await own.start({ id: 'burst', body, recipients: numbers(4000, 14_200_000_000), mps: Infinity, requestsPer5s: 300 });
    const worker = own.worker({ client: standInClient(strict.url), concurrency: 4 });
    closers.push(() => worker.close());
    const status = await waitForState(own, 'burst');
    expect(strict.refused).toBeGreaterThan(0);
    expect(status).toMatchObject({ accepted: 4000, maybeSent: 0, failed: 0 });
    expect([...strict.received.values()].every((times) => times === 1)).toBe(true);
    expect(strict.received.size).toBe(4000);
  }, 60_000);
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
      const worker = campaigns.worker({ client: standInClient('http://127.0.0.1:9'), onError: (error) => errors.push(error) });
      await waitFor('the worker to report the settings', () => (errors.length > 0 ? true : undefined));
      expect(errors[0]).toBeInstanceOf(CampaignRedisSettingsError);
      await worker.close();
    } finally {
      await campaigns.close();
      await loose.dispose();
    }
  });
});
