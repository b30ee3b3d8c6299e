// fast-check arbitraries read off a JSON Schema: values shaped like what the schema describes, with its
// bounds as likely lengths and sizes. Not every value satisfies every rule (cross-field `if`/`then`
// rules are not solved); the evidence search keeps only those the old validator accepts.
import fc from 'fast-check';
import { type OpenApiDocument, type Schema, type SchemaObject, deref } from './openapi.js';

const MAX_DEPTH = 6;
const SIMPLE = ['type', 'enum', 'const', 'properties', 'items', '$ref'];

/** The same schema with refs written as `<document id>#/...` read as `#/...`. */
function resolve(document: OpenApiDocument, schema: Schema): Schema {
  let node: Schema = schema;
  for (let hops = 0; hops < 32 && typeof node === 'object' && typeof node.$ref === 'string'; hops += 1) {
    const ref = node.$ref;
    const local = ref.slice(ref.indexOf('#'));
    const next = deref(document, { $ref: local } as SchemaObject, '').node as Schema | undefined;
    if (next === undefined) break;
    node = next;
  }
  return node;
}

const stringArbitrary = (schema: SchemaObject): fc.Arbitrary<string> => {
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  // Unbounded strings still reach a few thousand characters, so a new maxLength is caught.
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : minLength + 5000;
  const options: fc.Arbitrary<string>[] = [
    fc.string({ minLength, maxLength: Math.min(maxLength, minLength + 24) }),
    // Integer arbitraries favour their bounds, so lengths at the edges of the old range come up often.
    fc.integer({ min: minLength, max: maxLength }).map((length) => 'x'.repeat(length)),
  ];
  if (typeof schema.pattern === 'string') {
    try {
      options.unshift(fc.stringMatching(new RegExp(schema.pattern, 'u')));
    } catch {
      // A pattern fast-check cannot read: the other generators still apply.
    }
  }
  if (schema.format === 'uri' || schema.format === 'url') options.unshift(fc.webUrl());
  return fc.oneof(...options);
};

function numberArbitrary(schema: SchemaObject, integer: boolean): fc.Arbitrary<number> {
  const lower = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + (integer ? 1 : 1e-6) : -1_000_000;
  const upper = typeof schema.maximum === 'number' ? schema.maximum : typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum - (integer ? 1 : 1e-6) : 1_000_000;
  if (integer) return fc.integer({ min: Math.ceil(lower), max: Math.floor(upper) });
  return fc.oneof(fc.integer({ min: Math.ceil(lower), max: Math.floor(upper) }), fc.double({ min: lower, max: upper, noNaN: true, noDefaultInfinity: true }));
}

function objectArbitrary(document: OpenApiDocument, schema: SchemaObject, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  const fields = Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, arbitraryFor(document, property, depth + 1)]));
  for (const name of required) fields[name] ??= fc.jsonValue({ maxDepth: 1 });
  const record = fc.record(fields, { requiredKeys: required.filter((name) => name in fields) });
  if (schema.additionalProperties === false) return record;
  const extra = schema.additionalProperties === undefined || schema.additionalProperties === true ? fc.string() : arbitraryFor(document, schema.additionalProperties as Schema, depth + 1);
  return fc.tuple(record, fc.option(extra, { freq: 4 })).map(([value, more]) => (more === null ? value : { ...value, [EXTRA_FIELD]: more }));
}

/** The name given to a field the schema does not declare. */
export const EXTRA_FIELD = 'extra_field';

/**
 * Values shaped by `schema` (refs resolved in `document`): constants and enums as they are, strings
 * within the length bounds (and matching the pattern when fast-check can read it), numbers within the
 * range, arrays within the item bounds, objects with every required field and some optional ones.
 */
export function arbitraryFor(document: OpenApiDocument, raw: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const schema = raw === undefined ? true : resolve(document, raw);
  if (schema === true) return fc.jsonValue({ maxDepth: 2 });
  if (schema === false) return fc.constant(undefined);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return fc.constantFrom(...(schema.enum as unknown[]));
  const branches = [...(Array.isArray(schema.oneOf) ? schema.oneOf : []), ...(Array.isArray(schema.anyOf) ? schema.anyOf : [])] as Schema[];
  // Branches that are whole schemas (not constraints such as `{required: [...]}` on the parent's fields).
  if (branches.length > 0 && !SIMPLE.some((keyword) => keyword in schema)) {
    return fc.oneof(...branches.map((branch) => arbitraryFor(document, branch, depth + 1)));
  }
  if (Array.isArray(schema.allOf) && !SIMPLE.some((keyword) => keyword in schema) && schema.allOf.length > 0) {
    return arbitraryFor(document, schema.allOf[0] as Schema, depth + 1);
  }
  const declared = schema.type === undefined ? undefined : Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
  const types = declared ?? (schema.properties ? ['object'] : schema.items ? ['array'] : undefined);
  if (types === undefined) return fc.jsonValue({ maxDepth: 2 });
  return fc.oneof(
    ...types.map((type): fc.Arbitrary<unknown> => {
      switch (type) {
        case 'null':
          return fc.constant(null);
        case 'boolean':
          return fc.boolean();
        case 'integer':
          return numberArbitrary(schema, true);
        case 'number':
          return numberArbitrary(schema, false);
        case 'string':
          return stringArbitrary(schema);
        case 'array': {
          if (depth > MAX_DEPTH) return fc.constant([]);
          const minItems = typeof schema.minItems === 'number' ? schema.minItems : 0;
          const maxItems = typeof schema.maxItems === 'number' ? schema.maxItems : minItems + 4;
          const items = arbitraryFor(document, schema.items as Schema | undefined, depth + 1);
          return fc.integer({ min: minItems, max: Math.min(maxItems, minItems + 12) }).chain((length) => fc.array(items, { minLength: length, maxLength: length }));
        }
        default:
          return depth > MAX_DEPTH ? fc.constant({}) : objectArbitrary(document, schema, depth);
      }
    }),
  );
}
