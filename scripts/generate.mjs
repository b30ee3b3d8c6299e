#!/usr/bin/env node
// Regenerates everything under generated/ from spec/: the bundled spec, the TypeScript types and the
// standalone ajv validators. Output is deterministic, so `npm run check:generated` can diff it.
//
//   node scripts/generate.mjs [--out <dir>]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import openapiTS, { astToString } from 'openapi-typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: join(root, 'generated') } } });
const outDir = resolve(values.out);

const NOTICE = 'Generated from spec/ by `npm run generate`. Do not edit: change the spec and regenerate.';
const SCHEMA_ID = 'https://plivo-message-openapi.local/schemas.json';

/** Exported validator name -> the schema it checks (a components.schemas name or a synthetic one). */
const VALIDATORS = {
  isSendMessageRequest: 'SendMessageRequest',
  isWhatsAppTemplate: 'WhatsAppTemplate',
  isWhatsAppInteractive: 'WhatsAppInteractive',
  isWhatsAppLocation: 'WhatsAppLocation',
  isSendMessageResponse: 'SendMessageResponse',
  isMessage: 'Message',
  isMessageList: 'MessageList',
  isMessageMediaList: 'MessageMediaList',
  isErrorBody: 'Error',
  isMessageStatusCallback: 'MessageStatusCallback',
  isListMessagesQuery: 'ListMessagesQuery',
};

/** The validators the client needs, alone in their own module so the root entry stays small. */
const CLIENT_VALIDATORS = { isSendMessageRequest: 'SendMessageRequest', isListMessagesQuery: 'ListMessagesQuery' };

/** The status-callback validator alone, for the webhooks entry. */
const CALLBACK_VALIDATOR = { isMessageStatusCallback: 'MessageStatusCallback' };

/** The TypeScript type each validator narrows to, in terms of generated/schema.ts. */
const VALIDATOR_TYPES = {
  ListMessagesQuery: "NonNullable<operations['listMessages']['parameters']['query']>",
};

function bundleSpec() {
  const dir = mkdtempSync(join(tmpdir(), 'plivo-bundle-'));
  try {
    const file = join(dir, 'openapi.json');
    execFileSync(join(root, 'node_modules/.bin/redocly'), ['bundle', 'spec/openapi.yaml', '-o', file], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return JSON.parse(readFileSync(file, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function checkVersion(spec) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (spec.info.version !== pkg.version) {
    throw new Error(`spec/openapi.yaml info.version is ${spec.info.version} but package.json says ${pkg.version}; make them equal.`);
  }
}

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
 * Compiles the given validators into one self-contained ESM module. `messages: false` leaves out ajv's
 * English texts (the client writes its own from keyword and params), which keeps the send-only module
 * that the root entry imports small.
 */
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

async function validatorsModule(spec, validators, { messages, fields = false }) {
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
  return `// ${NOTICE}\n${pruneSchemaLiterals(compactErrorPushes(result.outputFiles[0].text))}`;
}

function validatorsTypes(validators, { fields = false } = {}) {
  const lines = [
    `// ${NOTICE}`,
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

async function typesModule(spec) {
  const ast = await openapiTS(spec, { defaultNonNullable: false });
  return `// ${NOTICE}\n${astToString(ast)}`;
}

const README = `# generated/

${NOTICE}

| file | what it is |
|---|---|
| \`openapi.json\` | the spec bundled into one file (\`redocly bundle\`); what the mock and users load |
| \`schema.ts\` | TypeScript types of paths, operations, components and webhooks (openapi-typescript) |
| \`validators.js\` | standalone ajv validators (JSON Schema 2020-12), bundled to plain ESM: no \`require\`, no \`eval\`, no ajv at run time |
| \`validators.d.ts\` | their types |
| \`client-validators.js\`, \`client-validators.d.ts\` | the send-body and list-query validators alone, without ajv's message texts, plus the send body's field names: what the client imports, so browser bundles stay small |
| \`callback-validator.js\`, \`callback-validator.d.ts\` | the status-callback validator alone, for the webhooks entry |

\`npm run check:generated\` regenerates into a temporary folder and fails when anything here differs.
`;

async function main() {
  const spec = bundleSpec();
  checkVersion(spec);
  const files = {
    'openapi.json': `${JSON.stringify({ 'x-generated': NOTICE, ...spec }, null, 2)}\n`,
    'schema.ts': await typesModule(spec),
    'validators.js': await validatorsModule(spec, VALIDATORS, { messages: true }),
    'validators.d.ts': validatorsTypes(VALIDATORS),
    'client-validators.js': await validatorsModule(spec, CLIENT_VALIDATORS, { messages: false, fields: true }),
    'client-validators.d.ts': validatorsTypes(CLIENT_VALIDATORS, { fields: true }),
    'callback-validator.js': await validatorsModule(spec, CALLBACK_VALIDATOR, { messages: true }),
    'callback-validator.d.ts': validatorsTypes(CALLBACK_VALIDATOR),
    'README.md': README,
  };
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  console.log(`generated ${Object.keys(files).join(', ')} in ${outDir}`);
}

await main();
