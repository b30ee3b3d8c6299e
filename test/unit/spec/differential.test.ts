import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as all from '../../../generated/validators.js';
import { isSendMessageRequest } from '../../../generated/validators.js';
import { isSendMessageRequest as sendOnly } from '../../../generated/client-validators.js';
import { isMessageStatusCallback as callbackOnly } from '../../../generated/callback-validator.js';
import { freshValidator } from '../../support/fresh-ajv.js';
import { sendBodyArbitrary } from '../../support/send-bodies.js';
import { loadExamples } from '../../support/spec-examples.js';

// Params included: the generator rewrites how errors are built and prunes the schema literals that
// enum and type params are read from, so params must come out exactly as Ajv's own.
const errorKeys = (errors: Array<{ instancePath: string; keyword: string; schemaPath: string; params: unknown }> | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${e.schemaPath} ${JSON.stringify(e.params)}`).sort();

describe('standalone validators vs a freshly compiled Ajv', () => {
  it('agree exactly on 600 generated send bodies', () => {
    const fresh = freshValidator('SendMessageRequest');
    const verdicts = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(sendBodyArbitrary, (body) => {
        const expected = fresh(body);
        verdicts[expected ? 'valid' : 'invalid'] += 1;
        expect(isSendMessageRequest(body)).toBe(expected);
        // Errors exactly when the body is rejected: a valid body leaves none behind.
        expect((isSendMessageRequest.errors ?? []).length === 0).toBe(expected);
        expect(sendOnly(body)).toBe(expected);
        expect(errorKeys(isSendMessageRequest.errors)).toEqual(errorKeys(fresh.errors));
        expect(errorKeys(sendOnly.errors)).toEqual(errorKeys(fresh.errors));
      }),
      // Every kind of send, each `if`/`not` branch on both sides and each anyOf with none and with one branch passing: the
      // generator counts their failures without recording them (an anyOf records them in a second run when none passed).
      { numRuns: 600, seed: 20261123 },
    );
    // Both verdicts must be well represented, or the comparison proves little.
    expect(verdicts.valid).toBeGreaterThan(100);
    expect(verdicts.invalid).toBeGreaterThan(100);
  });
});

describe('every generated validator reports the same errors as a freshly compiled Ajv', () => {
  const cases: Array<[string, keyof typeof all, unknown[]]> = [
    ['SendMessageResponse', 'isSendMessageResponse', [{}, { api_id: 1, message: 'x', message_uuid: 'u', invalid_number: [2] }]],
    ['Message', 'isMessage', [{ message_uuid: 'u', message_direction: 'sideways', message_state: 'lost', message_type: 'fax', units: -1, is_domestic: 'yes', conversation_origin: 'x' }]],
    ['MessageList', 'isMessageList', [{ meta: { limit: 50, offset: -1, next: 3 }, objects: [{ message_state: 'x' }] }]],
    ['MessageMediaList', 'isMessageMediaList', [{ objects: [{ size: true }] }]],
    ['Error', 'isErrorBody', [{ api_id: 3 }, { error: 5 }]],
    ['MessageStatusCallback', 'isMessageStatusCallback', [{ Status: 'x', Units: 'one', Type: 'fax', ConversationOrigin: 'y', Extra: 1 }]],
    // Nullable references given wrong values, a missing or unknown discriminator tag, a branch missing its own field.
    [
      'WhatsAppTemplate',
      'isWhatsAppTemplate',
      [
        {
          name: 'n',
          language: 'en',
          components: [
            { type: 'body', parameters: [{ type: 'text', text: 'a', currency: {}, date_time: 'x', location: { latitude: 1 } }, { type: 'currency', currency: null }, { type: 'foo' }, {}, { type: 5 }] },
            { type: 'header', parameters: [{ type: 'location', location: { latitude: '1', longitude: '2' }, date_time: { fallback_value: '' } }, { type: 'media' }] },
          ],
        },
      ],
    ],
    ['WhatsAppInteractive', 'isWhatsAppInteractive', [{ type: 'button', header: { type: 'video' }, body: {}, action: { buttons: [{}], sections: [{}] } }]],
  ];
  for (const [schema, name, bodies] of cases) {
    it(`${name}`, () => {
      const fresh = freshValidator(schema);
      const generated = all[name] as (data: unknown) => boolean;
      for (const body of bodies) {
        expect(generated(body)).toBe(false);
        expect(fresh(body)).toBe(false);
        expect(errorKeys((generated as unknown as { errors: never }).errors)).toEqual(errorKeys(fresh.errors));
      }
    });
  }
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value`, the root included. */
function pathsOf(value: Json, at: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return [at, ...value.flatMap((item, i) => pathsOf(item, [...at, i]))];
  if (value !== null && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...at, key]))];
  return [at];
}

/** `value` with the value at `path` replaced (or, for `undefined`, deleted), copied along the path only. */
function replaced(value: Json, path: ReadonlyArray<string | number>, next: Json | undefined): Json | undefined {
  const [head, ...rest] = path;
  if (head === undefined) return next;
  if (Array.isArray(value)) {
    const copy = [...value];
    const item = replaced(copy[head as number] ?? null, rest, next);
    if (item === undefined) copy.splice(head as number, 1);
    else copy[head as number] = item;
    return copy;
  }
  if (value === null || typeof value !== 'object') return value;
  const copy = { ...value };
  const item = replaced(copy[head as string] ?? null, rest, next);
  if (item === undefined) delete copy[head as string];
  else copy[head as string] = item;
  return copy;
}

// Values that cross the spec's type, enum, length, pattern and range boundaries.
const replacement = fc.oneof(
  fc.constantFrom<Json | undefined>(undefined, null, true, 0, -1, 5, 10801, 1.5, '', 'x', '0', 'USD', 'usd', 'text', 'media', 'https://example.com/a.png', 'not a url', [], {}, [null], { extra: 1 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

describe('every generated validator agrees with a freshly compiled Ajv on mutated spec examples', () => {
  const seeds: Array<[string, keyof typeof all, string]> = [
    ['SendMessageRequest', 'isSendMessageRequest', 'send-'],
    ['SendMessageResponse', 'isSendMessageResponse', 'response-send-'],
    ['Message', 'isMessage', 'response-message.json'],
    ['MessageList', 'isMessageList', 'response-message-list'],
    ['MessageMediaList', 'isMessageMediaList', 'response-message-media'],
    ['MessageStatusCallback', 'isMessageStatusCallback', 'callback-'],
  ];
  for (const [schema, name, prefix] of seeds) {
    it(name, () => {
      const fresh = freshValidator(schema);
      const generated = all[name] as ((data: unknown) => boolean) & { errors?: Parameters<typeof errorKeys>[0] };
      const examples = loadExamples(prefix).map((example) => example.value as Json);
      expect(examples.length).toBeGreaterThan(0);
      const mutated = fc
        .tuple(fc.constantFrom(...examples), fc.array(fc.tuple(fc.nat(), replacement), { minLength: 1, maxLength: 3 }))
        .map(([example, edits]) =>
          edits.reduce<Json>((value, [pick, next]) => {
            const paths = pathsOf(value);
            return replaced(value, paths[pick % paths.length] ?? [], next) ?? null;
          }, example),
        );
      let invalid = 0;
      fc.assert(
        fc.property(mutated, (value) => {
          const expected = fresh(value);
          if (!expected) invalid += 1;
          expect(generated(value)).toBe(expected);
          expect(errorKeys(generated.errors)).toEqual(errorKeys(fresh.errors));
        }),
        { numRuns: 1500, seed: 20261202 },
      );
      expect(invalid).toBeGreaterThan(300);
    });
  }
});

describe('one compiled copy', () => {
  it('serves the client and callback entries', () => {
    expect(sendOnly).toBe(isSendMessageRequest);
    expect(callbackOnly).toBe(all.isMessageStatusCallback);
  });
});
