// Compiles the spec's schemas into standalone ajv validators: plain ESM with no ajv, no require() and
// no eval at run time, made as small and as fast on valid values as ajv's output allows.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { transform } from 'esbuild';

const SCHEMA_BASE = 'https://plivo-message-openapi.local/schemas/';
const schemaId = (name) => `${SCHEMA_BASE}${name}.json`;

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
 * ajv's standalone code require()s two helpers: its own `ucs2length` and ajv-formats' `uri` (whose
 * CommonJS module holds every format and cannot be tree-shaken). Both are copied verbatim from the
 * installed versions into one small ESM module that every compiled module imports, so each helper
 * exists once in an app's bundle. Each copy is compared with the real function on inputs that split
 * them, so an upgrade that changes either fails here instead of drifting from ajv (and from Prism).
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

/** The helpers runtimeModule() provides, by the require() expression ajv writes for each. */
const RUNTIME_REQUIRES = {
  'require("ajv/dist/runtime/ucs2length").default': 'ucs2length',
  'require("ajv-formats/dist/formats").fullFormats.uri': 'uri',
};

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
    const fields = propertyChain(instancePath, schemaPath, keyword);
    if (fields !== undefined) return `vErrors = appendPropertyError(vErrors, instancePath, "${fields}", ${keyword}, ${params});\n`;
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
    'function appendPropertyError(errors, instancePath, fields, keyword, params) {',
    '  return appendError(errors, instancePath + "/" + fields, "#/properties/" + fields.split("/").join("/properties/") + "/" + keyword, keyword, params);',
    '}',
  ].join('\n');
  return `${compacted}\n${helper}\n`;
}

/**
 * Most errors are about a field reached through `properties` alone: the instance path is the
 * field names (`instancePath + "/currency/currency_code"`) and the schema path says the same
 * (`"#/properties/currency/properties/currency_code/pattern"`). Such a site passes the names once and
 * appendPropertyError() builds both paths when the error happens. Returns the names, or `undefined`
 * for any other site (array items, allOf branches, names that JSON pointers escape).
 */
function propertyChain(instancePath, schemaPath, keyword) {
  const instance = /^instancePath \+ "\/([A-Za-z0-9_$-]+(?:\/[A-Za-z0-9_$-]+)*)"$/.exec(instancePath ?? '');
  if (instance === null) return undefined;
  const fields = instance[1];
  return schemaPath === `"#/properties/${fields.split('/').join('/properties/')}/${JSON.parse(keyword)}"` ? fields : undefined;
}

/**
 * ajv passes each nested validator the instance path of the value it checks, built by string
 * concatenation on every call, valid or not, though only an error ever reads it. Here the nested call
 * gets no path, so its errors carry paths relative to the value it checked, and the caller prefixes
 * them with the concatenation only when the call fails. A valid value builds no path at all.
 */
function pathsOnFailure(code) {
  const call = /if \(!((?:validate\d+|wrapper\d+\.validate))\(([^,(){}]+), (instancePath(?: \+ [^(){},;]+)?)\)\) \{\n\s*vErrors = vErrors === null \? \1\.errors : vErrors\.concat\(\1\.errors\);\n(\s*)errors = vErrors\.length;/g;
  const out = rewrite(code, call, (_match, validator, value, path, indent) => `if (!${validator}(${value})) {\n${indent}vErrors = appendNestedErrors(vErrors, ${validator}.errors, ${path});\n${indent}errors = vErrors.length;`, 'nested validator call');
  if (/(?<!function )\b(?:validate\d+|wrapper\d+\.validate)\([^()]*, instancePath\b/.test(out)) throw new Error('a nested validator call of an unknown shape still builds its path; update pathsOnFailure() in scripts/generate/validators.mjs');
  const helper = [
    'function appendNestedErrors(errors, nested, path) {',
    '  for (const error of nested) error.instancePath = path + error.instancePath;',
    '  return errors === null ? nested : errors.concat(nested);',
    '}',
  ].join('\n');
  return `${out}\n${helper}\n`;
}

/**
 * ajv's standalone code keeps each compiled schema as an object literal, but reads only a few paths
 * of it at run time: enum and type lists for error params, and the key set of `properties` for
 * additionalProperties checks. Each literal is cut down to the paths the code reads (the keys of a
 * read object are kept, their unread values become 0), so the rest of the schema does not ship.
 * A schema read as a whole, or through a path that cannot be resolved, is left untouched.
 */
function pruneSchemaLiterals(code) {
  const declaration = /^(?:var|const) (schema\d+) = (\{.*\});$/gm;
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
    if (paths.length === 0) return '';
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
    return `const ${name} = ${JSON.stringify(pruned)};`;
  });
}

/**
 * Fails unless the target of each nullable reference, `oneOf: [{ $ref }, { type: 'null' }]`, refuses
 * null, the condition under which nullableReferences() may rewrite it: at most one branch passes.
 */
function nullableReferencesRefuseNull(documents) {
  eachSchemaObject(documents, (node) => {
    const [reference, nullType, ...rest] = Array.isArray(node.oneOf) ? node.oneOf : [];
    if (rest.length === 0 && typeof reference?.$ref === 'string' && Object.keys(reference).length === 1 && JSON.stringify(nullType) === '{"type":"null"}') {
      const target = documents.find((d) => d.$id === reference.$ref);
      if (target === undefined || typeof target.type !== 'string' || target.type === 'null') {
        throw new Error(`${reference.$ref} may accept null, so nullableReferences() in scripts/generate/validators.mjs cannot tell its oneOf's branches apart`);
      }
    }
  });
}

/**
 * ajv checks a nullable reference, `oneOf: [{ $ref }, { type: 'null' }]`, as a general oneOf: it
 * runs both branches, counts the passing ones and cuts the failed branch's errors back. The
 * referenced schema refuses null (nullableReferencesRefuseNull() checks it), so a value passes exactly
 * when it is null or passes the reference; otherwise the errors ajv would keep are written, by one
 * helper: the reference's, the null branch's and the oneOf's own, with no passing branch.
 */
function nullableReferences(code) {
  const oneOf = new RegExp(
    [
      String.raw`const (_errs\d+)=errors;let (valid\d+)=false;let (passing\d+)=null;`,
      String.raw`const (_errs\d+)=errors;if\(!(validate\d+)\((data\d+)\)\)\{vErrors=appendNestedErrors\(vErrors,\5\.errors,([^{}()]+)\);errors=vErrors\.length\}`,
      String.raw`var (_valid\d+)=\4===errors;if\(\8\)\{\2=true;\3=0\}`,
      String.raw`const (_errs\d+)=errors;if\(\6!==null\)\{vErrors=appendError\(vErrors,\7,"([^"]*\/oneOf)\/1\/type","type",\{type:"null"\}\);errors\+\+\}`,
      String.raw`var \8=\9===errors;if\(\8&&\2\)\{\2=false;\3=\[\3,1\]\}else\{if\(\8\)\{\2=true;\3=1\}\}`,
      String.raw`if\(!\2\)\{vErrors=append(?:Property)?Error\([^{}]*,"oneOf",\{passingSchemas:\3\}\);errors\+\+\}`,
      String.raw`else\{errors=\1;if\(vErrors!==null\)\{if\(\1\)\{vErrors\.length=\1\}else\{vErrors=null\}\}\}`,
    ].join(''),
    'g',
  );
  const out = rewrite(
    code,
    oneOf,
    (_match, _errs, _valid, _passing, _errs2, validate, data, path, _valid2, _errs3, schemaPath) =>
      `if(${data}!==null&&!${validate}(${data})){vErrors=appendNullableErrors(vErrors,${validate}.errors,${path},"${schemaPath}");errors=vErrors.length}`,
    'nullable reference',
  );
  // Laid out as the module around it is: this runs on the compacted code.
  const helper = 'function appendNullableErrors(errors,nested,path,schemaPath){return appendError(appendError(appendNestedErrors(errors,nested,path),path,schemaPath+"/1/type","type",{type:"null"}),path,schemaPath,"oneOf",{passingSchemas:null})}';
  return `${out}\n${helper}\n`;
}

/** Replaces each `pattern` of a raw ajv module by `replacement`, failing when ajv's output no longer has that shape. */
function rewrite(code, pattern, replacement, what, { required = true } = {}) {
  let count = 0;
  const out = code.replace(pattern, (...match) => {
    count += 1;
    return typeof replacement === 'function' ? replacement(...match) : replacement.replace(/\$(\d)/g, (_, i) => match[Number(i)]);
  });
  if (required && count === 0) throw new Error(`ajv's standalone output changed: found no ${what}; update scripts/generate/validators.mjs`);
  return out;
}

/**
 * Edits that hold for both compiles. ajv tracks evaluated properties for unevaluatedProperties/Items,
 * which the spec does not use (compileValidators refuses a spec that does): the bookkeeping goes.
 * A minLength of 1 or a maxLength of n needs the code-point count only when the UTF-16 length does
 * not decide it, since a string has at most as many code points as UTF-16 units.
 */
function commonEdits(code, ucs2) {
  let out = rewrite(code, /const evaluated\d+ = validate\d*\.evaluated;if\(evaluated\d+\.dynamicProps\)\{evaluated\d+\.props = undefined;\}if\(evaluated\d+\.dynamicItems\)\{evaluated\d+\.items = undefined;\}/g, '', 'evaluated-props reset');
  // A discriminator hands the evaluated properties of the branch it called to its own caller.
  out = rewrite(out, /(evaluated\d+)\.props = props\d+;/g, '', 'discriminator evaluated-props hand-over', { required: false });
  out = rewrite(out, /validate\d+\.evaluated = \{(?:"props":(?:true|false|\{[^{}]*\}),)?(?:"items":[^,{}]*,)?"dynamicProps":(?:true|false),"dynamicItems":(?:true|false)\};/g, '', 'evaluated-props declaration');
  if (/\.evaluated\b/.test(out)) throw new Error('evaluated-props of an unknown shape are left; update commonEdits() in scripts/generate/validators.mjs');
  // if/then branches record the properties they evaluated in `propsN` objects that only those keywords read.
  out = rewrite(out, /var (props\d+) = \{\};(?:\1\.[\w$]+ = true;)*/g, '', 'evaluated-props record', { required: false });
  out = rewrite(out, /if\((props\d+) !== true\)\{\1 = \1 \|\| \{\};(?:\1\.[\w$]+ = true;)*\}/g, '', 'evaluated-props extension', { required: false });
  // A discriminator branch marks every property evaluated (its subschema is closed).
  out = rewrite(out, /var props\d+ = true;/g, '', 'discriminator evaluated-props record', { required: false });
  out = rewrite(out, /if\((props\d+) !== true\)\{\1 = true;\}/g, '', 'discriminator evaluated-props extension', { required: false });
  out = rewrite(out, /if\((props\d+) !== true && (props\d+) !== undefined\)\{if\(\2 === true\)\{\1 = true;\}else \{\1 = \1 \|\| \{\};Object\.assign\(\1, \2\);\}\}/g, '', 'evaluated-props merge', { required: false });
  if (/\bprops\d+\b/.test(out)) throw new Error('evaluated-props bookkeeping of an unknown shape is left; update commonEdits() in scripts/generate/validators.mjs');
  if (ucs2 !== undefined) {
    out = rewrite(out, new RegExp(`\\b${ucs2}\\((data\\d*)\\) < 1\\b`, 'g'), '$1.length < 1', 'minLength 1', { required: false });
    out = rewrite(out, new RegExp(`\\b${ucs2}\\((data\\d*)\\) > (\\d+)\\b`, 'g'), '($1.length > $2 && ' + ucs2 + '($1) > $2)', 'maxLength', { required: false });
  }
  // Each pattern as a literal instead of ajv's `new RegExp("…", "u")`: shorter, and a bundler knows a
  // literal has no side effect, so it drops the patterns of validators an app does not import.
  out = rewrite(out, /new RegExp\(("(?:[^"\\]|\\.)*"), "([a-z]*)"\)/g, (_match, source, flags) => {
    const pattern = new RegExp(JSON.parse(source), flags);
    return `/${pattern.source}/${pattern.flags}`;
  }, 'pattern');
  if (/\bnew RegExp\(/.test(out)) throw new Error('a pattern of an unknown shape is left; update commonEdits() in scripts/generate/validators.mjs');
  return out;
}

/**
 * Edits that keep a valid value from building anything it does not need. Functions take the instance path as their one
 * option instead of an options object built on every nested call (the spec uses no `$data` and no
 * dynamic references, so the other options are never read). While ajv tests an `if` or `not`
 * subschema it pushes an empty object per failure only to count it, then cuts the list back to its
 * length before the test; counting alone gives the same verdicts and the same list, provided no
 * reference is called inside the test, which simpleConditions() checks on the spec. So a valid value
 * builds no error object at all.
 */
function validEdits(code) {
  let out = rewrite(code, /\{instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors=\{\}\}=\{\}/g, 'instancePath=""', 'function options');
  out = rewrite(out, /(\b(?:validate\d*|wrapper\d+\.validate)\([^,(){}]+), \{instancePath:([^{}]*?),parentData:[^{}]*?,parentDataProperty:[^{}]*?,rootData,dynamicAnchors\}\)/g, '$1, $2)', 'nested call options');
  // The discriminator calls its branch with the caller's options in shorthand form.
  out = rewrite(out, /(\bvalidate\d+\([^,(){}]+), \{instancePath,parentData,parentDataProperty,rootData,dynamicAnchors\}\)/g, '$1, instancePath)', 'discriminator branch call options', { required: false });
  out = rewrite(out, /const (err\d+) = \{\};if\(vErrors === null\)\{vErrors = \[\1\];\}else \{vErrors\.push\(\1\);\}errors\+\+;/g, 'errors++;', 'if-branch failure');
  for (const leftover of ['rootData', 'dynamicAnchors', 'parentData']) {
    if (out.includes(leftover)) throw new Error(`the report still uses ${leftover}; update validEdits() in scripts/generate/validators.mjs`);
  }
  return out;
}

/**
 * Fails unless no `if` or `not` subschema holds a reference, the condition under which validEdits()
 * may count their failures without recording them. Inside such a test nothing is pushed any more, so
 * the list only ever has its length set (and set back when the test ends); the one operation that
 * reads it, merging a referenced function's errors and recounting from the list, comes with a `$ref`.
 * The same holds for the branches of an `anyOf`, which anyOfCountedFirst() counts before it records;
 * they may not nest another anyOf or oneOf either, whose code that edit would take for its own.
 */
function simpleConditions(documents) {
  const nested = ['$ref', '$dynamicRef'];
  const uses = (subschema, keywords) => keywords.filter((keyword) => JSON.stringify(subschema).includes(`"${keyword}":`));
  eachSchemaObject(documents, (node) => {
    for (const key of ['if', 'not']) {
      if (node[key] === undefined) continue;
      const used = uses(node[key], nested);
      if (used.length > 0) throw new Error(`an "${key}" subschema uses ${used.join(', ')}: validEdits() in scripts/generate/validators.mjs cannot count its failures alone`);
    }
    if (node.anyOf !== undefined) {
      const used = uses(node.anyOf, [...nested, 'anyOf', 'oneOf']);
      if (used.length > 0) throw new Error(`an "anyOf" branch uses ${used.join(', ')}: anyOfCountedFirst() in scripts/generate/validators.mjs cannot count its failures alone`);
    }
  });
}

/** Calls `check` on every object in `documents`, at any depth: each schema and everything inside one. */
function eachSchemaObject(documents, check) {
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    check(node);
    Object.values(node).forEach(visit);
  };
  visit(documents);
}

/**
 * With allErrors, ajv runs every branch of an anyOf and records each failing branch's errors, then
 * cuts them back when one branch passes: a valid value that takes a later branch (a WhatsApp body
 * with a template, past text and media) builds an error object per branch before it. Here the
 * branches run first counting failures only; they run again recording them only when none passed,
 * which gives ajv's list exactly. Counting alone is complete because no branch calls another
 * function (simpleConditions() checks it), and a count run can only lengthen the list, which the
 * reset before the recording run and ajv's own cut-back on success both undo.
 */
function anyOfCountedFirst(code) {
  const anyOf = /const (_errs\d+)=errors;let (valid\d+)=false;([^]*?)(if\(!\2\)\{vErrors=append(?:Property)?Error\([^{}]*,"anyOf",\{\}\);errors\+\+\}else\{errors=\1;if\(vErrors!==null\)\{if\(\1\)\{vErrors\.length=\1\}else\{vErrors=null\}\}\})/g;
  const anyOfErrors = code.match(/,"anyOf",\{\}\);errors\+\+\}else\{/g)?.length ?? 0;
  let rewritten = 0;
  const out = rewrite(code, anyOf, (match, errs, valid, branches, ending) => {
    rewritten += 1;
    if (/\bvalidate\d+\(|let valid\d+=false;/.test(branches)) throw new Error('an anyOf branch of an unknown shape; update anyOfCountedFirst() in scripts/generate/validators.mjs');
    const record = valid.replace('valid', 'record');
    const recorded = branches.replace(/vErrors=append(?:Property)?Error\(/g, (push) => `if(${record})${push}`);
    const reset = `errors=${errs};if(vErrors!==null){if(${errs}){vErrors.length=${errs}}else{vErrors=null}}`;
    return `const ${errs}=errors;let ${valid}=false;for(let ${record}=false;;${record}=true){${recorded}if(${valid}||${record})break;${reset}}${ending}`;
  }, 'anyOf', { required: false });
  if (rewritten !== anyOfErrors) throw new Error(`${anyOfErrors - rewritten} anyOf of an unknown shape left as ajv wrote it; update anyOfCountedFirst() in scripts/generate/validators.mjs`);
  return out;
}

/**
 * Compiles every validator in one ajv pass (`allErrors`: an invalid value gets every error) into one
 * ESM module that imports its helpers from `./runtime.js`. Each validator is a function declaration
 * with no load-time statement, so a bundler keeps only the ones an app imports. ajv's English texts
 * are left out: the client and the callback parser word issues from keyword and params.
 */
export async function validatorsModule(spec, validators) {
  const documents = schemaDocuments(spec);
  if (/"unevaluated(Properties|Items)"/.test(JSON.stringify(documents))) {
    throw new Error('the spec uses unevaluatedProperties/Items: drop unevaluated: false and the evaluated-props edits in scripts/generate/validators.mjs');
  }
  const ajv = new Ajv2020({
    messages: false,
    // Shared schemas (location, template components) become one function each instead of copies.
    inlineRefs: false,
    allErrors: true,
    unevaluated: false,
    strict: true,
    // "One of these must be present" branches list only `required`; that is the point of them.
    strictRequired: false,
    // Type-less branches inside if/then refine a property typed at the top level.
    strictTypes: false,
    allowUnionTypes: true,
    // A template parameter's `type` picks its one schema: each kind is its own function, so none sees
    // the several object shapes that make property reads slow, and no other branch is tried.
    discriminator: true,
    code: { source: true, esm: true, optimize: true },
  });
  ajv.addVocabulary(['example']);
  addFormats(ajv, ['uri']);
  simpleConditions(documents);
  nullableReferencesRefuseNull(documents);
  ajv.addSchema(documents);
  const refs = Object.fromEntries(Object.entries(validators).map(([name, def]) => [name, schemaId(def)]));
  let source = standaloneCode(ajv, refs).replace(/^"use strict";/, '');
  const helpers = new Set();
  let ucs2;
  source = source.replace(/const (func\d+|formats\d+) = (require\([^;]*\)(?:\.default|\.fullFormats\.uri));/g, (match, name, expression) => {
    const helper = RUNTIME_REQUIRES[expression];
    if (helper === undefined) throw new Error(`ajv requires ${expression}, which runtimeModule() does not provide`);
    helpers.add(helper);
    if (helper === 'ucs2length') ucs2 = name;
    return `const ${name} = ${helper};`;
  });
  if (/\brequire\(/.test(source)) throw new Error('ajv\'s output still calls require() after the runtime helpers were replaced');
  source = commonEdits(source, ucs2);
  source = validEdits(source);
  source = `import { ${[...helpers].sort().join(', ')} } from './runtime.js';\n${source}`;
  // esbuild only lays the one-line output out readably here; nothing is bundled.
  const result = await transform(source, { format: 'esm', target: 'es2020', legalComments: 'none', logLevel: 'silent' });
  const edited = pruneSchemaLiterals(compactErrorPushes(pathsOnFailure(result.code)));
  // Laid out without indentation: ajv's nesting makes a third of the readable file leading spaces,
  // which every installation would carry. The code only returns verdicts; no stack trace points into it.
  const compact = await transform(edited, { format: 'esm', minifyWhitespace: true, legalComments: 'none', logLevel: 'silent' });
  return anyOfCountedFirst(nullableReferences(compact.code)).replace(/;(function |const |export )/g, ';\n$1');
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
