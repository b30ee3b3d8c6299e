import { describe, expect, it } from 'vitest';
import { decodeAnswer, encodeAnswer, type RequestAnswer } from '../../src/campaigns/answer.js';
import { callbackTarget, requestCallbackUrl } from '../../src/campaigns/callback-url.js';
import { decodeNumbers, encodeNumbers, NUMBER_WIDTH } from '../../src/campaigns/fixed-width.js';
import { NumberSet } from '../../src/campaigns/number-set.js';
import { pacedRequestSize, planRequests } from '../../src/campaigns/plan.js';

describe('NumberSet', () => {
  it('keeps each number once across growth, including numbers that differ only in their high digits', () => {
    const set = new NumberSet();
    const added: boolean[] = [];
    for (let i = 0; i < 200_000; i += 1) added.push(set.add(String(14_150_000_000 + i)));
    expect(added.every(Boolean)).toBe(true);
    expect(set.add('14150000000')).toBe(false);
    expect(set.add('14150199999')).toBe(false);
    expect(set.add('24150000000')).toBe(true);
    expect(set.add('99999999999999')).toBe(true);
    expect(set.add('99999999999999')).toBe(false);
    expect(set.size).toBe(200_002);
  });
});

describe('fixed-width numbers', () => {
  it('round-trips and puts recipient p at p × width', () => {
    const list = ['14155550123', '1', '99999999999999'];
    const text = encodeNumbers(list);
    expect(text).toHaveLength(3 * NUMBER_WIDTH);
    expect(text.indexOf('99999999999999')).toBe(2 * NUMBER_WIDTH);
    expect(decodeNumbers(text)).toEqual(list);
  });
});

describe('answers', () => {
  it('round-trips every outcome', () => {
    for (const answer of [
      { outcome: 'accepted', apiId: 'a-1', rejected: ['14155550123', '14155550124'] },
      { outcome: 'accepted', apiId: 'a-2', rejected: [] },
      { outcome: 'failed', reason: 'sendMessage failed with HTTP 400: src | dst' },
      { outcome: 'maybeSent', reason: 'timeout' },
      { outcome: 'cancelled' },
    ] satisfies RequestAnswer[]) {
      expect(decodeAnswer(encodeAnswer(answer))).toEqual(answer);
    }
    expect(decodeAnswer('maybe-sent')).toMatchObject({ outcome: 'maybeSent' });
  });
});

describe('callback URLs', () => {
  it('carry the campaign and request, keeping the query given', () => {
    const url = requestCallbackUrl('https://example.com/status?team=a', 'spring-sale', 17);
    expect(url).toBe('https://example.com/status?team=a&campaign=spring-sale&request=17');
    expect(callbackTarget(url)).toEqual({ campaign: 'spring-sale', request: 17 });
    expect(callbackTarget('/status?campaign=x&request=2')).toEqual({ campaign: 'x', request: 2 });
    expect(callbackTarget('https://example.com/status')).toBeUndefined();
    expect(callbackTarget('https://example.com/status?campaign=x&request=-1')).toBeUndefined();
  });
});

describe('plan', () => {
  it('keeps paced requests within the expiry and sizes them at 1,000 when they fit', () => {
    expect(pacedRequestSize(5, 1, 10_800)).toBe(1000);
    expect(pacedRequestSize(1, 2, 600)).toBe(120);
    expect(pacedRequestSize(0.001, 10, 5)).toBe(1);
    expect(pacedRequestSize(Number.POSITIVE_INFINITY, 3, 5)).toBe(1000);
  });

  it('estimates the issue example: 100,000 SMS to a 5 MPS account, about half expiring unpaced', () => {
    const plan = planRequests({ recipients: 100_000, unitsPerRecipient: 1, mps: 5, requestsPer5s: 300, expirySeconds: 10_800 });
    expect(plan).toMatchObject({ requestSize: 1000, requests: 100, units: 100_000, estimatedSeconds: 20_000 });
    expect(plan.expiryRisk).toBe(100_000 - Math.floor(5 * (100 / 60 + 10_800)));
    expect(planRequests({ recipients: 1000, unitsPerRecipient: 1, mps: 5, requestsPer5s: 300, expirySeconds: 10_800 }).expiryRisk).toBe(0);
    expect(planRequests({ recipients: 1000, unitsPerRecipient: 1, mps: Number.POSITIVE_INFINITY, requestsPer5s: 1, expirySeconds: 10 }).estimatedSeconds).toBe(5);
  });
});
