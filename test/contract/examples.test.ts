import { describe, expect, inject, it } from 'vitest';
import { isSendMessageResponse } from '../../generated/validators.js';
import type { SendMessageRequest } from '../../src/index.js';
import { AUTH_ID } from '../support/fake-fetch.js';
import { recordingClient } from '../support/prism-request.js';
import { sendExamples } from '../support/spec-examples.js';


describe('spec examples against the Prism mock', () => {
  const examples = sendExamples();

  it('covers the send-* and seed-send-* examples', () => {
    expect(examples.filter((e) => e.file.startsWith('send-')).length).toBeGreaterThanOrEqual(10);
    expect(examples.filter((e) => e.file.startsWith('seed-send-')).length).toBeGreaterThanOrEqual(3);
  });

  for (const example of examples) {
    it(`${example.file} is queued (202, no violations) and the answer is a SendMessageResponse`, async () => {
      const { plivo, seen } = recordingClient(inject('prismUrl'));
      const answer = await plivo.messages.send(example.value as SendMessageRequest);
      expect(seen).toEqual([expect.objectContaining({ status: 202, violations: [] })]);
      expect(isSendMessageResponse(answer), JSON.stringify(isSendMessageResponse.errors)).toBe(true);
      expect(answer.message_uuid.length).toBeGreaterThan(0);
    });
  }

  it('the raw openapi-fetch client sees the same 202 without violations', async () => {
    const { plivo } = recordingClient(inject('prismUrl'));
    const [first] = examples;
    const { data, response } = await plivo.api.POST('/v1/Account/{auth_id}/Message/', {
      params: { path: { auth_id: AUTH_ID } },
      body: first!.value as SendMessageRequest,
    });
    expect(response.status).toBe(202);
    expect(response.headers.get('sl-violations')).toBeNull();
    expect(isSendMessageResponse(data)).toBe(true);
  });
});
