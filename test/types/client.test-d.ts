import { describe, expectTypeOf, it } from 'vitest';
import { createPlivoClient, sendBulk, type Message, type SendMessageResponse } from '../../src/index.js';
import type { CampaignsOptions } from '../../src/campaigns/index.js';
import type { FakePlivoOptions } from '../../src/testing/index.js';
import type { VerifyRequestOptions } from '../../src/webhooks/index.js';

const plivo = createPlivoClient({ authId: 'MAXXXXXXXXXXXXXXXXXX', authToken: 'token' });

describe('client types', () => {
  it('types the send result', () => {
    expectTypeOf(plivo.messages.send({ src: '1', dst: '2', text: 'x' })).resolves.toEqualTypeOf<SendMessageResponse>();
    expectTypeOf<SendMessageResponse['message_uuid']>().toEqualTypeOf<string[]>();
    expectTypeOf<SendMessageResponse['invalid_number']>().toEqualTypeOf<string[] | undefined>();
  });

  it('types get, list and iterate', () => {
    expectTypeOf(plivo.messages.get('u')).resolves.toEqualTypeOf<Message>();
    expectTypeOf<Message['message_state']>().toEqualTypeOf<'queued' | 'sent' | 'failed' | 'delivered' | 'undelivered' | 'read' | 'rejected' | 'received' | 'deleted'>();
    expectTypeOf(plivo.messages.iterate()).toEqualTypeOf<AsyncIterableIterator<Message>>();
  });

  it('rejects wrong bodies at compile time', () => {
    // @ts-expect-error type must be sms, mms or whatsapp
    void plivo.messages.send({ src: '1', dst: '2', text: 'x', type: 'fax' });
    // @ts-expect-error a template needs a name
    void plivo.messages.send({ src: '1', dst: '2', type: 'whatsapp', template: { language: 'en_US' } });
    // @ts-expect-error dlt_template_category is a closed enum
    void plivo.messages.send({ src: '1', dst: '2', text: 'x', dlt_template_category: 'otp' });
    // @ts-expect-error dst is required
    void plivo.messages.send({ src: '1', text: 'x' });
    // @ts-expect-error a misspelt field does not compile
    void plivo.messages.send({ src: '1', dst: '2', text: 'x', media_url: ['https://e.com/a.png'] });
    // @ts-expect-error limit is a number
    void plivo.messages.list({ limit: '20' });
  });

  it('accepts what the official SDKs send', () => {
    void plivo.messages.send({ src: null, powerpack_uuid: 'p', dst: '2', text: 'x', log: 'content_only', trackable: 'false', message_expiry: '600', media_urls: null });
    void plivo.messages.send({ src: '1', dst: '2', type: 'mms', media_urls: 'https://e.com/a.png,https://e.com/b.png' });
  });

  it('types the raw openapi-fetch client by path', () => {
    expectTypeOf(plivo.api.GET).toBeFunction();
    // @ts-expect-error not a path of the spec
    void plivo.api.GET('/v1/Account/{auth_id}/Call/', { params: { path: { auth_id: 'x' } } });
  });

  it('takes an option that may be unset, such as an environment variable, with exactOptionalPropertyTypes', () => {
    // process.env.X is string | undefined: an absent option and an undefined one mean the same, the default.
    const fromEnv: string | undefined = process.env.PLIVO_AUTH_TOKEN;
    const fromConfig: number | undefined = undefined;
    expectTypeOf(createPlivoClient({ authId: fromEnv, authToken: fromEnv, baseUrl: fromEnv, timeoutMs: fromConfig, maxRetries: fromConfig })).toHaveProperty('messages');
    void plivo.messages.get('u', { signal: undefined });
    void sendBulk(plivo, { src: '1', dst: ['2'], text: 'x' }, { concurrency: fromConfig, signal: undefined });
    expectTypeOf<{ publicUrl: string | undefined; allowV2: undefined; authToken: string }>().toExtend<VerifyRequestOptions>();
    expectTypeOf<{ connection: string; prefix: string | undefined }>().toExtend<CampaignsOptions>();
    expectTypeOf<{ seed: number | undefined; authToken: string | undefined }>().toExtend<FakePlivoOptions>();
  });
});
