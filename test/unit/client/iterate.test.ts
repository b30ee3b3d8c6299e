import { describe, expect, it } from 'vitest';
import { createPlivoClient } from '../../../src/index.js';
import { AUTH_ID, AUTH_TOKEN, fakeFetch, json } from '../../support/fake-fetch.js';

const message = (n: number) => ({ message_uuid: `u${n}`, message_direction: 'outbound', message_state: 'delivered', message_type: 'sms' });
const page = (offset: number, count: number, next: string | null) => json(200, { api_id: 'x', meta: { limit: 2, offset, next, previous: null, total_count: 5 }, objects: Array.from({ length: count }, (_, i) => message(offset + i)) });

describe('iterate', () => {
  it('follows meta.next across three pages and keeps the filters', async () => {
    const base = `/v1/Account/${AUTH_ID}/Message/`;
    const fake = fakeFetch(page(0, 2, `${base}?limit=2&offset=2&message_state=delivered`), page(2, 2, `${base}?limit=2&offset=4&message_state=delivered`), page(4, 1, null));
    const plivo = createPlivoClient({ authId: AUTH_ID, authToken: AUTH_TOKEN, fetch: fake.fetch });
    const seen: string[] = [];
    for await (const m of plivo.messages.iterate({ limit: 2, message_state: 'delivered' })) seen.push(m.message_uuid);
    expect(seen).toEqual(['u0', 'u1', 'u2', 'u3', 'u4']);
    expect(fake.requests.map((r) => new URL(r.url).search)).toEqual([
      '?limit=2&message_state=delivered',
      '?limit=2&message_state=delivered&offset=2',
      '?limit=2&message_state=delivered&offset=4',
    ]);
  });

  it('stops on an empty page even when next is set', async () => {
    const fake = fakeFetch(page(0, 0, `/v1/Account/${AUTH_ID}/Message/?limit=2&offset=2`));
    const plivo = createPlivoClient({ authId: AUTH_ID, authToken: AUTH_TOKEN, fetch: fake.fetch });
    const seen = [];
    for await (const m of plivo.messages.iterate()) seen.push(m);
    expect(seen).toHaveLength(0);
    expect(fake.requests).toHaveLength(1);
  });

  it('fetches lazily: breaking out after the first message makes one request', async () => {
    // The loop body must run: an iterator that yields nothing would otherwise pass.
    expect.assertions(2);
    const fake = fakeFetch(page(0, 2, `/v1/Account/${AUTH_ID}/Message/?limit=2&offset=2`));
    const plivo = createPlivoClient({ authId: AUTH_ID, authToken: AUTH_TOKEN, fetch: fake.fetch });
    for await (const m of plivo.messages.iterate({ limit: 2 })) {
      expect(m.message_uuid).toBe('u0');
      break;
    }
    expect(fake.requests).toHaveLength(1);
  });
});
