import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { validateSendMessageRequest } from '../../src/index.js';
import { postToPrism } from '../support/prism-request.js';

interface SdkBody {
  name: string;
  sdk: 'python' | 'ruby' | 'go' | 'java' | 'dotnet' | 'node' | 'php';
  comment?: string;
  body: Record<string, unknown>;
}

const fixtures = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/sdk-bodies.json'), 'utf8')) as SdkBody[];

describe('bodies as the official SDKs serialise them', () => {
  it('cover every SDK', () => {
    expect(new Set(fixtures.map((f) => f.sdk))).toEqual(new Set(['python', 'ruby', 'go', 'java', 'dotnet', 'node', 'php']));
    expect(new Set(fixtures.map((f) => f.name)).size).toBe(fixtures.length);
  });

  for (const { name, body } of fixtures) {
    it(`${name}: Prism queues it and the client accepts it`, async () => {
      const prism = await postToPrism(inject('prismUrl'), body);
      expect(prism.violations).toEqual([]);
      expect(prism.status).toBe(202);
      const result = validateSendMessageRequest(body);
      expect(result.ok ? [] : result.issues).toEqual([]);
    });
  }
});
