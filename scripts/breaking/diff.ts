// Structural comparison of two bundled OpenAPI 3.1 documents: every operation, parameter, request
// body, response and callback, and every schema they reach, keyword by keyword.
//
// Why not an existing diff tool: oasdiff (Go) is not on npm; the npm ones were tried on this spec.
// openapi-diff 0.24 refuses 3.1 documents ("Swagger Parser only supports versions 3.0.x");
// api-smart-diff 1.0.6 reads them but calls a removed response field and a response field that
// became nullable non-breaking, reports nothing for a value added to a `$ref`'d enum used in
// responses, and does not treat webhook payloads as responses. The rules below are the issue's.
import { ANNOTATIONS, METHODS, type OpenApiDocument, type Schema, type SchemaObject, deref, pointer, sameJson, withoutAnnotations } from './openapi.js';

/**
 * Which way data flows for the schema that changed. `request`: written by the API's user (a body or
 * parameters sent to Plivo, or the answer to a callback), so narrowing it breaks senders. `response`:
 * written by Plivo (a response or a callback payload), so widening it breaks the code that parses it.
 */
export type Side = 'request' | 'response';

/** How the set of accepted values moved: fewer, more, both (or unknown), a field gone, a field added. */
export type Direction = 'narrower' | 'wider' | 'changed' | 'removed' | 'added';

/** An operation in one of the document's sections (`paths`, `webhooks`, or a callback under an operation). */
export interface OperationRef {
  /** JSON pointer of the operation object. */
  pointer: string;
  /** HTTP method, lower case. */
  method: string;
  /** `POST /v1/Account/{auth_id}/Message/ (sendMessage)` or `webhook messageStatus POST`. */
  label: string;
}

/** Where in an exchange a schema's values travel: what the evidence search needs to build an instance. */
export interface InstanceTarget {
  operation: OperationRef;
  /** The request body, the operation's parameters (`query`, `path`, `header`), or a response body. */
  exchange: 'requestBody' | 'parameters' | 'responseBody';
  /** For parameters: where they travel. */
  location?: 'query' | 'path' | 'header' | 'cookie';
  contentType?: string;
  /** JSON pointer inside the body, or inside the object of all parameters of `location`. */
  instancePath: string;
}

/** One difference between the two documents. */
export interface Change {
  /** JSON pointer of what changed: in the new document, or in the old one when it was removed. */
  pointer: string;
  /** JSON pointer, in the old document, of the schema whose accepted values changed (schema changes only). */
  oldSchemaPointer?: string;
  side: Side;
  breaking: boolean;
  direction: Direction;
  /** The keyword or element that changed: `enum`, `required`, `maxLength`, `operation`, `parameter`... */
  rule: string;
  /** One sentence for people. */
  message: string;
  /** The operation the change was first reached from. */
  operation: OperationRef;
  /** Every place the affected values travel (one per use of a shared schema); empty for operations. */
  targets: InstanceTarget[];
  /** The field a `required` / property change is about. */
  property?: string;
}

/** Keywords compared one by one below; any other validation keyword is compared as a whole. */
const HANDLED = new Set([
  '$ref', 'type', 'enum', 'const', 'required', 'properties', 'additionalProperties', 'items', 'anyOf', 'oneOf', 'allOf',
  'if', 'then', 'else', 'not', 'pattern', 'format', 'multipleOf',
  'minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties',
]);
const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const;

/** Whether a change moving accepted values in `direction` breaks users on `side`. */
export function breaks(side: Side, direction: Direction): boolean {
  if (direction === 'changed' || direction === 'removed') return true;
  if (direction === 'added') return false;
  return side === 'request' ? direction === 'narrower' : direction === 'wider';
}

const asObject = (schema: Schema | undefined): SchemaObject =>
  schema === undefined || schema === true ? {} : schema === false ? { not: {} } : schema;
const typesOf = (schema: SchemaObject): Set<string> | undefined =>
  schema.type === undefined ? undefined : new Set(Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string]);
const enumOf = (schema: SchemaObject): unknown[] | undefined =>
  'const' in schema ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : undefined;
const show = (values: unknown[]): string => values.map((value) => JSON.stringify(value)).join(', ');
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

interface Context {
  side: Side;
  operation: OperationRef;
  target: Omit<InstanceTarget, 'instancePath'>;
  instancePath: string;
}

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

/** Walks both documents side by side and collects every change. */
class Comparison {
  readonly changes: Change[] = [];
  private readonly byIdentity = new Map<string, Change>();
  /** Schema pairs being compared right now (a recursive schema stops where it recurs). */
  private readonly active = new Set<string>();
  /** How many uses of each schema pair were compared: each use is a place to look for evidence. */
  private readonly uses = new Map<string, number>();

  constructor(
    private readonly before: OpenApiDocument,
    private readonly after: OpenApiDocument,
  ) {}

  run(): Change[] {
    for (const section of ['paths', 'webhooks'] as const) {
      const oldSection = this.before[section] ?? {};
      const newSection = this.after[section] ?? {};
      for (const key of unionKeys(oldSection, newSection)) {
        const where = pointer(`/${section}`, key);
        const prefix = section === 'webhooks' ? `webhook ${key}` : key;
        this.pathItem(oldSection[key], newSection[key], where, where, prefix, section === 'webhooks');
      }
    }
    return this.changes;
  }

  /** `swapped`: the item's requests are sent by Plivo (webhooks, callbacks), so their sides are reversed. */
  private pathItem(oldRaw: unknown, newRaw: unknown, oldWhere: string, newWhere: string, prefix: string, swapped: boolean): void {
    const oldItem = deref(this.before, oldRaw, oldWhere);
    const newItem = deref(this.after, newRaw, newWhere);
    for (const method of METHODS) {
      const oldOp = isObject(oldItem.node) ? oldItem.node[method] : undefined;
      const newOp = isObject(newItem.node) ? newItem.node[method] : undefined;
      if (oldOp === undefined && newOp === undefined) continue;
      const op = (isObject(newOp) ? newOp : oldOp) as Record<string, unknown>;
      const id = typeof op.operationId === 'string' ? ` (${op.operationId})` : '';
      const label = swapped && prefix.startsWith('webhook ') ? `${prefix} ${method.toUpperCase()}${id}` : `${method.toUpperCase()} ${prefix}${id}`;
      const operation: OperationRef = { pointer: pointer(newOp === undefined ? oldItem.where : newItem.where, method), method, label };
      const side: Side = swapped ? 'response' : 'request';
      if (newOp === undefined) {
        this.add({ pointer: operation.pointer, side, breaking: true, direction: 'removed', rule: 'operation', message: `operation ${label} removed`, operation });
      } else if (oldOp === undefined) {
        this.add({ pointer: operation.pointer, side, breaking: false, direction: 'added', rule: 'operation', message: `new operation ${label}`, operation });
      } else {
        this.operation(oldItem.node as Record<string, unknown>, newItem.node as Record<string, unknown>, oldOp as Record<string, unknown>, newOp as Record<string, unknown>, pointer(oldItem.where, method), operation, swapped);
      }
    }
  }

  private operation(
    oldItem: Record<string, unknown>,
    newItem: Record<string, unknown>,
    oldOp: Record<string, unknown>,
    newOp: Record<string, unknown>,
    oldWhere: string,
    operation: OperationRef,
    swapped: boolean,
  ): void {
    const sent: Side = swapped ? 'response' : 'request';
    const received: Side = swapped ? 'request' : 'response';
    this.parameters(this.parametersOf(this.before, oldItem, oldOp), this.parametersOf(this.after, newItem, newOp), operation, sent);
    this.requestBody(oldOp.requestBody, newOp.requestBody, pointer(oldWhere, 'requestBody'), pointer(operation.pointer, 'requestBody'), operation, sent);
    this.responses(oldOp.responses, newOp.responses, pointer(oldWhere, 'responses'), pointer(operation.pointer, 'responses'), operation, received);
    const oldCallbacks = isObject(oldOp.callbacks) ? oldOp.callbacks : {};
    const newCallbacks = isObject(newOp.callbacks) ? newOp.callbacks : {};
    for (const name of unionKeys(oldCallbacks, newCallbacks)) {
      const oldCallback = deref(this.before, oldCallbacks[name], pointer(oldWhere, 'callbacks', name)).node;
      const newCallback = deref(this.after, newCallbacks[name], pointer(operation.pointer, 'callbacks', name)).node;
      const oldExpressions = isObject(oldCallback) ? oldCallback : {};
      const newExpressions = isObject(newCallback) ? newCallback : {};
      for (const expression of unionKeys(oldExpressions, newExpressions)) {
        this.pathItem(
          oldExpressions[expression],
          newExpressions[expression],
          pointer(oldWhere, 'callbacks', name, expression),
          pointer(operation.pointer, 'callbacks', name, expression),
          `callback ${name} ${expression}`,
          !swapped,
        );
      }
    }
  }

  /** Path-item parameters overridden by the operation's own, keyed by location and name. */
  private parametersOf(document: OpenApiDocument, item: Record<string, unknown>, op: Record<string, unknown>): Map<string, { parameter: Parameter; where: string }> {
    const found = new Map<string, { parameter: Parameter; where: string }>();
    const collect = (list: unknown, base: string): void => {
      if (!Array.isArray(list)) return;
      list.forEach((raw, index) => {
        const { node, where } = deref(document, raw as Parameter, pointer(base, 'parameters', index));
        if (!isObject(node)) return;
        const name = node.in === 'header' ? String(node.name).toLowerCase() : String(node.name);
        found.set(`${String(node.in)}:${name}`, { parameter: node, where });
      });
    };
    collect(item.parameters, '');
    collect(op.parameters, '');
    return found;
  }

  private parameters(
    before: Map<string, { parameter: Parameter; where: string }>,
    after: Map<string, { parameter: Parameter; where: string }>,
    operation: OperationRef,
    side: Side,
  ): void {
    for (const key of new Set([...before.keys(), ...after.keys()])) {
      const old = before.get(key);
      const now = after.get(key);
      const { parameter } = (now ?? old)!;
      const label = `${parameter.in} parameter ${parameter.name}`;
      // The parameter as a field of the object of all parameters sent in the same place.
      const place = { targets: [{ operation, exchange: side === 'request' ? 'parameters' : 'responseBody', location: parameter.in, instancePath: '' } as const], property: parameter.name };
      if (old && !now) {
        this.add({ pointer: old.where, side, breaking: true, direction: 'removed', rule: 'parameter', message: `${label} removed`, operation, ...place });
        continue;
      }
      if (!old && now) {
        const breaking = side === 'request' && now.parameter.required === true;
        this.add({ pointer: now.where, side, breaking, direction: breaking ? 'narrower' : 'added', rule: 'parameter', message: `new ${now.parameter.required ? 'required' : 'optional'} ${label}`, operation, ...place });
        continue;
      }
      if (!old || !now) continue;
      if (Boolean(old.parameter.required) !== Boolean(now.parameter.required)) {
        const direction: Direction = now.parameter.required ? 'narrower' : 'wider';
        this.add({ pointer: pointer(now.where, 'required'), side, breaking: breaks(side, direction), direction, rule: 'required', message: `${label} became ${now.parameter.required ? 'required' : 'optional'}`, operation, ...place });
      }
      if (old.parameter.schema !== undefined || now.parameter.schema !== undefined) {
        this.schema(old.parameter.schema, now.parameter.schema, pointer(old.where, 'schema'), pointer(now.where, 'schema'), {
          side,
          operation,
          target: { operation, exchange: side === 'request' ? 'parameters' : 'responseBody', location: now.parameter.in },
          instancePath: pointer('', now.parameter.name),
        });
      }
    }
  }

  private requestBody(oldRaw: unknown, newRaw: unknown, oldWhere: string, newWhere: string, operation: OperationRef, side: Side): void {
    if (oldRaw === undefined && newRaw === undefined) return;
    const old = deref(this.before, oldRaw, oldWhere);
    const now = deref(this.after, newRaw, newWhere);
    if (!isObject(now.node)) {
      this.add({ pointer: old.where, side, breaking: true, direction: 'removed', rule: 'requestBody', message: 'request body removed', operation });
      return;
    }
    if (!isObject(old.node)) {
      const breaking = side === 'request' && now.node.required === true;
      this.add({ pointer: now.where, side, breaking, direction: breaking ? 'narrower' : 'added', rule: 'requestBody', message: `new ${now.node.required ? 'required' : 'optional'} request body`, operation });
      return;
    }
    if (Boolean(old.node.required) !== Boolean(now.node.required)) {
      const direction: Direction = now.node.required ? 'narrower' : 'wider';
      this.add({ pointer: pointer(now.where, 'required'), side, breaking: breaks(side, direction), direction, rule: 'required', message: `request body became ${now.node.required ? 'required' : 'optional'}`, operation });
    }
    this.content(old.node.content, now.node.content, pointer(old.where, 'content'), pointer(now.where, 'content'), operation, side, side === 'request' ? 'requestBody' : 'responseBody');
  }

  private responses(oldRaw: unknown, newRaw: unknown, oldWhere: string, newWhere: string, operation: OperationRef, side: Side): void {
    const before = isObject(oldRaw) ? oldRaw : {};
    const after = isObject(newRaw) ? newRaw : {};
    for (const status of unionKeys(before, after)) {
      const old = deref(this.before, before[status], pointer(oldWhere, status));
      const now = deref(this.after, after[status], pointer(newWhere, status));
      if (!isObject(now.node)) {
        this.add({ pointer: old.where, side, breaking: false, direction: 'narrower', rule: 'response', message: `response ${status} no longer documented`, operation });
      } else if (!isObject(old.node)) {
        // A new success shape is something callers must now parse; a new error status is already possible over HTTP.
        const success = /^2|^default$/.test(status);
        this.add({ pointer: now.where, side, breaking: side === 'response' && success, direction: 'wider', rule: 'response', message: `new response ${status}`, operation });
      } else {
        this.content(old.node.content, now.node.content, pointer(old.where, 'content'), pointer(now.where, 'content'), operation, side, side === 'request' ? 'requestBody' : 'responseBody');
      }
    }
  }

  private content(oldRaw: unknown, newRaw: unknown, oldWhere: string, newWhere: string, operation: OperationRef, side: Side, exchange: InstanceTarget['exchange']): void {
    const before = isObject(oldRaw) ? oldRaw : {};
    const after = isObject(newRaw) ? newRaw : {};
    for (const contentType of unionKeys(before, after)) {
      const old = before[contentType];
      const now = after[contentType];
      if (!isObject(now)) {
        this.add({ pointer: pointer(oldWhere, contentType), side, breaking: true, direction: 'removed', rule: 'content', message: `content type ${contentType} removed`, operation });
      } else if (!isObject(old)) {
        // Senders keep using the old types; readers may now get a representation they do not parse.
        this.add({ pointer: pointer(newWhere, contentType), side, breaking: side === 'response', direction: side === 'response' ? 'wider' : 'added', rule: 'content', message: `new content type ${contentType}`, operation });
      } else if (old.schema !== undefined || now.schema !== undefined) {
        this.schema(old.schema as Schema | undefined, now.schema as Schema | undefined, pointer(oldWhere, contentType, 'schema'), pointer(newWhere, contentType, 'schema'), {
          side,
          operation,
          target: { operation, exchange, contentType },
          instancePath: '',
        });
      }
    }
  }

  /** Compares two schemas that validate the same values; `oldWhere` / `newWhere` are their pointers. */
  schema(oldRaw: Schema | undefined, newRaw: Schema | undefined, oldWhere: string, newWhere: string, context: Context): void {
    const oldResolved = deref(this.before, oldRaw, oldWhere);
    const newResolved = deref(this.after, newRaw, newWhere);
    const key = `${context.side}|${oldResolved.where}|${newResolved.where}`;
    const uses = this.uses.get(key) ?? 0;
    if (this.active.has(key) || uses >= MAX_USES) return;
    this.uses.set(key, uses + 1);
    this.active.add(key);
    try {
      this.schemaPair(oldResolved, newResolved, context);
    } finally {
      this.active.delete(key);
    }
  }

  private schemaPair(oldResolved: { node: Schema | undefined; where: string }, newResolved: { node: Schema | undefined; where: string }, context: Context): void {
    const folded = { old: foldNullable(this.before, asObject(oldResolved.node), oldResolved.where), now: foldNullable(this.after, asObject(newResolved.node), newResolved.where) };
    const old = folded.old.node;
    const now = folded.now.node;
    const at = { old: folded.old.where, now: folded.now.where };
    const report = (direction: Direction, rule: string, message: string, where: string = pointer(at.now, rule), property?: string): void => {
      this.schemaChange(context, at.old, { direction, rule, message, pointer: where, ...(property === undefined ? {} : { property }) });
    };

    if (this.unwrapped(old, now, at, context)) return;
    this.types(old, now, report);
    this.enums(old, now, report);
    this.bounds(old, now, report);
    for (const keyword of ['pattern', 'format', 'multipleOf'] as const) {
      const a = old[keyword];
      const b = now[keyword];
      if (sameJson(a, b)) continue;
      if (a === undefined) report('narrower', keyword, `new ${keyword} ${JSON.stringify(b)}`);
      else if (b === undefined) report('wider', keyword, `${keyword} ${JSON.stringify(a)} dropped`);
      else report('changed', keyword, `${keyword} ${JSON.stringify(a)} became ${JSON.stringify(b)}`);
    }
    this.objects(old, now, at, context, report);
    if (old.items !== undefined || now.items !== undefined) {
      this.schema(old.items as Schema | undefined, now.items as Schema | undefined, pointer(at.old, 'items'), pointer(at.now, 'items'), { ...context, instancePath: pointer(context.instancePath, 0) });
    }
    this.combinators(old, now, at, context, report);
    this.conditionals(old, now, at, context, report);
    for (const keyword of unionKeys(old, now)) {
      if (HANDLED.has(keyword) || ANNOTATIONS.has(keyword) || keyword.startsWith('x-') || keyword.startsWith('$')) continue;
      if (!sameJson(withoutAnnotations(old[keyword]), withoutAnnotations(now[keyword]))) report('changed', keyword, `${keyword} changed`);
    }
  }

  /**
   * `X` became `oneOf: [X, {type: 'null'}]` (or the reverse): compare X with X and report the other
   * alternatives alone, instead of every keyword of X as dropped.
   */
  private unwrapped(old: SchemaObject, now: SchemaObject, at: { old: string; now: string }, context: Context): boolean {
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const wrapperIsNew = Array.isArray(now[keyword]) && !Array.isArray(old[keyword]);
      const wrapperIsOld = Array.isArray(old[keyword]) && !Array.isArray(now[keyword]);
      if (!wrapperIsNew && !wrapperIsOld) continue;
      const [wrapper, bare, wrapperDoc, wrapperAt, bareAt] = wrapperIsNew
        ? [now, old, this.after, at.now, at.old]
        : [old, now, this.before, at.old, at.now];
      const branches = wrapper[keyword] as Schema[];
      const match = branches.findIndex((branch, index) => {
        const resolved = deref(wrapperDoc, branch, pointer(wrapperAt, keyword, index));
        return resolved.where === bareAt || sameJson(withoutAnnotations(resolved.node), withoutAnnotations(bare));
      });
      if (match < 0) continue;
      const branchAt = pointer(wrapperAt, keyword, match);
      if (wrapperIsNew) this.schema(old, branches[match], at.old, branchAt, context);
      else this.schema(branches[match], now, branchAt, at.now, context);
      branches.forEach((branch, index) => {
        if (index === match) return;
        const where = pointer(wrapperAt, keyword, index);
        const isNull = sameJson(withoutAnnotations(branch), { type: 'null' });
        const direction: Direction = wrapperIsNew ? 'wider' : 'narrower';
        const message = wrapperIsNew ? (isNull ? 'became nullable' : `new alternative ${where}`) : isNull ? 'no longer nullable' : `alternative ${where} removed`;
        this.schemaChange(context, at.old, { direction, rule: keyword, message, pointer: where });
      });
      return true;
    }
    return false;
  }

  private types(old: SchemaObject, now: SchemaObject, report: (d: Direction, rule: string, message: string) => void): void {
    const a = typesOf(old);
    const b = typesOf(now);
    if (a === undefined && b === undefined) return;
    if (a === undefined) return report('narrower', 'type', `now only ${[...b!].join(' | ')}`);
    if (b === undefined) return report('wider', 'type', `type ${[...a].join(' | ')} dropped`);
    // An integer is a number: integer -> number widens, number -> integer narrows.
    const covers = (set: Set<string>, type: string): boolean => set.has(type) || (type === 'integer' && set.has('number'));
    const removed = [...a].filter((type) => !covers(b, type));
    const added = [...b].filter((type) => !covers(a, type));
    if (removed.length > 0) report('narrower', 'type', removed.includes('null') && removed.length === 1 ? 'no longer nullable' : `no longer accepts ${removed.join(' | ')}`);
    if (added.length > 0) report('wider', 'type', added.includes('null') && added.length === 1 ? 'became nullable' : `now also ${added.join(' | ')}`);
  }

  private enums(old: SchemaObject, now: SchemaObject, report: (d: Direction, rule: string, message: string) => void): void {
    const a = enumOf(old);
    const b = enumOf(now);
    const rule = 'const' in now || ('const' in old && !('enum' in now)) ? 'const' : 'enum';
    if (a === undefined && b === undefined) return;
    if (a === undefined) return report('narrower', rule, `now limited to ${show(b!)}`);
    if (b === undefined) return report('wider', rule, `no longer limited to ${show(a)}`);
    const removed = a.filter((value) => !b.some((other) => sameJson(value, other)));
    const added = b.filter((value) => !a.some((other) => sameJson(value, other)));
    if (removed.length > 0) report('narrower', rule, `value${removed.length > 1 ? 's' : ''} ${show(removed)} removed`);
    if (added.length > 0) report('wider', rule, `new value${added.length > 1 ? 's' : ''} ${show(added)}`);
  }

  private bounds(old: SchemaObject, now: SchemaObject, report: (d: Direction, rule: string, message: string) => void): void {
    const compare = (keyword: string, tighterWhen: (a: number, b: number) => boolean): void => {
      const a = old[keyword];
      const b = now[keyword];
      if (a === b) return;
      if (typeof a !== 'number') return report('narrower', keyword, `new ${keyword} ${String(b)}`);
      if (typeof b !== 'number') return report('wider', keyword, `${keyword} ${a} dropped`);
      report(tighterWhen(a, b) ? 'narrower' : 'wider', keyword, `${keyword} ${a} became ${b}`);
    };
    for (const keyword of LOWER_BOUNDS) compare(keyword, (a, b) => b > a);
    for (const keyword of UPPER_BOUNDS) compare(keyword, (a, b) => b < a);
  }

  private objects(
    old: SchemaObject,
    now: SchemaObject,
    at: { old: string; now: string },
    context: Context,
    report: (d: Direction, rule: string, message: string, where?: string, property?: string) => void,
  ): void {
    const oldRequired = new Set(Array.isArray(old.required) ? (old.required as string[]) : []);
    const newRequired = new Set(Array.isArray(now.required) ? (now.required as string[]) : []);
    for (const name of newRequired) if (!oldRequired.has(name)) report('narrower', 'required', `new required field ${name}`, pointer(at.now, 'required'), name);
    for (const name of oldRequired) if (!newRequired.has(name)) report('wider', 'required', `field ${name} became optional`, pointer(at.now, 'required'), name);

    const oldProperties = isObject(old.properties) ? old.properties : {};
    const newProperties = isObject(now.properties) ? now.properties : {};
    for (const name of unionKeys(oldProperties, newProperties)) {
      const path = pointer(context.instancePath, name);
      if (!(name in newProperties)) {
        report('removed', 'properties', `field ${name} removed`, pointer(at.old, 'properties', name), name);
      } else if (!(name in oldProperties)) {
        report('added', 'properties', `new field ${name}`, pointer(at.now, 'properties', name), name);
      } else {
        this.schema(oldProperties[name] as Schema, newProperties[name] as Schema, pointer(at.old, 'properties', name), pointer(at.now, 'properties', name), { ...context, instancePath: path });
      }
    }

    const a = old.additionalProperties;
    const b = now.additionalProperties;
    const open = (value: unknown): boolean => value === undefined || value === true;
    if (open(a) && open(b)) return;
    if (a === false && b === false) return;
    if (open(a) && b === false) return report('narrower', 'additionalProperties', 'new additionalProperties: false (undeclared fields rejected)');
    if (a === false && open(b)) return report('wider', 'additionalProperties', 'undeclared fields now allowed');
    if (open(a) || b === false) return report('narrower', 'additionalProperties', 'undeclared fields restricted');
    if (a === false || open(b)) return report('wider', 'additionalProperties', 'undeclared fields allowed more widely');
    this.schema(a as Schema, b as Schema, pointer(at.old, 'additionalProperties'), pointer(at.now, 'additionalProperties'), {
      ...context,
      instancePath: pointer(context.instancePath, UNDECLARED_FIELD),
    });
  }

  private combinators(old: SchemaObject, now: SchemaObject, at: { old: string; now: string }, context: Context, report: (d: Direction, rule: string, message: string, where?: string) => void): void {
    for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
      const a = Array.isArray(old[keyword]) ? (old[keyword] as Schema[]) : [];
      const b = Array.isArray(now[keyword]) ? (now[keyword] as Schema[]) : [];
      if (a.length === 0 && b.length === 0) continue;
      // Pair identical members first, so inserting one member does not shift every comparison after it.
      const unpairedNew = b.map((_, index) => index);
      const pairs: [number, number][] = [];
      const unpairedOld: number[] = [];
      a.forEach((member, index) => {
        const match = unpairedNew.findIndex((other) => sameJson(member, b[other]));
        if (match >= 0) pairs.push([index, unpairedNew.splice(match, 1)[0]!]);
        else unpairedOld.push(index);
      });
      while (unpairedOld.length > 0 && unpairedNew.length > 0) pairs.push([unpairedOld.shift()!, unpairedNew.shift()!]);
      for (const [i, j] of pairs) this.schema(a[i], b[j], pointer(at.old, keyword, i), pointer(at.now, keyword, j), context);
      // Every allOf member constrains: one more narrows. Every anyOf / oneOf branch admits: one more widens.
      const more: Direction = keyword === 'allOf' ? 'narrower' : 'wider';
      const fewer: Direction = keyword === 'allOf' ? 'wider' : 'narrower';
      if (keyword === 'allOf') {
        for (const j of unpairedNew) this.schema({}, b[j], pointer(at.old, keyword), pointer(at.now, keyword, j), context);
      } else {
        for (const j of unpairedNew) report(a.length === 0 ? 'narrower' : more, keyword, `new ${keyword} member ${j}`, pointer(at.now, keyword, j));
      }
      for (const i of unpairedOld) report(b.length === 0 && keyword !== 'allOf' ? 'wider' : fewer, keyword, `${keyword} member ${i} removed`, pointer(at.old, keyword, i));
    }
  }

  private conditionals(old: SchemaObject, now: SchemaObject, at: { old: string; now: string }, context: Context, report: (d: Direction, rule: string, message: string, where?: string) => void): void {
    if (!sameJson(withoutAnnotations(old.not), withoutAnnotations(now.not))) report('changed', 'not', old.not === undefined ? 'new `not` rule' : 'the `not` rule changed');
    if (old.if === undefined && now.if === undefined) return;
    if (old.if === undefined) return report('narrower', 'if', 'new conditional rule');
    if (now.if === undefined) return report('wider', 'if', 'conditional rule removed', pointer(at.old, 'if'));
    if (!sameJson(withoutAnnotations(old.if), withoutAnnotations(now.if))) report('changed', 'if', 'the condition of a rule changed');
    for (const branch of ['then', 'else'] as const) {
      if (old[branch] === undefined && now[branch] === undefined) continue;
      this.schema(old[branch] as Schema | undefined, now[branch] as Schema | undefined, pointer(at.old, branch), pointer(at.now, branch), context);
    }
  }

  /** Records a change to the values a schema accepts, at the schema's place in the exchange. */
  private schemaChange(context: Context, oldSchemaPointer: string, change: Pick<Change, 'direction' | 'rule' | 'message' | 'pointer' | 'property'>): void {
    this.add({
      ...change,
      oldSchemaPointer,
      side: context.side,
      breaking: breaks(context.side, change.direction),
      operation: context.operation,
      targets: [{ ...context.target, instancePath: context.instancePath }],
    });
  }

  /** Records a change, or adds the new places of one already recorded. */
  private add(change: Omit<Change, 'targets'> & { targets?: InstanceTarget[] }): void {
    const identity = `${change.side}|${change.pointer}|${change.rule}|${change.message}|${change.property ?? ''}`;
    const known = this.byIdentity.get(identity);
    const targets = change.targets ?? [];
    if (!known) {
      const recorded = { ...change, targets: [...targets] };
      this.byIdentity.set(identity, recorded);
      this.changes.push(recorded);
      return;
    }
    for (const target of targets) if (!known.targets.some((other) => sameJson(other, target))) known.targets.push(target);
  }
}

/**
 * `oneOf: [X, {type: 'null'}]` (or anyOf) and nothing else is X that also accepts null: read it as X
 * with `null` added to its type and enum, so rewriting one form as the other is no change.
 */
function foldNullable(document: OpenApiDocument, node: SchemaObject, where: string): { node: SchemaObject; where: string } {
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = node[keyword];
    if (!Array.isArray(branches) || branches.length !== 2) continue;
    const nullAt = branches.findIndex((branch) => sameJson(withoutAnnotations(branch), { type: 'null' }));
    if (nullAt < 0) continue;
    if (Object.keys(node).some((key) => key !== keyword && !ANNOTATIONS.has(key) && !key.startsWith('x-'))) continue;
    const inner = deref(document, branches[1 - nullAt] as Schema, pointer(where, keyword, 1 - nullAt));
    if (!isObject(inner.node)) continue;
    const result: SchemaObject = { ...inner.node };
    const types = typesOf(result);
    if (types) result.type = [...new Set([...types, 'null'])];
    if ('const' in result) {
      result.enum = [result.const, null];
      delete result.const;
    } else if (Array.isArray(result.enum) && !result.enum.includes(null)) {
      result.enum = [...(result.enum as unknown[]), null];
    }
    return { node: result, where: inner.where };
  }
  return { node, where };
}

/** Uses of one shared schema compared per side; enough to reach it through each operation. */
const MAX_USES = 12;

/** The instance-path token standing for "a field not declared under `properties`". */
export const UNDECLARED_FIELD = '*';

function unionKeys(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

/**
 * Every difference between `before` and `after` (bundled OpenAPI 3.1 documents), each classified as
 * breaking or not for the side that reads the values, with its JSON pointer.
 */
export function diffSpecs(before: OpenApiDocument, after: OpenApiDocument): Change[] {
  return new Comparison(before, after).run();
}
