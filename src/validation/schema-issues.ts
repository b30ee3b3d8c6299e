import type { SchemaError } from '../../generated/validators.js';
import type { ValidationIssue } from '../errors.js';
import { givenValue, valueAt } from './given-value.js';
import { keysOf, pointerOf } from './json-pointer.js';

/** How the rules (`allOf` branches) of one schema explain the fields they require or refuse. */
export interface RuleWords {
  /** For a field the rule requires. */
  required?: string;
  /** For a field the rule refuses. */
  forbidden?: string;
  /** For the rule's `anyOf`: which fields could satisfy it. */
  anyOf?: string;
  /** Where the `anyOf` issue points. */
  anyOfPath?: string;
  /** For a `pattern` the rule adds. */
  pattern?: string;
}

/**
 * What one schema adds to the generic wording. Each validated schema (send body, list query, status
 * callback) brings its own, so an app that only parses callbacks does not carry the send body's words.
 */
export interface IssueWording {
  /** Suggests the intended name of a misspelt top-level field, or `undefined` when none is close. */
  suggestField?: (name: string) => string | undefined;
  /** Rule wording by the `allOf` branch that states the rule, e.g. `'#/allOf/0'`. */
  rules?: Readonly<Record<string, RuleWords>>;
  /**
   * What a field's value must look like, by field name. Used for every type, range, pattern and
   * format failure of the field, so one field is always explained in the same words.
   */
  fields?: Readonly<Record<string, string>>;
  /**
   * The schema's patterns in words, for fields without an entry in `fields`. A pattern is never shown
   * to people: a regular expression says what is allowed only to those who need it least.
   */
  patterns?: Readonly<Record<string, string>>;
  /** The schema's formats (`uri`, ...) in words, for fields without an entry in `fields`. */
  formats?: Readonly<Record<string, string>>;
}

const TYPE_NAMES: Record<string, string> = { integer: 'an integer', array: 'an array', object: 'an object', string: 'a string', number: 'a number', boolean: 'a boolean' };

/** `string,null` → "a string": `null` only ever means "absent", so offering it would read as advice. */
function describeType(type: unknown): string {
  const names = String(type)
    .split(',')
    .filter((t) => t !== 'null')
    .map((t) => TYPE_NAMES[t] ?? `a ${t}`);
  if (names.length === 0) return 'absent';
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** The last field name of a pointer, skipping array indexes: `/media_urls/0` → `media_urls`. */
function fieldOf(pointer: string): string {
  return keysOf(pointer).filter((key) => key !== '' && !/^\d+$/.test(key)).at(-1) ?? '';
}

function ruleOf(rules: IssueWording['rules'], schemaPath: string, instancePath: string): RuleWords | undefined {
  // Nested schemas (interactive, template) have allOf branches of their own with the same relative
  // paths; their errors always point deeper than a top-level field.
  if (rules === undefined || instancePath.split('/').length > 2) return undefined;
  const match = /^#\/allOf\/\d+/.exec(schemaPath);
  return match ? rules[match[0]] : undefined;
}

const plural = (count: unknown, word: string) => `${String(count)} ${word}${count === 1 ? '' : 's'}`;

/** What is wrong, in words, without the value given; `undefined` for errors that say nothing new. */
function describe(e: SchemaError, rule: RuleWords | undefined, wording: IssueWording): { path: string; message: string } | undefined {
  const params = e.params;
  const format = wording.fields?.[fieldOf(e.instancePath)];
  const at = (message: string) => ({ path: e.instancePath, message });
  switch (e.keyword) {
    case 'required': {
      const path = e.instancePath + pointerOf([String(params.missingProperty)]);
      return { path, message: rule?.required && e.instancePath === '' ? rule.required : 'is required' };
    }
    case 'not':
      // The only `not` in the spec says "given" (not null) in a rule about required fields.
      return at(rule?.required ?? 'is not allowed in this form');
    case 'anyOf':
      return { path: rule?.anyOfPath ?? e.instancePath, message: rule?.anyOf ?? 'does not match any allowed form' };
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const suggestion = e.instancePath === '' ? wording.suggestField?.(name) : undefined;
      return { path: e.instancePath + pointerOf([name]), message: `is not a known field${suggestion ? ` (did you mean ${suggestion}?)` : ''}` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).filter((v) => v !== null).map((v) => JSON.stringify(v));
      return at(allowed.length === 1 ? `must be ${allowed[0]!}` : `must be one of ${allowed.join(', ')}`);
    }
    case 'const':
      return at(`must be ${JSON.stringify(params.allowedValue)}`);
    case 'type':
      if (params.type === 'null') return at(rule?.forbidden ?? 'is not allowed here');
      return at(format ? `must be ${format}` : `must be ${describeType(params.type)}`);
    case 'minLength':
      return at(params.limit === 1 ? 'must not be empty' : `must be at least ${plural(params.limit, 'character')}`);
    case 'maxLength':
      return at(`must be at most ${plural(params.limit, 'character')}${rule ? ' for this message type' : ''}`);
    case 'minimum':
    case 'exclusiveMinimum':
      return at(format ? `must be ${format}` : `must be at least ${String(params.limit)}`);
    case 'maximum':
    case 'exclusiveMaximum':
      return at(format ? `must be ${format}` : `must be at most ${String(params.limit)}`);
    case 'minItems':
      return at(`must have at least ${plural(params.limit, 'item')}`);
    case 'maxItems':
      return at(`must have at most ${plural(params.limit, 'item')}${rule ? ' for this message type' : ''}`);
    case 'pattern': {
      const words = rule?.pattern ?? format ?? wording.patterns?.[String(params.pattern)];
      return at(words === undefined ? 'is not in the expected format' : rule?.pattern ? words : `must be ${words}`);
    }
    case 'format': {
      const words = format ?? wording.formats?.[String(params.format)];
      return at(words ? `must be ${words}` : `must be a valid ${String(params.format)}`);
    }
    case 'oneOf':
      return at('does not match exactly one allowed form');
    case 'discriminator':
      // The spec's one discriminator (template parameters) has its tag required, typed and enumerated
      // beside it; those errors name the field and what is allowed, so its own say nothing new.
      return undefined;
    default:
      return at(`fails the ${e.keyword} rule`);
  }
}

/**
 * Turns ajv's errors into issues a person can act on, for every validator the spec generates (send
 * body, list query, status callback): one per problem, each with the JSON pointer of the field, what
 * is allowed, in words, and the value given (shortened; never the value of a secret-looking field).
 * Noise from the schema's structure is dropped: failed `if` conditions, the `null` alternative of
 * optional objects and the `oneOf`/`anyOf` wrappers whose inner errors already say what is wrong.
 *
 * @param data The value that was validated, to quote what was given.
 * @param wording The validated schema's own words (its fields, patterns, formats and rules).
 */
export function schemaIssues(errors: readonly SchemaError[], data: unknown, wording: IssueWording = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const hasDeeperError = (e: SchemaError) =>
    errors.some(
      (other) => other !== e && other.keyword !== 'oneOf' && other.keyword !== 'if' && !(other.keyword === 'type' && other.params.type === 'null') && other.instancePath.startsWith(e.instancePath),
    );
  const anyOfRoots = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath);

  for (const e of errors) {
    if (e.keyword === 'if') continue;
    // Inside a failed anyOf, the branches' own errors are replaced by the anyOf's one message.
    if (anyOfRoots.some((root) => e.schemaPath.startsWith(`${root}/`))) continue;
    // The `null` alternative of an optional object: the other alternative's errors say what is wrong.
    if (e.keyword === 'type' && e.params.type === 'null' && /\/oneOf\/\d+\/type$/.test(e.schemaPath)) continue;
    if (e.keyword === 'oneOf' && hasDeeperError(e)) continue;
    const described = describe(e, ruleOf(wording.rules, e.schemaPath, e.instancePath), wording);
    if (described === undefined) continue;
    const given = e.keyword === 'required' || e.keyword === 'additionalProperties' || e.keyword === 'anyOf' ? undefined : givenValue(valueAt(data, described.path), described.path);
    const message = given === undefined ? described.message : `${described.message} (got ${given})`;
    if (!issues.some((i) => i.path === described.path && i.message === message)) issues.push({ path: described.path, message });
  }
  return issues;
}
