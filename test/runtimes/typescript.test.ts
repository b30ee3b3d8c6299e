import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { prepareConsumer, type Consumer } from './support/consumer.js';
import { compileInConsumer, DEV_DEPENDENCIES, PROJECT_TSC } from './support/tsc.js';

// TypeScript consumers of the installed tarball: strict, with both module resolutions users pick, with
// and without @types/node (then with the DOM lib, as in a browser or worker project), compiled by the
// project's TypeScript and by the newest major users install (7, the native compiler). In each, the
// correct code compiles and a misspelt field of the send body is an error, and nothing else is.

const OK = `import { createPlivoClient, countSegments, PlivoConnectionError, PlivoValidationError, sendBulk, type SendMessageRequest } from 'plivo-message-openapi';
import { verifyRequest, signCallbackV3, type MessageStatusCallback } from 'plivo-message-openapi/webhooks';
import { parseDestinations } from 'plivo-message-openapi/phone';
import { isSendMessageRequest } from 'plivo-message-openapi/validators';
import type { components, paths } from 'plivo-message-openapi/schema';
import spec from 'plivo-message-openapi/openapi.json' with { type: 'json' };

const plivo = createPlivoClient({ authId: 'MAXXXXXXXXXXXXXXXXXX', authToken: 'token', baseUrl: 'http://127.0.0.1:4010' });
// An option read from the environment or a config file may be unset; undefined means the default.
declare const configured: string | undefined;
export const fromConfig = createPlivoClient({ authId: configured, authToken: configured, timeoutMs: undefined });
const body: SendMessageRequest = { src: '14155550100', dst: '14155550123', type: 'mms', text: 'Boarding pass', media_urls: ['https://example.com/pass.png'] };
const template: components['schemas']['SendMessageRequest'] = { src: '14155550100', dst: '14155550123', type: 'whatsapp', template: { name: 'order_update', language: 'en_US' } };
type SendBody = NonNullable<paths['/v1/Account/{auth_id}/Message/']['post']['requestBody']>['content']['application/json'];
const same: SendBody = body;

export async function main(request: Request): Promise<Array<string | number | boolean>> {
  try {
    const { message_uuid } = await plivo.messages.send(template);
    const bulk = await sendBulk(plivo, { ...same, dst: parseDestinations(['14155550123', '14155550124']).valid });
    const verified = await verifyRequest(request, { authToken: 'token' });
    const callback: MessageStatusCallback | undefined = verified.ok ? verified.callback : undefined;
    const signature: string = await signCallbackV3({ url: request.url, method: 'POST', params: { Status: 'delivered' }, nonce: '1', authToken: 'token' });
    return [...message_uuid, bulk.acceptedRecipients, countSegments('Hi').segments, callback?.Status ?? '', signature, isSendMessageRequest(body), spec.openapi];
  } catch (error) {
    if (error instanceof PlivoValidationError) return error.issues.map((issue) => issue.path);
    if (error instanceof PlivoConnectionError) return [error.maybeSent];
    throw error;
  }
}
`;

const TYPO = `import { createPlivoClient } from 'plivo-message-openapi';

const plivo = createPlivoClient({ authId: 'MAXXXXXXXXXXXXXXXXXX', authToken: 'token' });
export const sent = plivo.messages.send({ src: '14155550100', dst: '14155550123', type: 'mms', media_url: 'https://example.com/a.png' });
`;

const VARIANTS = [
  { name: 'moduleResolution bundler, without @types/node', module: 'ESNext', moduleResolution: 'bundler', types: [], lib: ['ES2022', 'DOM'] },
  { name: 'moduleResolution bundler, with @types/node', module: 'ESNext', moduleResolution: 'bundler', types: ['node'], lib: ['ES2022'] },
  { name: 'moduleResolution NodeNext, without @types/node', module: 'NodeNext', moduleResolution: 'NodeNext', types: [], lib: ['ES2022', 'DOM'] },
  { name: 'moduleResolution NodeNext, with @types/node', module: 'NodeNext', moduleResolution: 'NodeNext', types: ['node'], lib: ['ES2022'] },
] as const;

const TYPES_NODE = DEV_DEPENDENCIES['@types/node'];
/** TypeScript 7, installed into the consumer from npm: the project itself stays on 5.x. */
const TYPESCRIPT_7 = '7.0.2';
const COMPILERS = [
  { name: `TypeScript ${DEV_DEPENDENCIES.typescript ?? '5'}`, tsc: PROJECT_TSC },
  { name: `TypeScript ${TYPESCRIPT_7}`, tsc: (consumer: Consumer) => join(consumer.dir, 'node_modules/typescript/bin/tsc') },
] as const;

/** Compiles ok.ts and typo.ts under one variant with one compiler; returns tsc's diagnostics, one per line. */
function compile(consumer: Consumer, variant: (typeof VARIANTS)[number], index: number, tsc: string): Promise<string[]> {
  const { module, moduleResolution, lib, types } = variant;
  return compileInConsumer(consumer, tsc, `tsconfig.${index}.json`, { module, moduleResolution, lib, types, resolveJsonModule: true }, ['ok.ts', 'typo.ts']);
}

describe('TypeScript consumers (strict, skipLibCheck false)', () => {
  const diagnostics = new Map<string, string[]>();
  const key = (compiler: number, variant: number) => `${compiler}/${variant}`;

  beforeAll(async () => {
    const consumer = await prepareConsumer('typescript', inject('tarball'), [`@types/node@${TYPES_NODE ?? '20'}`, `typescript@${TYPESCRIPT_7}`]);
    writeFileSync(join(consumer.dir, 'ok.ts'), OK);
    writeFileSync(join(consumer.dir, 'typo.ts'), TYPO);
    for (const [c, compiler] of COMPILERS.entries()) {
      const tsc = typeof compiler.tsc === 'string' ? compiler.tsc : compiler.tsc(consumer);
      // Four compiles at once: each waits on the disk as much as on the CPU.
      await Promise.all(VARIANTS.map(async (variant, v) => diagnostics.set(key(c, v), await compile(consumer, variant, v, tsc))));
    }
  }, 300_000);

  for (const [c, compiler] of COMPILERS.entries()) for (const [v, variant] of VARIANTS.entries()) {
    it(`${compiler.name}, ${variant.name}: the correct code compiles, the typo media_url is the only error`, () => {
      const errors = diagnostics.get(key(c, v)) ?? [];
      expect(errors.filter((line) => !line.startsWith('typo.ts(4,')), 'errors outside the typo').toEqual([]);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/error TS(2353|2561): .*'media_url'/);
    });
  }
});
