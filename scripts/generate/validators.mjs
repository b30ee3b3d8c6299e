// Compiles the spec's schemas into standalone ajv validators: self-contained ESM with no ajv, no
// require() and no eval at run time, made as small as ajv's output allows for browser bundles.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SCHEMA_ID = 'https://plivo-message-openapi.local/schemas.json';

/** The TypeScript type each validator narrows to, in terms of generated/schema.ts. */
const VALIDATOR_TYPES = {
  ListMessagesQuery: "NonNullable<operations['listMessages']['parameters']['query']>",
};

const ANNOTATIONS = new Set(['title', 'description', 'example', 'examples', 'deprecated', 'externalDocs']);

/**
 * Drops keywords that never affect validation. ajv's standalone code embeds each schema object it
 * compiles, so the spec's prose would otherwise ship in every browser bundle. Annotations sit beside
 * the keywords they describe, so error schemaPaths are the same with or without them.
 */
function stripAnnotations(node, parentKey) {
  if (Array.isArray(node)) return node.map((item) => stripAnnotations(item));
  if (node === null || typeof node !== 'object') return node;
  // Under `properties` the keys are field names (a field may be called `description`), not keywords.
  const keep = parentKey === 'properties' ? () => true : (key) => !ANNOTATIONS.has(key);
  return Object.fromEntries(Object.entries(node).filter(([key]) => keep(key)).map(([key, value]) => [key, stripAnnotations(value, key)]));
}

/** JSON Schema view of the spec: component schemas under $defs, plus the list query as one object. */
function schemaDocument(spec) {
  const rewrite = (node) => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== 'object') return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        out.$ref = value.replace('#/components/schemas/', '#/$defs/');
      } else {
        out[key] = rewrite(value);
      }
    }
    return out;
  };
  const $defs = stripAnnotations(rewrite(spec.components.schemas));
  const listParameters = spec.paths['/v1/Account/{auth_id}/Message/'].get.parameters.map((p) =>
    p.$ref ? spec.components.parameters[p.$ref.split('/').pop()] : p,
  );
  $defs.ListMessagesQuery = {
    title: 'ListMessagesQuery',
    description: 'The query of listMessages: every filter optional, unknown filters rejected.',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(listParameters.filter((p) => p.in === 'query').map((p) => [p.name, stripAnnotations(rewrite(p.schema))])),
  };
  return { $id: SCHEMA_ID, $defs };
}

/**
 * ajv-formats ships one CommonJS module holding every format, which bundlers cannot tree-shake, and
 * the spec uses only `uri`. This esbuild plugin serves that module as a small ESM one with ajv-formats'
 * own `uri` check (its regexes and function copied verbatim from the installed version), so the
 * validators behave exactly as ajv-formats does (and as Prism, which uses it) without the other formats.
 */
function uriFormatOnly() {
  const require = createRequire(import.meta.url);
  const file = require.resolve('ajv-formats/dist/formats');
  const source = readFileSync(file, 'utf8');
  const pick = (pattern, what) => {
    const match = pattern.exec(source);
    if (!match) throw new Error(`ajv-formats changed: cannot find ${what} in ${file}; update uriFormatOnly() in scripts/generate.mjs`);
    return match[0];
  };
  const shim = [
    pick(/^const NOT_URI_FRAGMENT = .*;$/m, 'NOT_URI_FRAGMENT'),
    pick(/^const URI = .*;$/m, 'URI'),
    pick(/^function uri\(str\) \{\n[\s\S]*?\n\}$/m, 'function uri'),
    'export const fullFormats = { uri };',
  ].join('\n');
  // The copy must be the same function: compare it with the real one on URIs that split them.
  const probes = ['https://example.com/a.png', 'http://[::1]:80/x', 'mailto:a@b.c', 'urn:isbn:0451450523', '/relative', 'no scheme', 'https://exa mple.com', ''];
  const copied = new Function(`${shim.replace('export const', 'const')}\nreturn fullFormats.uri;`)();
  const real = require('ajv-formats/dist/formats').fullFormats.uri;
  for (const probe of probes) {
    if (copied(probe) !== real(probe)) throw new Error(`uri copy disagrees with ajv-formats on ${JSON.stringify(probe)}`);
  }
  return {
    name: 'uri-format-only',
    setup(b) {
      b.onResolve({ filter: /^ajv-formats\/dist\/formats$/ }, () => ({ path: 'ajv-formats-uri', namespace: 'uri-format' }));
      b.onLoad({ filter: /.*/, namespace: 'uri-format' }, () => ({ contents: shim, loader: 'js' }));
    },
  };
}

/**
 * ajv writes each of its several hundred error sites as a six-line block that builds an error object
 * and appends it. The same thing through one helper taking the four fields positionally makes the
 * browser bundle smaller. The rewrite is textual on ajv's fixed output shape; blocks of any other
 * shape (error objects with a `message`, when ajv's texts are kept) are left as they are. The tests
 * that compare these validators' errors with a freshly compiled Ajv's, error for error, prove it.
 */
function compactErrorPushes(code) {
  const block = /const (err\d+) = \{ instancePath(?:: ([^,\n]+))?, schemaPath: ("[^"\n]*"), keyword: ("[^"\n]*"), params: ([^\n]*) \};\n\s*if \(vErrors === null\) \{\n\s*vErrors = \[\1\];\n\s*\} else \{\n\s*vErrors\.push\(\1\);\n\s*\}\n/g;
  let count = 0;
  const compacted = code.replace(block, (match, _name, instancePath, schemaPath, keyword, params) => {
    if (/\bmessage: /.test(params)) return match;
    count += 1;
    return `vErrors = appendError(vErrors, ${instancePath ?? 'instancePath'}, ${schemaPath}, ${keyword}, ${params});\n`;
  });
  if (count === 0) return code;
  const helper = [
    'function appendError(errors, instancePath, schemaPath, keyword, params) {',
    '  const error = { instancePath, schemaPath, keyword, params };',
    '  if (errors === null) return [error];',
    '  errors.push(error);',
    '  return errors;',
    '}',
  ].join('\n');
  return `${compacted}\n${helper}\n`;
}

/**
 * ajv's standalone code keeps each compiled schema as an object literal, but reads only a few paths
 * of it at run time: enum and type lists for error params, and the key set of `properties` for
 * additionalProperties checks. Each literal is cut down to the paths the code reads (the keys of a
 * read object are kept, their unread values become 0), so the rest of the schema does not ship.
 * A schema read as a whole, or through a path that cannot be resolved, is left untouched.
 */
function pruneSchemaLiterals(code) {
  const declaration = /^var (schema\d+) = (\{.*\});$/gm;
  return code.replace(declaration, (line, name, literal) => {
    let schema;
    try {
      schema = JSON.parse(literal);
    } catch {
      return line;
    }
    const reference = new RegExp(`\\b${name}((?:\\.[A-Za-z_$][\\w$]*|\\[\\d+\\])*)`, 'g');
    const start = code.indexOf(line);
    const paths = [];
    for (const match of code.matchAll(reference)) {
      if (match.index >= start && match.index < start + line.length) continue;
      if (match[1] === '') return line;
      paths.push(match[1].match(/[A-Za-z_$][\w$]*|\d+/g));
    }
    const pruned = {};
    for (const path of paths) {
      let source = schema;
      let target = pruned;
      for (const [i, key] of path.entries()) {
        if (source === null || typeof source !== 'object' || !(key in source)) return line;
        source = source[key];
        if (i === path.length - 1) {
          if (source !== null && typeof source === 'object' && !Array.isArray(source)) {
            target[key] ??= {};
            for (const k of Object.keys(source)) target[key][k] ??= 0;
          } else {
            target[key] = source;
          }
        } else {
          if (target[key] === undefined || target[key] === 0) target[key] = Array.isArray(source) ? [] : {};
          target = target[key];
        }
      }
    }
    return `var ${name} = ${JSON.stringify(pruned)};`;
  });
}

/**
 * Compiles the given validators into one self-contained ESM module. `messages: false` leaves out ajv's
 * English texts (the client writes its own from keyword and params), which keeps the send-only module
 * that the root entry imports small.
 */
export async function validatorsModule(spec, validators, { messages, fields = false }) {
  const ajv = new Ajv2020({
    messages,
    // Shared schemas (location, template components) become one function each instead of copies.
    inlineRefs: false,
    allErrors: true,
    strict: true,
    // "One of these must be present" branches list only `required`; that is the point of them.
    strictRequired: false,
    // Type-less branches inside if/then refine a property typed at the top level.
    strictTypes: false,
    allowUnionTypes: true,
    code: { source: true, esm: true },
  });
  ajv.addVocabulary(['example']);
  addFormats(ajv, ['uri']);
  ajv.addSchema(schemaDocument(spec));
  const refs = Object.fromEntries(Object.entries(validators).map(([name, def]) => [name, `${SCHEMA_ID}#/$defs/${def}`]));
  let source = standaloneCode(ajv, refs);
  if (fields) {
    // The field names let the client suggest the intended name for a misspelt one.
    const names = Object.keys(spec.components.schemas.SendMessageRequest.properties).sort();
    source += `\nexport const SEND_MESSAGE_REQUEST_FIELDS = ${JSON.stringify(names)};\n`;
  }
  // ajv's ESM output still require()s its runtime helpers and formats; bundling inlines them so the
  // module runs anywhere ESM does, with no eval and no dependency on ajv at run time.
  const result = await build({
    stdin: { contents: source, resolveDir: root, sourcefile: 'validators.js', loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [uriFormatOnly()],
  });
  return pruneSchemaLiterals(compactErrorPushes(result.outputFiles[0].text));
}

export function validatorsTypes(validators, { fields = false } = {}) {
  const lines = [
    "import type { components, operations } from './schema.js';",
    '',
    '/** One schema violation, as ajv reports it. `instancePath` is a JSON pointer to the offending value. */',
    'export interface SchemaError {',
    '  instancePath: string;',
    '  schemaPath: string;',
    '  keyword: string;',
    '  params: Record<string, unknown>;',
    '  message?: string;',
    '}',
    '',
    '/** A precompiled validator: a type guard that leaves every violation in `errors` when it returns false. */',
    'export interface SchemaValidator<T> {',
    '  (data: unknown): data is T;',
    '  errors?: SchemaError[] | null;',
    '}',
    '',
  ];
  for (const [name, def] of Object.entries(validators)) {
    const type = VALIDATOR_TYPES[def] ?? `components['schemas']['${def}']`;
    lines.push(`/** Checks a value against the spec's \`${def}\` schema. */`);
    lines.push(`export declare const ${name}: SchemaValidator<${type}>;`);
  }
  if (fields) {
    lines.push('/** The names of the send body\'s fields, sorted. */');
    lines.push('export declare const SEND_MESSAGE_REQUEST_FIELDS: readonly string[];');
  }
  return `${lines.join('\n')}\n`;
}
