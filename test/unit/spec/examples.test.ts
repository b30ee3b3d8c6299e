import { describe, expect, it } from 'vitest';
import * as generated from '../../../generated/validators.js';
import { isSendMessageRequest as sendOnly } from '../../../generated/client-validators.js';
import { freshValidator } from '../../support/fresh-ajv.js';
import { loadExamples, sendExamples } from '../../support/spec-examples.js';

const cases: Array<{ prefix: string; schema: string; validator: generated.SchemaValidator<unknown> }> = [
  { prefix: 'response-send-', schema: 'SendMessageResponse', validator: generated.isSendMessageResponse },
  { prefix: 'response-message.', schema: 'Message', validator: generated.isMessage },
  { prefix: 'response-message-list', schema: 'MessageList', validator: generated.isMessageList },
  { prefix: 'response-message-media', schema: 'MessageMediaList', validator: generated.isMessageMediaList },
  { prefix: 'callback-', schema: 'MessageStatusCallback', validator: generated.isMessageStatusCallback },
];

describe('spec/examples', () => {
  it('has an example for every kind of send the spec covers', () => {
    const names = sendExamples().map((e) => e.file);
    for (const kind of ['sms', 'mms', 'whatsapp-template', 'whatsapp-interactive-list', 'whatsapp-interactive-buttons', 'whatsapp-interactive-cta-url', 'whatsapp-location', 'bulk', 'powerpack', 'dlt-india']) {
      expect(names).toContain(`send-${kind}.json`);
    }
    expect(names.filter((n) => n.startsWith('seed-'))).toHaveLength(3);
  });

  const fresh = freshValidator('SendMessageRequest');
  for (const example of sendExamples()) {
    it(`${example.file} is a valid send body for the generated and the freshly compiled validators`, () => {
      expect(generated.isSendMessageRequest(example.value), JSON.stringify(generated.isSendMessageRequest.errors)).toBe(true);
      expect(sendOnly(example.value)).toBe(true);
      expect(fresh(example.value), JSON.stringify(fresh.errors)).toBe(true);
    });
  }

  for (const { prefix, schema, validator } of cases) {
    const examples = loadExamples(prefix);
    it(`${prefix}* examples (${examples.length}) validate against ${schema}`, () => {
      expect(examples.length).toBeGreaterThan(0);
      const reference = freshValidator(schema);
      for (const example of examples) {
        expect(validator(example.value), `${example.file}: ${JSON.stringify(validator.errors)}`).toBe(true);
        expect(reference(example.value), example.file).toBe(true);
      }
    });
  }
});
