import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const spec = JSON.parse(readFileSync(join(import.meta.dirname, '../../../generated/openapi.json'), 'utf8'));
const schemaRef = { $ref: '#/components/schemas/MessageStatusCallback' };

describe('the status callback in the spec', () => {
  const webhook = spec.webhooks.messageStatus;
  const callback = spec.paths['/v1/Account/{auth_id}/Message/'].post.callbacks?.messageStatus?.['{$request.body#/url}'];

  it('is tied to the send: a callback to {$request.body#/url}, the same path item as the webhook', () => {
    expect(callback).toBeDefined();
    expect(callback).toEqual(webhook);
  });

  it('declares the POST form and the GET query from the one MessageStatusCallback schema', () => {
    expect(webhook.post.requestBody.content['application/x-www-form-urlencoded'].schema).toEqual(schemaRef);
    const [query] = webhook.get.parameters.filter((parameter: { in: string }) => parameter.in === 'query');
    expect(query).toMatchObject({ in: 'query', style: 'form', explode: true, required: true, schema: schemaRef });
    expect(webhook.get.requestBody).toBeUndefined();
  });

  it('says how the send\'s method chooses between them and that the URL keeps its own query', () => {
    expect(webhook.get.description).toMatch(/`method` is `GET`/);
    expect(webhook.get.description).toContain('?tenant=1&MessageUUID=');
    expect(webhook.post.description).toMatch(/`method` is `POST` or absent/);
  });

  it('documents the signature headers once, for both methods', () => {
    expect(webhook.parameters.map((parameter: { name: string }) => parameter.name)).toEqual([
      'X-Plivo-Signature-V3', 'X-Plivo-Signature-Ma-V3', 'X-Plivo-Signature-V3-Nonce',
      'X-Plivo-Signature-V2', 'X-Plivo-Signature-Ma-V2', 'X-Plivo-Signature-V2-Nonce',
    ]);
  });
});
