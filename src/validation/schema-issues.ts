import type { SchemaError } from '../../generated/client-validators.js';
import type { ValidationIssue } from '../errors.js';

function describeType(type: unknown): string {
  const names = String(type)
    .split(',')
    .map((t) => (t === 'integer' ? 'an integer' : t === 'array' ? 'an array' : t === 'object' ? 'an object' : t === 'null' ? 'null' : `a ${t}`));
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
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

/** What a field's value should look like, where its pattern or type alone says little. Keyed by field name. */
const HINTS: Record<string, string> = {
  message_expiry: 'a whole number of seconds from 5 to 10799 (digits only)',
  index: 'the button position as a digit string, "0" to "9"',
  latitude: 'decimal degrees as a string, e.g. "37.483307"',
  longitude: 'decimal degrees as a string, e.g. "-122.148981"',
  currency_code: 'a three-letter ISO 4217 code such as "USD"',
  amount_1000: 'the amount times 1000 as an integer (100990 is 100.99)',
};

/** Pattern failures whose meaning depends on the rule that applied the pattern. */
const PATTERN_MESSAGES: Record<string, string> = {
  media_urls: 'WhatsApp takes a single media URL (no comma-separated list)',
};

/** Why a field is refused, by the rule (allOf branch) of the send body that refuses it. */
const RULES: Record<string, { required?: string; forbidden?: string; anyOf?: string; anyOfPath?: string }> = {
  '#/allOf/0': {
    required: 'either src or powerpack_uuid is required',
    forbidden: 'give either src or powerpack_uuid, not both',
  },
  '#/allOf/1': {
    required: 'is required for an SMS (type sms, or no type)',
    forbidden: 'is not allowed in an SMS: media needs type mms or whatsapp, and template, interactive and location need type whatsapp',
  },
  '#/allOf/2': {
    forbidden: 'is not allowed in an MMS: template, interactive and location need type whatsapp',
    anyOf: 'an MMS needs media_urls or media_ids',
    anyOfPath: '/media_urls',
  },
  '#/allOf/3': {
    required: 'is required for WhatsApp (a Powerpack cannot send WhatsApp messages)',
    anyOf: 'a WhatsApp message needs something to send: text, media_urls, media_ids, template, interactive or location',
    anyOfPath: '',
  },
};

function ruleOf(schemaPath: string, instancePath: string): (typeof RULES)[string] | undefined {
  // Nested schemas (interactive, template) have allOf branches of their own with the same relative
  // paths; their errors always point deeper than a top-level field.
  if (instancePath.split('/').length > 2) return undefined;
  const match = /^#\/allOf\/\d+/.exec(schemaPath);
  return match ? RULES[match[0]] : undefined;
}

function lastSegment(pointer: string): string {
  return pointer.slice(pointer.lastIndexOf('/') + 1);
}

/**
 * Turns ajv's errors into issues a person can act on: one per problem, with the JSON pointer of the
 * field and what is allowed. Noise from the schema's structure is dropped: failed `if` conditions,
 * the `null` alternative of optional objects and the `oneOf`/`anyOf` wrappers whose inner errors
 * already say what is wrong.
 */
export function schemaIssues(errors: readonly SchemaError[], knownFields: readonly string[] = []): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: string, message: string) => {
    if (!issues.some((i) => i.path === path && i.message === message)) issues.push({ path, message });
  };
  const hasDeeperError = (e: SchemaError) =>
    errors.some((other) => other !== e && other.keyword !== 'oneOf' && !(other.keyword === 'type' && other.params.type === 'null') && other.instancePath.startsWith(e.instancePath) && other.keyword !== 'if');
  const anyOfRoots = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath);

  for (const e of errors) {
    const params = e.params as Record<string, unknown>;
    if (e.keyword === 'if') continue;
    // Inside a failed anyOf, the branches' own errors are replaced by the anyOf's one message.
    if (anyOfRoots.some((root) => e.schemaPath.startsWith(`${root}/`))) continue;
    const rule = ruleOf(e.schemaPath, e.instancePath);
    if (e.keyword === 'type' && params.type === 'null') {
      if (/\/oneOf\/\d+\/type$/.test(e.schemaPath)) continue;
      add(e.instancePath, rule?.forbidden ?? 'is not allowed here');
      continue;
    }
    if (e.keyword === 'oneOf' && hasDeeperError(e)) continue;
    switch (e.keyword) {
      case 'required': {
        const path = `${e.instancePath}/${String(params.missingProperty)}`;
        add(path, rule?.required && e.instancePath === '' ? rule.required : 'is required');
        break;
      }
      case 'anyOf':
        add(rule?.anyOfPath ?? e.instancePath, rule?.anyOf ?? 'does not match any allowed form');
        break;
      case 'additionalProperties': {
        const name = String(params.additionalProperty);
        const suggestion = e.instancePath === '' ? knownFields.filter((f) => distance(f, name) <= 2).sort((a, b) => distance(a, name) - distance(b, name))[0] : undefined;
        add(`${e.instancePath}/${name}`, `is not a known field${suggestion ? ` (did you mean ${suggestion}?)` : ''}`);
        break;
      }
      case 'enum':
        // `null` is in optional fields' enums only to mean "absent"; listing it would read as advice.
        add(e.instancePath, `must be one of: ${(params.allowedValues as unknown[]).filter((v) => v !== null).map((v) => JSON.stringify(v)).join(', ')}`);
        break;
      case 'const':
        add(e.instancePath, `must be ${JSON.stringify(params.allowedValue)}`);
        break;
      case 'type': {
        const hint = HINTS[lastSegment(e.instancePath)];
        add(e.instancePath, `must be ${describeType(params.type)}${hint ? `: ${hint}` : ''}`);
        break;
      }
      case 'minLength':
        add(e.instancePath, params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters`);
        break;
      case 'maxLength':
        add(e.instancePath, `must be at most ${String(params.limit)} characters`);
        break;
      case 'minimum':
        add(e.instancePath, `must be at least ${String(params.limit)}`);
        break;
      case 'maximum':
        add(e.instancePath, `must be at most ${String(params.limit)}`);
        break;
      case 'minItems':
        add(e.instancePath, `must have at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`);
        break;
      case 'maxItems':
        add(e.instancePath, `must have at most ${String(params.limit)} item${params.limit === 1 ? '' : 's'}${rule ? ' for this message type' : ''}`);
        break;
      case 'pattern': {
        const field = lastSegment(e.instancePath);
        const hint = HINTS[field];
        add(e.instancePath, PATTERN_MESSAGES[field] ?? (hint ? `must be ${hint}` : `must match ${String(params.pattern)}`));
        break;
      }
      case 'format':
        add(e.instancePath, params.format === 'uri' ? 'must be an absolute URL, e.g. https://example.com/status' : `must be a valid ${String(params.format)}`);
        break;
      case 'oneOf':
        add(e.instancePath, 'does not match exactly one allowed form');
        break;
      default:
        add(e.instancePath, `fails the ${e.keyword} rule`);
    }
  }
  return issues;
}
