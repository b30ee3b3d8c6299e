// ajv validators compiled at check time from a bundled document: what a request body or a set of
// parameters must satisfy under one version of the spec.
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { type InstanceTarget } from './diff.js';
import { type OpenApiDocument, type SchemaObject, at, deref, pointer } from './openapi.js';

// Both packages are CommonJS with a `default` export, which Node's loader and tsx map differently.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as typeof Ajv2020Module.default;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as typeof addFormatsModule.default;

const DOCUMENT_ID = 'https://plivo-message-openapi.local/compared.json';

/** The schema a target's values must satisfy, with `$ref`s into `document` prefixed by `refPrefix`. */
export function targetSchema(document: OpenApiDocument, target: InstanceTarget, refPrefix = ''): SchemaObject | undefined {
  const op = at(document, target.operation.pointer) as Record<string, unknown> | undefined;
  if (!op) return undefined;
  if (target.exchange === 'requestBody') {
    const body = deref(document, op.requestBody, pointer(target.operation.pointer, 'requestBody'));
    const where = pointer(body.where, 'content', target.contentType ?? '', 'schema');
    return at(document, where) === undefined ? undefined : { $ref: `${refPrefix}#${where}` };
  }
  if (target.exchange === 'parameters') {
    // The path item's parameters, overridden by the operation's own: one object per location, closed
    // as the client's list query is, so a parameter that disappeared rejects an old query.
    const itemPointer = target.operation.pointer.slice(0, target.operation.pointer.lastIndexOf('/'));
    const properties: Record<string, SchemaObject> = {};
    const required: string[] = [];
    for (const base of [itemPointer, target.operation.pointer]) {
      const list = at(document, pointer(base, 'parameters'));
      if (!Array.isArray(list)) continue;
      list.forEach((raw, index) => {
        const { node, where } = deref(document, raw as SchemaObject, pointer(base, 'parameters', index));
        if (!node || node.in !== target.location || node.schema === undefined) return;
        const name = String(node.name);
        properties[name] = { $ref: `${refPrefix}#${pointer(where, 'schema')}` };
        if (node.required === true && !required.includes(name)) required.push(name);
      });
    }
    return { type: 'object', properties, required, additionalProperties: target.location === 'header' };
  }
  return undefined;
}

/** Compiles validators against one document; each target is compiled once. */
export class DocumentValidators {
  private readonly ajv;
  private readonly cache = new Map<string, ValidateFunction | undefined>();

  constructor(document: OpenApiDocument) {
    // Not strict: the document is an OpenAPI file, not a schema, and older specs may use keywords ajv
    // does not know; every format ajv-formats has is checked, whatever the spec declares.
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true, allowUnionTypes: true });
    addFormats(this.ajv);
    this.ajv.addSchema(document as object, DOCUMENT_ID);
    this.document = document;
  }

  private readonly document: OpenApiDocument;

  /** The validator of a target's values, or undefined when the document has no such target. */
  validator(target: InstanceTarget): ValidateFunction | undefined {
    const key = `${target.operation.pointer}|${target.exchange}|${target.location ?? ''}|${target.contentType ?? ''}`;
    if (!this.cache.has(key)) {
      const schema = targetSchema(this.document, target, DOCUMENT_ID);
      this.cache.set(key, schema === undefined ? undefined : this.ajv.compile(schema));
    }
    return this.cache.get(key);
  }
}

/** ajv's errors as `pointer: message` lines. */
export const describeErrors = (errors: ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).map((error) => `${error.instancePath || '(root)'}: ${error.message ?? error.keyword}`);
