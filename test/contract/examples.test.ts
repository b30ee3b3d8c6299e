import { describe, expect, inject, it } from 'vitest';
import { isSendMessageResponse } from '../../generated/validators.js';
import { createPlivoClient, type SendMessageRequest } from '../../src/index.js';
import { AUTH_ID } from '../support/fake-fetch.js';
import { parseViolations } from '../support/prism-request.js';
import { sendExamples } from '../support/spec-examples.js';

/** A client against the mock whose fetch keeps every raw response, so headers the client hides stay visible. */
function recordingClient() {
  const responses: Response[] = [];
  const plivo = createPlivoClient({
    authId: AUTH_ID,
    authToken: 'x',
    baseUrl: inject('prismUrl'),
    // A retry would hide a first answer that was wrong.
    maxRetries: 0,
    fetch: async (request) => {
      const response = await fetch(request);
      responses.push(response);
      return response;
    },
  });
  return { plivo, responses };
}

describe('spec examples against the Prism mock', () => {
  const examples = sendExamples();

  it('covers the send-* and seed-send-* examples', () => {
    expect(examples.filter((e) => e.file.startsWith('send-')).length).toBeGreaterThanOrEqual(10);
    expect(examples.filter((e) => e.file.startsWith('seed-send-')).length).toBeGreaterThanOrEqual(3);
  });

  for (const example of examples) {
    it(`${example.file} is queued (202, no violations) and the answer is a SendMessageResponse`, async () => {
      const { plivo, responses } = recordingClient();
      const answer = await plivo.messages.send(example.value as SendMessageRequest);
      expect(responses).toHaveLength(1);
      const [response] = responses;
      expect(response?.status).toBe(202);
      expect(parseViolations(response?.headers.get('sl-violations') ?? null)).toEqual([]);
      expect(isSendMessageResponse(answer), JSON.stringify(isSendMessageResponse.errors)).toBe(true);
      expect(answer.message_uuid.length).toBeGreaterThan(0);
    });
  }

  it('the raw openapi-fetch client sees the same 202 without violations', async () => {
    const { plivo } = recordingClient();
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
