import { inject, describe, expect, it } from 'vitest';
import { createPlivoClient } from '../../src/index.js';
import { sendBulk } from '../../src/bulk/send-bulk.js';
import { AUTH_ID } from '../support/fake-fetch.js';

describe('sendBulk against the Prism mock', () => {
  it('sends 2,500 recipients as three requests that each get a 202', async () => {
    const statuses: number[] = [];
    const fetch = async (request: Request) => {
      const response = await globalThis.fetch(request);
      statuses.push(response.status);
      return response;
    };
    const plivo = createPlivoClient({ authId: AUTH_ID, authToken: 'x', baseUrl: inject('prismUrl'), fetch });
    const dst = Array.from({ length: 2500 }, (_, i) => `+1 202 55${String(i).padStart(5, '0')}`);
    const result = await sendBulk(plivo, { src: '14155550100', dst, text: 'Store closes at 6 today' });
    expect(statuses).toEqual([202, 202, 202]);
    expect(result.failed).toEqual([]);
    expect(result.requests).toBe(3);
    expect(result.accepted.map((a) => a.dst.length)).toEqual([1000, 1000, 500]);
    for (const request of result.accepted) {
      expect(request.apiId).toEqual(expect.any(String));
      expect(request.messageUuids.length).toBeGreaterThan(0);
    }
    expect(result.invalid).toEqual([]);
  });
});
