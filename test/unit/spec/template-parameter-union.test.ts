import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWhatsAppTemplate } from '../../../generated/validators.js';
import { addFormats, Ajv2020 } from '../../support/fresh-ajv.js';

/**
 * The parameter schema before it became a discriminated union (one closed object, an if/then rule
 * per `type`), compiled here with the location schema it refers to.
 */
function ifThenParameter(): (value: unknown) => boolean {
  const spec = JSON.parse(readFileSync(join(import.meta.dirname, '../../../generated/openapi.json'), 'utf8')) as {
    components: { schemas: Record<string, unknown> };
  };
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/template-parameter-if-then.json'), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, strict: false, allowUnionTypes: true });
  addFormats(ajv, ['uri']);
  ajv.addSchema({ $id: 'https://old.local/schemas.json', components: { schemas: { WhatsAppLocation: spec.components.schemas.WhatsAppLocation } } });
  const withRefs = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"https://old.local/schemas.json#/components/schemas/')) as object;
  return ajv.compile(withRefs);
}

const TAGS = ['text', 'media', 'payload', 'currency', 'date_time', 'location'] as const;

/** Mostly values some parameter accepts, sometimes wrong ones. */
const mostly = <T, U>(valid: T[], wrong: U[]) => fc.oneof({ arbitrary: fc.constantFrom(...valid), weight: 4 }, { arbitrary: fc.constantFrom(...wrong), weight: 1 });

const stringValue = mostly(['Ana', 'https://example.com/a.png', null], ['', 7, 'not a url', { text: 'x' }]);
const currencyValue = mostly(
  [{ fallback_value: '$1.00', currency_code: 'USD', amount_1000: 1000 }, null],
  [
    { fallback_value: '$1.00', currency_code: 'usd', amount_1000: 1000 },
    { fallback_value: '', currency_code: 'USD', amount_1000: 1.5 },
    { fallback_value: '$1.00', currency_code: 'USD' },
    { fallback_value: '$1.00', currency_code: 'USD', amount_1000: 1000, extra: 1 },
    {},
    'USD',
    [],
  ],
);
const dateTimeValue = mostly([{ fallback_value: 'May 1' }, null], [{ fallback_value: '' }, { fallback_value: 'May 1', day: 1 }, {}, 'May 1']);
const locationValue = mostly(
  [{ latitude: '37.48', longitude: '-122.14' }, { latitude: '37.48', longitude: '-122.14', name: null, address: 'Somewhere' }, null],
  [{ latitude: 37.48, longitude: '-122.14' }, { latitude: '37.48' }, 'here'],
);

/** Parameter-like objects: each field absent, valid, null or wrong, with known and unknown tags. */
const parameterLike = fc.record(
  {
    type: mostly([...TAGS], ['TEXT', 'image', 3, null]),
    parameter_name: stringValue,
    text: stringValue,
    media: stringValue,
    payload: stringValue,
    currency: currencyValue,
    date_time: dateTimeValue,
    location: locationValue,
    extra: fc.constant(1),
  },
  { requiredKeys: [] },
);

/** Mostly well-formed parameters: a tag, usually its own field, sometimes others beside it. */
const tagged = fc
  .tuple(fc.constantFrom(...TAGS), parameterLike, stringValue, currencyValue, dateTimeValue, locationValue)
  .map(([type, rest, string, currency, dateTime, location]) => {
    const own = { text: string, media: string, payload: string, currency, date_time: dateTime, location }[type];
    const { extra: _extra, ...fields } = rest;
    return { ...fields, type, [type]: own };
  });

const inTemplate = (parameter: unknown) => ({ name: 'n', language: 'en', components: [{ type: 'body', parameters: [parameter] }] });

describe('WhatsAppTemplateParameter as a discriminated union', () => {
  it('accepts exactly what the if/then schema accepted', () => {
    const old = ifThenParameter();
    const verdicts = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(fc.oneof(parameterLike, { arbitrary: tagged, weight: 3 }), (parameter) => {
        const expected = old(parameter);
        verdicts[expected ? 'valid' : 'invalid'] += 1;
        expect(isWhatsAppTemplate(inTemplate(parameter))).toBe(expected);
      }),
      { numRuns: 4000, seed: 20261202 },
    );
    // Both verdicts must be well represented, or the agreement proves little.
    expect(verdicts.valid).toBeGreaterThan(400);
    expect(verdicts.invalid).toBeGreaterThan(1000);
  });

  it('accepts each kind with only its own field, and refuses it without', () => {
    const own = {
      text: 'Ana',
      media: 'https://example.com/a.png',
      payload: 'STOP',
      currency: { fallback_value: '$1.00', currency_code: 'USD', amount_1000: 1000 },
      date_time: { fallback_value: 'May 1' },
      location: { latitude: '37.48', longitude: '-122.14' },
    };
    for (const type of TAGS) {
      expect(isWhatsAppTemplate(inTemplate({ type, [type]: own[type] }))).toBe(true);
      expect(isWhatsAppTemplate(inTemplate({ type, [type]: null }))).toBe(false);
      expect(isWhatsAppTemplate(inTemplate({ type }))).toBe(false);
    }
  });
});
