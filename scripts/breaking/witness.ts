// Evidence for each request-side breaking change: a value the old spec accepts and the new one
// rejects, found by fast-check from the old schema and checked with validators compiled from both.
import fc from 'fast-check';
import { type Change, type InstanceTarget, UNDECLARED_FIELD } from './diff.js';
import { EXTRA_FIELD, arbitraryFor } from './arbitrary.js';
import { keysOf } from '../../src/validation/json-pointer.js';
import { type OpenApiDocument, type Schema, type SchemaObject, at, deref } from './openapi.js';
import { DocumentValidators, describeErrors, targetSchema } from './validators.js';

/** What the search found for one change. */
export type Evidence =
  | { found: true; value: unknown; rejectedBecause: string[] }
  | { found: false; reason: string };

/** Extra generators of request bodies, by the name of the component schema the body refers to. */
export type BodySeeds = Record<string, fc.Arbitrary<unknown>[]>;

/** Options of the search. */
export interface WitnessOptions {
  /** Known bodies (e.g. the test suite's send-body generators) mixed into the generated ones. */
  seeds?: BodySeeds;
  /** Values tried per change before giving up. */
  runs?: number;
  /** fast-check seed, so a report can be reproduced. */
  seed?: number;
}

type Path = string[];

/** `value` with `replacement` at `path` (created as needed), or with `path` deleted when `replacement` is `DELETE`. */
function withValueAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement === DELETE ? undefined : replacement;
  const [head, ...rest] = path as [string, ...string[]];
  const index = /^\d+$/.test(head) ? Number(head) : undefined;
  if (index !== undefined) {
    const list = Array.isArray(value) ? [...(value as unknown[])] : [];
    while (list.length <= index) list.push(undefined);
    list[index] = withValueAt(list[index], rest, replacement);
    return list;
  }
  const object = value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
  const next = withValueAt(object[head], rest, replacement);
  if (next === undefined) delete object[head];
  else object[head] = next;
  return object;
}
const DELETE = Symbol('delete');

const withoutUndefined = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null)) as unknown;

/** Values of the request that `change.target` points into, generated from the old document. */
function baseArbitrary(before: OpenApiDocument, target: InstanceTarget, seeds: BodySeeds): fc.Arbitrary<unknown> {
  const root = targetSchema(before, target)!;
  const arbitraries: fc.Arbitrary<unknown>[] = [arbitraryFor(before, root)];
  if (target.exchange === 'requestBody') {
    const referenced = deref(before, root, '').where;
    const name = referenced.startsWith('/components/schemas/') ? keysOf(referenced)[2] : undefined;
    if (name !== undefined) arbitraries.push(...(seeds[name] ?? []));
    const media = at(before, String(root.$ref).slice(1).replace(/\/schema$/, '')) as { examples?: Record<string, { value?: unknown }> } | undefined;
    const examples = Object.values(media?.examples ?? {}).map((example) => example.value).filter((value) => value !== undefined);
    if (examples.length > 0) arbitraries.push(fc.constantFrom(...examples));
  }
  return fc.oneof(...arbitraries);
}

/** Edits aimed at the changed part: a value from the old schema put there, or the field removed. */
function editArbitrary(before: OpenApiDocument, change: Change, target: InstanceTarget): fc.Arbitrary<(value: unknown) => unknown> {
  const path = keysOf(target.instancePath).map((token) => (token === UNDECLARED_FIELD ? EXTRA_FIELD : token));
  const node = (change.oldSchemaPointer === undefined ? targetSchema(before, target) : at(before, change.oldSchemaPointer)) as Schema | undefined;
  const edits: fc.Arbitrary<(value: unknown) => unknown>[] = [fc.constant((value: unknown) => value)];
  if (node !== undefined) {
    edits.push(arbitraryFor(before, node).map((replacement) => (value: unknown) => withValueAt(value, path, replacement)));
  }
  const object = typeof node === 'object' ? (deref(before, node, '').node as SchemaObject) : undefined;
  if (change.property !== undefined) {
    const fieldPath = [...path, change.property];
    const fieldSchema = (object?.properties as Record<string, Schema> | undefined)?.[change.property];
    edits.push(fc.constant((value: unknown) => withValueAt(value, fieldPath, DELETE)));
    edits.push(arbitraryFor(before, fieldSchema).map((replacement) => (value: unknown) => withValueAt(value, fieldPath, replacement)));
  }
  if (change.rule === 'additionalProperties' && object !== undefined) {
    const extra = object.additionalProperties === false ? undefined : (object.additionalProperties as Schema | undefined);
    edits.push(arbitraryFor(before, extra).map((replacement) => (value: unknown) => withValueAt(value, [...path, EXTRA_FIELD], replacement)));
  }
  return fc.oneof(...edits);
}

/**
 * Searches for a request the old spec accepts and the new one rejects, for a request-side breaking
 * change, trying each place the changed schema is used. Response-side changes have no such evidence
 * (the reader is the one who breaks) and get `found: false` with the reason.
 */
export function findWitness(
  before: OpenApiDocument,
  after: OpenApiDocument,
  change: Change,
  validators: { before: DocumentValidators; after: DocumentValidators },
  options: WitnessOptions = {},
): Evidence {
  const targets = change.side === 'request' ? change.targets.filter((target) => target.exchange !== 'responseBody') : [];
  if (targets.length === 0) return { found: false, reason: 'not a request body or parameter' };
  const reasons = new Set<string>();
  for (const target of targets) {
    const evidence = searchTarget(before, change, target, validators, options);
    if (evidence.found) return evidence;
    reasons.add(evidence.reason);
  }
  return { found: false, reason: [...reasons].join('; ') };
}

function searchTarget(
  before: OpenApiDocument,
  change: Change,
  target: InstanceTarget,
  validators: { before: DocumentValidators; after: DocumentValidators },
  options: WitnessOptions,
): Evidence {
  const accepts = validators.before.validator(target);
  const rejects = validators.after.validator(target);
  if (!accepts) return { found: false, reason: 'the old document has no such request' };
  if (!rejects) return { found: false, reason: 'the request is gone from the new document' };
  const candidates = fc
    .tuple(baseArbitrary(before, target, options.seeds ?? {}), fc.array(editArbitrary(before, change, target), { minLength: 1, maxLength: 2 }))
    .map(([value, edits]) => withoutUndefined(edits.reduce((current, edit) => edit(current), withoutUndefined(value))));
  const result = fc.check(
    fc.property(candidates, (value) => !(accepts(value) && !rejects(value))),
    { numRuns: options.runs ?? 2000, seed: options.seed ?? 19 },
  );
  if (!result.failed || result.counterexample === null) {
    return { found: false, reason: `no value among ${result.numRuns} generated from the old schema is rejected by the new one` };
  }
  const [value] = result.counterexample;
  rejects(value);
  return { found: true, value, rejectedBecause: describeErrors(rejects.errors) };
}
