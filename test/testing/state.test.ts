import { describe, expect, it } from 'vitest';
import { isMessage, isMessageList, isMessageMediaList } from '../../generated/validators.js';
import { createPlivoClient, PlivoNotFoundError, PlivoApiError } from '../../src/index.js';
import { createFakePlivo } from '../../src/testing/index.js';

const SRC = '14155550100';

function setup() {
  const fake = createFakePlivo({ seed: 21, startTime: Date.UTC(2026, 2, 1, 10, 0, 0), mps: 10, outcomes: [{ prefix: '4477', status: 'undelivered', errorCode: '30' }] });
  const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch });
  return { fake, plivo };
}

describe('reading back what was sent', () => {
  it('gets a message in the spec\'s Message shape, its state following the simulated time', async () => {
    const { fake, plivo } = setup();
    const dst = Array.from({ length: 11 }, (_, i) => `1415${String(5_000_000 + i)}`).join('<');
    const { message_uuid } = await plivo.messages.send({ src: SRC, dst, text: 'Hi' });
    const last = message_uuid[10] as string;

    const queued = await plivo.messages.get(last);
    expect(isMessage(queued)).toBe(true);
    expect(queued).toMatchObject({ message_uuid: last, message_state: 'queued', message_direction: 'outbound', message_type: 'sms', to_number: '14155000010', from_number: SRC, units: 1, total_amount: '0.00000', error_code: null, message_time: '2026-03-01 10:00:00+00:00', message_sent_time: null });
    expect(queued.resource_uri).toBe(`/v1/Account/${fake.authId}/Message/${last}/`);

    await fake.advance(1000); // the eleventh leaves the queue after 1 s at 10 MPS
    expect(await plivo.messages.get(last)).toMatchObject({ message_state: 'sent', message_sent_time: '2026-03-01 10:00:01.000000+00:00', total_amount: '0.00500' });
    await fake.drain();
    const delivered = await plivo.messages.get(last);
    expect(isMessage(delivered)).toBe(true);
    expect(delivered).toMatchObject({ message_state: 'delivered', error_code: '000', message_updated_time: '2026-03-01 10:00:03.000000+00:00' });
  });

  it('answers 404 for a UUID it never issued', async () => {
    const { plivo } = setup();
    await expect(plivo.messages.get('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(PlivoNotFoundError);
    await expect(plivo.messages.listMedia('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(PlivoNotFoundError);
  });

  it('lists newest first with limit, offset and meta.next, and iterate() walks every page', async () => {
    const { fake, plivo } = setup();
    const sent: string[] = [];
    for (let i = 0; i < 45; i += 1) {
      const { message_uuid } = await plivo.messages.send({ src: SRC, dst: `1415${String(5_000_000 + i)}`, text: `n${i}` });
      sent.push(...message_uuid);
      await fake.advance(1000);
    }
    const first = await plivo.messages.list({ limit: 20 });
    expect(isMessageList(first)).toBe(true);
    expect(first.meta).toEqual({ limit: 20, offset: 0, next: `/v1/Account/${fake.authId}/Message/?limit=20&offset=20`, previous: null, total_count: 45 });
    expect(first.objects.map((m) => m.message_uuid)).toEqual(sent.slice(-20).reverse());

    const last = await plivo.messages.list({ limit: 20, offset: 40 });
    expect(isMessageList(last)).toBe(true);
    expect(last.meta).toMatchObject({ offset: 40, next: null, previous: `/v1/Account/${fake.authId}/Message/?limit=20&offset=20` });
    expect(last.objects).toHaveLength(5);

    const all: string[] = [];
    for await (const message of plivo.messages.iterate({ limit: 7 })) all.push(message.message_uuid);
    expect(all).toEqual([...sent].reverse());
  });

  it('filters by state, type, error code, number and time, keeping the filters in meta.next', async () => {
    const { fake, plivo } = setup();
    await plivo.messages.send({ src: SRC, dst: '14155550123<447700900123<447700900124', text: 'Hi' });
    await fake.advance(60_000);
    await plivo.messages.send({ src: SRC, dst: '14155550124', type: 'mms', media_urls: ['https://example.com/a.png'] });
    await fake.drain();

    const undelivered = await plivo.messages.list({ message_state: 'undelivered', limit: 1 });
    expect(undelivered.meta.total_count).toBe(2);
    expect(undelivered.meta.next).toBe(`/v1/Account/${fake.authId}/Message/?limit=1&offset=1&message_state=undelivered`);
    expect((await plivo.messages.list({ error_code: 30 })).objects.map((m) => m.to_number).sort()).toEqual(['447700900123', '447700900124']);
    expect((await plivo.messages.list({ message_type: 'mms' })).objects.map((m) => m.to_number)).toEqual(['14155550124']);
    expect((await plivo.messages.list({ to_number: '14155550123' })).objects).toHaveLength(1);
    expect((await plivo.messages.list({ message_time__gte: '2026-03-01 10:01' })).objects.map((m) => m.message_type)).toEqual(['mms']);
    expect((await plivo.messages.list({ message_time__lt: '2026-03-01 10:01' })).meta.total_count).toBe(3);
    expect((await plivo.messages.list({ message_time: '2026-03-01 10:00' })).meta.total_count).toBe(3);
    expect((await plivo.messages.list({ message_direction: 'inbound' })).objects).toEqual([]);
  });

  it('refuses a list query the spec does not allow, in the validator\'s words', async () => {
    const { fake } = setup();
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch, validate: false });
    const error = await plivo.messages.list({ limit: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlivoApiError);
    expect((error as PlivoApiError).status).toBe(400);
    expect((error as PlivoApiError).message).toContain('/limit');
  });

  it('lists the media of an MMS, and none for one sent with log false', async () => {
    const { fake, plivo } = setup();
    const { message_uuid } = await plivo.messages.send({ src: SRC, dst: '14155550123', type: 'mms', text: 'Pass', media_urls: ['https://example.com/m/pass.png', 'https://example.com/m/gate.gif'] });
    const uuid = message_uuid[0] as string;
    const media = await plivo.messages.listMedia(uuid);
    expect(isMessageMediaList(media)).toBe(true);
    expect(media.objects.map((m) => [m.content_type, m.file_name, m.message_uuid])).toEqual([
      ['image/png', 'pass.png', uuid],
      ['image/gif', 'gate.gif', uuid],
    ]);
    expect(media.objects[0]?.media_url).toBe(`https://media.plivo.com/Account/${fake.authId}/Message/${uuid}/Media/${media.objects[0]?.media_id}`);

    const hidden = await plivo.messages.send({ src: SRC, dst: '14155550124', type: 'mms', media_urls: ['https://example.com/m/pass.png'], log: false });
    expect((await plivo.messages.listMedia(hidden.message_uuid[0] as string)).objects).toEqual([]);
  });
});
