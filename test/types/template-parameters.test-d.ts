import { describe, expectTypeOf, it } from 'vitest';
import { createPlivoClient, type components } from '../../src/index.js';

type Parameter = components['schemas']['WhatsAppTemplateParameter'];
const plivo = createPlivoClient({ authId: 'MAXXXXXXXXXXXXXXXXXX', authToken: 'token' });
const send = (parameters: Parameter[]) =>
  plivo.messages.send({ src: '1', dst: '2', type: 'whatsapp', template: { name: 'n', language: 'en', components: [{ type: 'body', parameters }] } });

describe('template parameter types', () => {
  it('narrow on type to the kind with its own field required', () => {
    const describeParameter = (p: Parameter): string => {
      switch (p.type) {
        case 'text':
          expectTypeOf(p.text).toEqualTypeOf<string>();
          return p.text;
        case 'currency':
          expectTypeOf(p.currency.amount_1000).toEqualTypeOf<number>();
          return p.currency.fallback_value;
        case 'location':
          return p.location.latitude;
        default:
          // The other kinds' own fields stay optional and nullable.
          expectTypeOf(p.text).toEqualTypeOf<string | null | undefined>();
          return p.type;
      }
    };
    void describeParameter({ type: 'text', text: 'Ana' });
  });

  it('reject a kind without its own field at compile time', () => {
    // @ts-expect-error a text parameter needs text
    void send([{ type: 'text' }]);
    // @ts-expect-error a currency parameter needs currency, not null
    void send([{ type: 'currency', currency: null }]);
    // @ts-expect-error an unknown kind
    void send([{ type: 'image', media: 'https://e.com/a.png' }]);
    void send([{ type: 'media', media: 'https://e.com/a.png', text: null }, { type: 'date_time', date_time: { fallback_value: 'May 1' } }]);
  });
});
