import type { SchemaError } from '../../generated/validators.js';
import type { ValidationIssue } from '../errors.js';
import { givenValue, valueAt } from './given-value.js';


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

/** What one schema adds to the generic wording: its field names (for "did you mean") and its rules. */
export interface IssueWording {
  /** Top-level field names, to suggest the intended one for a misspelt field. */
  knownFields?: readonly string[];
  /** Rule wording by the `allOf` branch that states the rule, e.g. `'#/allOf/0'`. */
  rules?: Readonly<Record<string, RuleWords>>;
}

/** Edit distance, small inputs only: used to suggest the intended name of a misspelt field. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
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

const A_UTC_TIME = 'a UTC time like "2024-05-01 10:00:00", with seconds and up to 6 decimals optional';
const AN_HTTP_URL = 'an absolute http(s) URL, e.g. "https://example.com/status"';

/**
 * What a field's value must look like, by field name. Used for every type, range, pattern and format
 * failure of the field, so one field is always explained in the same words.
 */
export const FIELD_FORMATS: Readonly<Record<string, string>> = {
  message_expiry: 'a whole number of seconds from 5 to 10800, as an integer or a digit string',
  index: 'the button position as a digit string, "0" to "9"',
  latitude: 'decimal degrees from -90 to 90 as a string, e.g. "37.483307"',
  longitude: 'decimal degrees from -180 to 180 as a string, e.g. "-122.148981"',
  currency_code: 'a three-letter ISO 4217 code in capitals, such as "USD"',
  amount_1000: 'the amount times 1000 as an integer (100990 is 100.99)',
  url: AN_HTTP_URL,
};

/**
 * The spec's patterns in words, for fields without an entry in {@link FIELD_FORMATS}. A pattern is
 * never shown to people: a regular expression says what is allowed only to those who need it least.
 */
export const PATTERN_FORMATS: Readonly<Record<string, string>> = {
  '^(?:https?|HTTPS?)://': AN_HTTP_URL,
  '^\\s*(?:https?|HTTPS?)://[^\\s,]+(?:\\s*,\\s*(?:https?|HTTPS?)://[^\\s,]+)*\\s*$':
    'http(s) URLs separated by commas, e.g. "https://example.com/a.png,https://example.com/b.png"',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,6})?)?$': A_UTC_TIME,
  '^(?:MA|SA)[A-Z0-9]{18}$': 'an auth ID: MA or SA followed by 18 capital letters or digits',
  '^SA[A-Z0-9]{18}$': 'a subaccount auth ID: SA followed by 18 capital letters or digits',
  '^[0-9]+$': 'digits only, e.g. "30"',
  '^[0-9]*$': 'a string of digits',
  '^[A-Z]{2}$': 'a two-letter ISO 3166 country code in capitals, such as "US"',
};

/** The last field name of a pointer, skipping array indexes: `/media_urls/0` → `media_urls`. */
function fieldOf(pointer: string): string {
  const segments = pointer.split('/').filter((segment) => segment !== '' && !/^\d+$/.test(segment));
  return (segments.at(-1) ?? '').replaceAll('~1', '/').replaceAll('~0', '~');
}

function pointerSegment(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
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
  const format = FIELD_FORMATS[fieldOf(e.instancePath)];
  const at = (message: string) => ({ path: e.instancePath, message });
  switch (e.keyword) {
    case 'required': {
      const path = `${e.instancePath}/${pointerSegment(String(params.missingProperty))}`;
      return { path, message: rule?.required && e.instancePath === '' ? rule.required : 'is required' };
    }
    case 'not':
      // The only `not` in the spec says "given" (not null) in a rule about required fields.
      return at(rule?.required ?? 'is not allowed in this form');
    case 'anyOf':
      return { path: rule?.anyOfPath ?? e.instancePath, message: rule?.anyOf ?? 'does not match any allowed form' };
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const known = e.instancePath === '' ? (wording.knownFields ?? []) : [];
      const suggestion = known.filter((f) => distance(f, name) <= 2).sort((a, b) => distance(a, name) - distance(b, name))[0];
      return { path: `${e.instancePath}/${pointerSegment(name)}`, message: `is not a known field${suggestion ? ` (did you mean ${suggestion}?)` : ''}` };
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
      const words = rule?.pattern ?? format ?? PATTERN_FORMATS[String(params.pattern)];
      return at(words === undefined ? 'is not in the expected format' : rule?.pattern ? words : `must be ${words}`);
    }
    case 'format':
      return at(format ? `must be ${format}` : params.format === 'uri' ? `must be ${AN_HTTP_URL}` : `must be a valid ${String(params.format)}`);
    case 'oneOf':
      return at('does not match exactly one allowed form');
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
