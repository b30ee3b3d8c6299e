// The few OpenAPI shapes the comparison reads, and JSON pointer helpers over a bundled document.

import { valueAt } from '../../src/validation/given-value.js';
import { pointerOf } from '../../src/validation/json-pointer.js';

/** A JSON Schema as written in the spec: an object, or the boolean schemas `true` / `false`. */
export type Schema = boolean | SchemaObject;
/** A JSON Schema object; only the keywords the comparison reads are named. */
export interface SchemaObject {
  [keyword: string]: unknown;
  $ref?: string;
}

/** A bundled OpenAPI 3.1 document (one file, internal `$ref`s only), as `redocly bundle` writes it. */
export interface OpenApiDocument {
  [key: string]: unknown;
  paths?: Record<string, Record<string, unknown>>;
  webhooks?: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
}

/** HTTP methods an OpenAPI path item may hold operations for. */
export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** `base` extended by one JSON pointer token per argument, each escaped (`/` as `~1`, `~` as `~0`). */
export const pointer = (base: string, ...tokens: (string | number)[]): string => base + pointerOf(tokens);

/** The value at a JSON pointer (`''` is the whole document; a leading `#` is allowed), or undefined. */
export const at = (document: unknown, jsonPointer: string): unknown => valueAt(document, jsonPointer.replace(/^#/, ''));

/**
 * Follows `$ref`s (internal ones only: the document is bundled) until a node without one, returning the
 * node and the pointer it lives at. A chain that loops back ends where it loops.
 */
export function deref<T>(document: unknown, node: T, where: string): { node: T; where: string } {
  const seen = new Set<string>();
  let current: unknown = node;
  let location = where;
  while (current !== null && typeof current === 'object' && typeof (current as SchemaObject).$ref === 'string') {
    const ref = (current as SchemaObject).$ref as string;
    if (!ref.startsWith('#') || seen.has(ref)) break;
    seen.add(ref);
    location = ref.slice(1);
    current = at(document, ref);
  }
  return { node: current as T, where: location };
}

/** Keywords that describe a schema without constraining what it accepts. */
export const ANNOTATIONS = new Set([
  'title',
  'description',
  'example',
  'examples',
  'deprecated',
  'default',
  '$comment',
  'externalDocs',
  'readOnly',
  'writeOnly',
  'xml',
  'discriminator',
]);

/** `node` without annotations and `x-` extensions at any depth (property names are kept as they are). */
export function withoutAnnotations(node: unknown, parentKey?: string): unknown {
  if (Array.isArray(node)) return node.map((item) => withoutAnnotations(item));
  if (node === null || typeof node !== 'object') return node;
  const keepAll = parentKey === 'properties' || parentKey === 'patternProperties' || parentKey === '$defs';
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => keepAll || (!ANNOTATIONS.has(key) && !key.startsWith('x-')))
      .map(([key, value]) => [key, withoutAnnotations(value, key)]),
  );
}

/** Structural equality of two JSON values, ignoring key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** A JSON text of `value` with object keys sorted, so equal values give equal texts. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
