import { describe, expect, inject, it } from 'vitest';
import { isMessage, isMessageList, isMessageMediaList } from '../../generated/validators.js';
import type { Message } from '../../src/index.js';
import { AUTH_ID } from '../support/fake-fetch.js';
import { parseViolations, recordingClient } from '../support/prism-request.js';

const MESSAGE_UUID = 'db3ce55a-7f1d-11e1-8ea7-1231380bc196';


describe('reading messages from the Prism mock', () => {
  it('get returns a Message', async () => {
    const { plivo, seen } = recordingClient(inject('prismUrl'));
    const message = await plivo.messages.get(MESSAGE_UUID);
    expect(isMessage(message), JSON.stringify(isMessage.errors)).toBe(true);
    expect(seen).toEqual([expect.objectContaining({ status: 200, violations: [] })]);
    expect(seen[0]?.url).toMatch(new RegExp(`/Message/${MESSAGE_UUID}/$`));
  });

  it('list with filters returns a MessageList, and Prism accepts the filters', async () => {
    const { plivo, seen } = recordingClient(inject('prismUrl'));
    const page = await plivo.messages.list({ limit: 5, offset: 0, message_state: 'delivered', message_type: 'sms', message_time__gte: '2024-08-21 00:00' });
    expect(isMessageList(page), JSON.stringify(isMessageList.errors)).toBe(true);
    expect(seen).toEqual([expect.objectContaining({ status: 200, violations: [] })]);
    const query = new URL(seen[0]!.url).searchParams;
    expect(query.get('limit')).toBe('5');
    expect(query.get('message_state')).toBe('delivered');
    expect(query.get('message_time__gte')).toBe('2024-08-21 00:00');
    for (const message of page.objects) expect(isMessage(message), JSON.stringify(isMessage.errors)).toBe(true);
  });

  it('Prism refuses a filter outside the spec (limit above 20), so the filters above were really checked', async () => {
    const response = await fetch(`${inject('prismUrl')}/v1/Account/${AUTH_ID}/Message/?limit=21`, {
      headers: { authorization: `Basic ${Buffer.from(`${AUTH_ID}:x`).toString('base64')}` },
    });
    await response.body?.cancel();
    const violations = parseViolations(response.headers.get('sl-violations'));
    expect(response.status >= 400 || violations.length > 0).toBe(true);
  });

  it('iterate yields every message of the single page (next is null) with one request', async () => {
    const { plivo, seen } = recordingClient(inject('prismUrl'));
    const page = await plivo.messages.list({ limit: 5 });
    expect(page.meta.next).toBeNull();
    seen.length = 0;
    const messages: Message[] = [];
    for await (const message of plivo.messages.iterate({ limit: 5, message_direction: 'outbound' })) messages.push(message);
    expect(messages).toHaveLength(page.objects.length);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(isMessage(message), JSON.stringify(isMessage.errors)).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.violations).toEqual([]);
  });

  it('listMedia returns a MessageMediaList', async () => {
    const { plivo, seen } = recordingClient(inject('prismUrl'));
    const media = await plivo.messages.listMedia(MESSAGE_UUID);
    expect(isMessageMediaList(media), JSON.stringify(isMessageMediaList.errors)).toBe(true);
    expect(media.objects.length).toBeGreaterThan(0);
    expect(seen).toEqual([expect.objectContaining({ status: 200, violations: [] })]);
    expect(seen[0]?.url).toMatch(/\/Media\/$/);
  });
});
