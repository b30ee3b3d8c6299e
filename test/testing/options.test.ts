import { describe, expect, it } from 'vitest';
import { createFakePlivo } from '../../src/testing/index.js';
import type { FaultKind } from '../../src/testing/index.js';

describe('simulator options', () => {
  it('refuses options out of range, naming the option and what is allowed', () => {
    expect(() => createFakePlivo({ mps: 0 })).toThrow(/mps must be a number above 0 \(Infinity for no limit\); got 0/);
    expect(() => createFakePlivo({ requestsPer5s: -1 })).toThrow(/requestsPer5s must be a number above 0/);
    expect(() => createFakePlivo({ authId: 'MA123' })).toThrow(/authId must be 20 characters/);
    expect(() => createFakePlivo({ authToken: '' })).toThrow(/authToken must not be empty/);
    expect(() => createFakePlivo({ clock: 'fast' as 'real' })).toThrow(/clock must be 'manual' or 'real'/);
    expect(() => createFakePlivo({ deliveryDelayMs: 1.5 })).toThrow(/deliveryDelayMs must be a whole number/);
    expect(() => createFakePlivo({ outcomes: [{ prefix: '+44', status: 'delivered' }] })).toThrow(/outcomes\[0\]\.prefix must be digits/);
    expect(() => createFakePlivo({ outcomes: [{ rate: 2, status: 'delivered' }] })).toThrow(/outcomes\[0\]\.rate must be between 0 and 1/);
    expect(() => createFakePlivo({ outcomes: [{ status: 'failed', errorCode: 'x' }] })).toThrow(/outcomes\[0\]\.errorCode must be Plivo's numeric code/);
    expect(() => createFakePlivo({ faults: { rate: 1.5 } })).toThrow(/faults\.rate must be between 0 and 1/);
    expect(() => createFakePlivo({ faults: { rate: 0.1, kinds: ['timeout' as FaultKind] } })).toThrow(/unknown fault kind "timeout"/);
    const fake = createFakePlivo();
    expect(() => fake.fault('server-error', { status: 404 })).toThrow(/a server-error fault needs a 5xx status; got 404/);
    expect(() => fake.fault('reset', { times: 0 })).toThrow(/times must be a positive integer/);
  });

  it('never puts the auth token in what it throws', () => {
    const authToken = 'secret-token-that-must-not-leak';
    const messages: string[] = [];
    for (const attempt of [
      () => createFakePlivo({ authToken, mps: 0 }),
      () => createFakePlivo({ authToken, authId: 'bad' }),
      () => createFakePlivo({ authToken }).fault('server-error', { status: 200 }),
    ]) {
      try {
        attempt();
      } catch (error) {
        messages.push(String(error), JSON.stringify(error), (error as Error).stack ?? '');
      }
    }
    expect(messages).toHaveLength(9);
    expect(messages.join('\n')).not.toContain(authToken);
  });

  it('reports its seed, and the same seed gives the same UUIDs', async () => {
    const a = createFakePlivo();
    const b = createFakePlivo({ seed: a.seed });
    const send = (fake: typeof a) =>
      fake.fetch(`https://api.plivo.com/v1/Account/${fake.authId}/Message/`, {
        method: 'POST',
        headers: { Authorization: `Basic ${btoa(`${fake.authId}:${fake.authToken}`)}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ src: '14155550100', dst: '14155550123<14155550124', text: 'Hi' }),
      }).then((response) => response.json());
    expect(await send(a)).toEqual(await send(b));
    expect(a.messages().map((m) => m.messageUuid)).toEqual(b.messages().map((m) => m.messageUuid));
    expect(a.messages()[0]?.messageUuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
