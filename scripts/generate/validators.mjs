// Turns the spec's schemas into the validators module: plain ESM with no ajv, no require() and no
// eval at run time. The documents are checked with ajv and compiled by ./compile.mjs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { compileValidators } from './compile.mjs';

const SCHEMA_BASE = 'https://plivo-message-openapi.local/schemas/';
const schemaId = (name) => `${SCHEMA_BASE}${name}.json`;

/** The TypeScript type each validator narrows to, in terms of generated/schema.ts. */
const VALIDATOR_TYPES = {
  ListMessagesQuery: "NonNullable<operations['listMessages']['parameters']['query']>",
};

/**
 * ajv picks a discriminator's branch by the `const` of each branch's tag property and refuses an
 * OpenAPI `mapping`, which the spec gives for OpenAPI tools (without one, they take each branch's
 * schema name as its tag). The mapping goes, once it is checked to say what the consts say.
 */
function ajvDiscriminator({ propertyName, mapping = {} }, schemas) {
  for (const [tag, ref] of Object.entries(mapping)) {
    const branch = schemas[ref.replace('#/components/schemas/', '')];
    if (branch?.properties?.[propertyName]?.const !== tag) throw new Error(`discriminator mapping ${tag} -> ${ref}: that schema's ${propertyName} is not const ${tag}`);
  }
  return { propertyName };
}

/**
 * JSON Schema view of the spec: each component schema on its own, with its own `$id`, plus the list
 * query as one object. ajv compiles a schema with an `$id` once and every reference to it calls that
 * one function; fragments of one big document would be compiled again for each validator reaching them.
 */
function schemaDocuments(spec) {
  const rewrite = (node) => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== 'object') return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'discriminator') {
        out.discriminator = ajvDiscriminator(value, spec.components.schemas);
      } else if (key === '$ref' && typeof value === 'string') {
        out.$ref = value.startsWith('#/components/schemas/') ? schemaId(value.slice('#/components/schemas/'.length)) : value;
      } else {
        out[key] = rewrite(value);
      }
    }
    return out;
  };
  const $defs = rewrite(spec.components.schemas);
  const listParameters = spec.paths['/v1/Account/{auth_id}/Message/'].get.parameters.map((p) =>
    p.$ref ? spec.components.parameters[p.$ref.split('/').pop()] : p,
  );
  $defs.ListMessagesQuery = {
    title: 'ListMessagesQuery',
    description: 'The query of listMessages: every filter optional, unknown filters rejected.',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(listParameters.filter((p) => p.in === 'query').map((p) => [p.name, rewrite(p.schema)])),
  };
  return Object.entries($defs).map(([name, schema]) => ({ $id: schemaId(name), ...schema }));
}

/**
 * ajv-formats' `uri` runs one large regular expression (IPv6 and IPv4 hosts, userinfo, relative
 * forms), which took most of a template body's validation. A plain http(s) URL, what `media`,
 * `url` and `media_urls` carry, is first matched by a small expression built from the same
 * character classes, restricted: a registered-name host without percent-escapes, an optional port,
 * path, query and fragment without percent-escapes. Every string it matches is matched by ajv-formats'
 * expression too (the unit tests check that on generated strings), so it only answers sooner; any
 * other string goes to ajv-formats' check.
 */
const HTTP_URL_FAST_PATH = [
  // Both cases spelt out rather than /i: the same ASCII language, and a case-insensitive match is slower.
  "const HTTP_URL = /^[Hh][Tt][Tt][Pp][Ss]?:\\/\\/[A-Za-z0-9\\-._~]+(?::\\d*)?(?:\\/[A-Za-z0-9\\-._~!$&'()*+,;=:@/]*)?(?:\\?[A-Za-z0-9\\-._~!$&'()*+,;=:@/?]*)?(?:#[A-Za-z0-9\\-._~!$&'()*+,;=:@/?]*)?$/;",
  'export function uri(str) {',
  '  return HTTP_URL.test(str) || fullUri(str);',
  '}',
].join('\n');

/** Strings on which the copied `uri` must agree with ajv-formats' own. */
const URI_PROBES = [
  'https://example.com/a.png',
  'HTTPS://EXAMPLE.COM:8443/A/B//C?x=1&y=%20#top',
  'http://[::1]:80/x',
  'http://user:pw@example.com/',
  'https://exa%41mple.com/',
  'https://example.com/%zz',
  'https://example.com/a b',
  'https://example.com/a\\b',
  'https:///path',
  'mailto:a@b.c',
  'urn:isbn:0451450523',
  '/relative',
  'no scheme',
  'https://exa mple.com',
  '',
];

/**
 * The compiled validators call two helpers so that they count and accept exactly what ajv does: ajv's
 * `ucs2length` and ajv-formats' `uri` (whose CommonJS module holds every format and cannot be
 * tree-shaken). Both are copied verbatim from the installed versions into one small ESM module, so
 * each helper exists once in an app's bundle. Each copy is compared with the real function on inputs
 * that split them, so an upgrade that changes either fails here instead of drifting from ajv (and
 * from Prism).
 */
export function runtimeModule() {
  const require = createRequire(import.meta.url);
  const pick = (file, pattern, what) => {
    const source = readFileSync(require.resolve(file), 'utf8');
    const match = pattern.exec(source);
    if (!match) throw new Error(`${file} changed: cannot find ${what}; update runtimeModule() in scripts/generate/validators.mjs`);
    return match[0];
  };
  const formats = 'ajv-formats/dist/formats';
  const uriSource = [
    pick(formats, /^const NOT_URI_FRAGMENT = .*;$/m, 'NOT_URI_FRAGMENT'),
    pick(formats, /^const URI = .*;$/m, 'URI'),
    pick(formats, /^function uri\(str\) \{\n[\s\S]*?\n\}$/m, 'function uri').replace('function uri(', 'function fullUri('),
    HTTP_URL_FAST_PATH,
  ].join('\n');
  const ucs2Source = `export ${pick('ajv/dist/runtime/ucs2length', /^function ucs2length\(str\) \{\n[\s\S]*?\n\}$/m, 'function ucs2length')}`;
  const copies = new Function(`${`${uriSource}\n${ucs2Source}`.replaceAll('export function', 'function')}\nreturn { uri, ucs2length };`)();
  const realUri = require(formats).fullFormats.uri;
  for (const probe of URI_PROBES) {
    if (copies.uri(probe) !== realUri(probe)) throw new Error(`uri copy disagrees with ajv-formats on ${JSON.stringify(probe)}`);
  }
  const realUcs2 = require('ajv/dist/runtime/ucs2length').default;
  for (const probe of ['', 'a', 'é', '😀', 'a😀b', '\ud800', '\udc00x', '\ud800\ud800']) {
    if (copies.ucs2length(probe) !== realUcs2(probe)) throw new Error(`ucs2length copy disagrees with ajv on ${JSON.stringify(probe)}`);
  }
  return `${uriSource}\n\n${ucs2Source}\n`;
}

/**
 * Checks the documents with ajv in strict mode, as the tests' reference validators compile them: an
 * unknown keyword, a reference to nothing or a type-less keyword is refused here, before any code is
 * written. ajv's own output is not used (scripts/generate/compile.mjs says why).
 */
function checkWithAjv(documents, ids) {
  const ajv = new Ajv2020({
    allErrors: true,
    inlineRefs: false,
    strict: true,
    // "One of these must be present" branches list only `required`; that is the point of them.
    strictRequired: false,
    // Type-less branches inside if/then refine a property typed at the top level.
    strictTypes: false,
    allowUnionTypes: true,
    discriminator: true,
  });
  ajv.addVocabulary(['example']);
  addFormats(ajv, ['uri']);
  ajv.addSchema(documents);
  for (const id of ids) ajv.getSchema(id);
}

/**
 * Every validator in one ESM module that imports its helpers from `./runtime.js`. Each exported
 * validator is a function declaration and nothing runs at load time but literals, so a bundler
 * keeps only the validators an app imports and what they reach.
 */
export async function validatorsModule(spec, validators) {
  const documents = schemaDocuments(spec);
  const refs = Object.fromEntries(Object.entries(validators).map(([name, def]) => [name, schemaId(def)]));
  checkWithAjv(documents, Object.values(refs));
  const code = compileValidators(documents, refs);
  const helpers = ['ucs2length', 'uri'].filter((helper) => new RegExp(`\\b${helper}\\(`).test(code));
  return `import{${helpers.join(',')}}from"./runtime.js";\n${code}\n`;
}

export function validatorsTypes(validators) {
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
  return `${lines.join('\n')}\n`;
}
