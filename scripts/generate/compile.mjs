// Compiles the spec's JSON Schemas (2020-12, the keywords the spec uses) into one plain ESM module.
//
// Why not ajv's standalone code: ajv writes each check with its error bookkeeping inline (allErrors
// counters, evaluated-property records, an error object per site), which made the send-body
// validators 8.6 kB gzip in an app's bundle and spent a valid body's time on that bookkeeping. Here
// each schema is one function with two modes. Called without an error list, it returns false at
// the first violation and builds nothing. Called with one, it records every violation as ajv would
// (the same instancePath, schemaPath, keyword and params) and goes on. A validator runs the first
// mode and, only when that fails, the second. ajv stays: scripts/generate/validators.mjs compiles the
// spec with it in strict mode, and the tests compare every verdict and error with a fresh ajv's.
//
// ajv's order of keywords is kept (type, then applicators, then each type's group). An object with
// additionalProperties is read key by key, so its fields come in the value's key order rather than
// the schema's: the errors are ajv's set, and the client sorts its issues by path in any case. What
// is compared is a JSON value: in such an object a field that for-in does not see (a non-enumerable
// accessor) is not checked, as JSON.stringify does not send it either.

import { compilePattern } from './patterns.mjs';

/** The keywords this compiler implements; any other keyword in the spec is an error here. */
const KEYWORDS = new Set([
  '$id', '$ref', 'type', 'enum', 'const', 'not', 'anyOf', 'oneOf', 'allOf', 'if', 'then', 'else',
  'maximum', 'minimum', 'maxLength', 'minLength', 'pattern', 'format', 'maxItems', 'minItems', 'items',
  'required', 'additionalProperties', 'properties', 'discriminator',
]);

/** Keywords that describe and never constrain. */
const ANNOTATIONS = new Set(['title', 'description', 'example', 'examples', 'deprecated', 'externalDocs', '$comment']);

/** The keywords of each type's group, as ajv groups them: they apply only to a value of that type. */
const GROUPS = {
  number: ['maximum', 'minimum'],
  string: ['maxLength', 'minLength', 'pattern', 'format'],
  array: ['maxItems', 'minItems', 'items'],
  object: ['required', 'additionalProperties', 'properties', 'discriminator'],
};

/** ajv's data-type tests (with its default strictNumbers: NaN and Infinity are not numbers). */
const TYPE_TESTS = {
  string: (d) => `typeof ${d}=="string"`,
  number: (d) => `typeof ${d}=="number"&&isFinite(${d})`,
  integer: (d) => `typeof ${d}=="number"&&!(${d}%1)&&!isNaN(${d})&&isFinite(${d})`,
  boolean: (d) => `typeof ${d}=="boolean"`,
  null: (d) => `${d}===null`,
  array: (d) => `Array.isArray(${d})`,
  object: (d) => `${d}&&typeof ${d}=="object"&&!Array.isArray(${d})`,
};

/** A test that `d` is of one of `types`. */
const anyTypeTest = (types, d) => types.map((type) => `(${TYPE_TESTS[type](d)})`).join('||');
/** A subschema every value passes. */
const alwaysValid = (schema) => schema === true || (typeof schema === 'object' && Object.keys(schema).length === 0);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const escapePointer = (key) => key.replaceAll('~', '~0').replaceAll('/', '~1');
const member = (object, key) => (IDENTIFIER.test(key) ? `${object}.${key}` : `${object}[${JSON.stringify(key)}]`);
/** `path` extended by one static segment, merged into its trailing string literal when it has one. */
const join = (path, segment) => {
  const suffix = `/${escapePointer(segment)}`;
  const literalEnd = /^(.*)\+("(?:[^"\\]|\\.)*")$/.exec(path);
  return literalEnd ? `${literalEnd[1]}+${JSON.stringify(JSON.parse(literalEnd[2]) + suffix)}` : `${path}+${JSON.stringify(suffix)}`;
};

/**
 * A violation reached from the function's value through `properties` alone has the instance path
 * `p` + the names and the schema path of the node at `p` + `/properties/` + each name
 * (`p+"/a/b"`, `#/allOf/0/then/properties/a/properties/b`). Returns the names and that node's path,
 * or undefined for any other site. Such a site passes the names once and f() builds both paths.
 */
function propertyChain(path, schemaPath) {
  const instance = /^p\+"((?:\/[\w$-]+)+)"$/.exec(path);
  if (instance === null) return undefined;
  const names = instance[1].slice(1);
  const suffix = `/properties/${names.split('/').join('/properties/')}`;
  return schemaPath.endsWith(suffix) ? { names, base: schemaPath.slice(0, -suffix.length) } : undefined;
}

/**
 * Returns the module's source: `exports` maps each exported validator name to the `$id` of the
 * document it checks. Only `format: "uri"` is known; its check and ajv's `ucs2length` are imported
 * from `./runtime.js`.
 */
export function compileValidators(documents, exports) {
  const byId = new Map(documents.map((document) => [document.$id, document]));
  const functions = [];
  const functionOf = new Map();
  const literals = new Map();
  let subschemas = 0;

  /** A top-level name for a literal (a pattern, an enum's values), written once however often used. */
  const literal = (source, prefix) => {
    if (!literals.has(source)) literals.set(source, `${prefix}${literals.size}`);
    return literals.get(source);
  };

  const referenced = (id) => {
    if (!byId.has(id)) throw new Error(`$ref ${id} names no schema`);
    if (!functionOf.has(id)) {
      const name = `v${functionOf.size}`;
      functionOf.set(id, name);
      functions.push(schemaFunction(name, byId.get(id), '#'));
    }
    return functionOf.get(id);
  };

  /**
   * True while compiling a function that is only ever called to decide: an `if` or a `not`
   * subschema, whose violations ajv never reports. Such a function records nothing and takes only `d`.
   */
  let deciding = false;

  /** A schema's own function: `(d, p, E)`, true when `d` passes; with `E`, every violation appended to it instead. */
  function schemaFunction(name, schema, schemaPath, decideOnly = false) {
    const outer = deciding;
    deciding = decideOnly;
    try {
      const body = node(schema, 'd', 'p', schemaPath, { count: 0 });
      // With `E`, the verdict is the list's: no caller reads what a recording call returns.
      return decideOnly ? `function ${name}(d){${body}return!0}` : `function ${name}(d,p,E){${body}return!0}`;
    } finally {
      deciding = outer;
    }
  }

  /** A branch of an applicator, called once to decide and, if the decision fails, once more to record. */
  function branch(schema, data, path, schemaPath, decideOnly = deciding) {
    const only = Object.keys(schema);
    // A branch that only names types (the `null` of a nullable reference) is decided in place; its
    // function exists only to record, which a deciding branch never does.
    if (only.length === 1 && only[0] === 'type') {
      const test = `(${anyTypeTest([schema.type].flat(), data)})`;
      return { test, record: decideOnly ? '' : `${subschema(schema, schemaPath, false)}(${data},${path},E);` };
    }
    const fn = only.length === 1 && only[0] === '$ref' ? referenced(schema.$ref) : subschema(schema, schemaPath, decideOnly);
    return { test: `${fn}(${data})`, record: `${fn}(${data},${path},E);` };
  }

  function subschema(schema, schemaPath, decideOnly) {
    const name = `s${subschemas++}`;
    functions.push(schemaFunction(name, schema, schemaPath, decideOnly));
    return name;
  }

  /** The call that records one violation (in the second mode only). */
  const record = (path, schemaPath, keyword, params) => {
    const chain = propertyChain(path, schemaPath);
    if (chain === undefined) return `e(E,${path},${JSON.stringify(schemaPath)},"${keyword}",${params})`;
    return `f(E,p,${JSON.stringify(chain.names)},"${keyword}",${params}${chain.base === '#' ? '' : `,${JSON.stringify(chain.base)}`})`;
  };
  /** The statement that records one violation, or in the first mode ends the call with false. */
  const fail = (path, schemaPath, keyword, params) => (deciding ? '{return!1}' : `{if(!E)return!1;${record(path, schemaPath, keyword, params)}}`);
  /** A statement that fails the value when a call of `fn` on `data` fails. */
  const call = (fn, data, path) => (deciding ? `if(!${fn}(${data}))return!1;` : `if(!${fn}(${data},E&&${path},E)&&!E)return!1;`);
  /** Records the branches' violations and the applicator's own when `failed`: `failed` alone when deciding. */
  const failApplicator = (failed, branches, path, schemaPath, keyword, params) =>
    deciding ? `if(${failed})return!1;` : `if(${failed}){if(!E)return!1;${branches.map((b) => b.record).join('')}${record(path, schemaPath, keyword, params)}}`;

  function node(schema, d, path, schemaPath, locals) {
    if (schema === true) return '';
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) throw new Error(`${schemaPath}: not a schema`);
    for (const key of Object.keys(schema)) {
      if (!KEYWORDS.has(key) && !ANNOTATIONS.has(key)) throw new Error(`${schemaPath}: keyword ${key} is not implemented by scripts/generate/compile.mjs`);
    }
    if (schema.format !== undefined && schema.format !== 'uri') throw new Error(`${schemaPath}: format ${schema.format} is not implemented`);
    const local = () => `d${++locals.count}`;
    const types = schema.type === undefined ? [] : [schema.type].flat();
    const typeParams = `{type:${literalOf(schema.type)}}`;
    const typeError = fail(path, schemaPath, 'type', typeParams);
    const hasGroup = (type) => (GROUPS[type] ?? []).some((key) => schema[key] !== undefined);
    // ajv reports a wrong type first, unless the schema names one type whose own keywords it has:
    // then the report comes with that group, after the applicators.
    const typeFirst = types.length > 0 && !(types.length === 1 && hasGroup(types[0]));
    let code = '';
    // A nullable string (or array, object) with only its type's keywords: one test decides both.
    const groups = Object.keys(GROUPS).filter(hasGroup);
    const core = ['$ref', 'const', 'enum', 'not', 'anyOf', 'oneOf', 'allOf', 'if'].some((key) => schema[key] !== undefined);
    if (typeFirst && !core && groups.length === 1 && types.includes(groups[0])) {
      const [type] = groups;
      const others = types.filter((other) => other !== type);
      return `if(${TYPE_TESTS[type](d)}){${keywordsOf(type, schema, d, path, schemaPath, locals, local)}}else if(!(${anyTypeTest(others, d)}))${typeError}`;
    }
    if (typeFirst) code += `if(!(${anyTypeTest(types, d)}))${typeError}`;

    if (schema.$ref !== undefined) {
      code += call(referenced(schema.$ref), d, path);
    }
    if ('const' in schema) {
      if (schema.const !== null && typeof schema.const === 'object') throw new Error(`${schemaPath}: a const object is not implemented`);
      code += `if(${d}!==${JSON.stringify(schema.const)})${fail(path, schemaPath, 'const', `{allowedValue:${JSON.stringify(schema.const)}}`)}`;
    }
    if (schema.enum !== undefined) {
      if (schema.enum.some((value) => value !== null && typeof value === 'object')) throw new Error(`${schemaPath}: an enum of objects is not implemented`);
      const values = literal(JSON.stringify(schema.enum), 'a');
      const test = schema.enum.length <= 8 ? schema.enum.map((value) => `${d}===${JSON.stringify(value)}`).join('||') : `${values}.includes(${d})`;
      code += `if(!(${test}))${fail(path, schemaPath, 'enum', `{allowedValues:${values}}`)}`;
    }
    if (schema.not !== undefined) {
      code += `if(${branch(schema.not, d, path, `${schemaPath}/not`, true).test})${fail(path, schemaPath, 'not', '{}')}`;
    }
    if (schema.anyOf !== undefined) {
      const branches = schema.anyOf.map((sub, i) => branch(sub, d, path, `${schemaPath}/anyOf/${i}`));
      code += failApplicator(`!(${branches.map((b) => b.test).join('||')})`, branches, path, schemaPath, 'anyOf', '{}');
    }
    if (schema.oneOf !== undefined && schema.discriminator === undefined) {
      // ajv's own count: a second passing branch fails the oneOf, and its params name the passing ones.
      const branches = schema.oneOf.map((sub, i) => branch(sub, d, path, `${schemaPath}/oneOf/${i}`));
      const [first, ...rest] = branches;
      code += `{let v=${first.test},q=v?0:null;`;
      rest.forEach((b, i) => {
        code += `{const r=${b.test};if(r&&v){v=!1;q=[q,${i + 1}]}else if(r){v=!0;q=${i + 1}}}`;
      });
      code += `${failApplicator('!v', branches, path, schemaPath, 'oneOf', '{passingSchemas:q}')}}`;
    }
    if (schema.allOf !== undefined) {
      schema.allOf.forEach((sub, i) => {
        code += node(sub, d, path, `${schemaPath}/allOf/${i}`, locals);
      });
    }
    if (schema.if !== undefined && (schema.then !== undefined || schema.else !== undefined)) {
      const test = branch(schema.if, d, path, `${schemaPath}/if`, true).test;
      const clause = (keyword) => {
        if (schema[keyword] === undefined) return '';
        if (deciding) return node(schema[keyword], d, path, `${schemaPath}/${keyword}`, locals);
        const mark = local();
        return `const ${mark}=E?E.length:0;${node(schema[keyword], d, path, `${schemaPath}/${keyword}`, locals)}if(E&&E.length>${mark})${record(path, schemaPath, 'if', `{failingKeyword:"${keyword}"}`)};`;
      };
      const otherwise = clause('else');
      code += `if(${test}){${clause('then')}}${otherwise === '' ? '' : `else{${otherwise}}`}`;
    }

    const group = (type, test, body) => {
      if (!hasGroup(type)) return '';
      const otherwise = types.length === 1 && types[0] === type && !typeFirst ? `else${typeError}` : '';
      return `if(${test}){${body}}${otherwise}`;
    };

    // A single `integer` type is reported first (ajv has no integer group), so its number group follows.
    for (const type of Object.keys(GROUPS)) code += group(type, TYPE_TESTS[type](d), keywordsOf(type, schema, d, path, schemaPath, locals, local));
    return code;
  }

  function keywordsOf(type, schema, d, path, schemaPath, locals, local) {
    if (type === 'number') return numberKeywords(schema, d, path, schemaPath);
    if (type === 'string') return stringKeywords(schema, d, path, schemaPath);
    if (type === 'array') return arrayKeywords(schema, d, path, schemaPath, locals, local);
    return objectKeywords(schema, d, path, schemaPath, locals, local);
  }

  function literalOf(value) {
    return value === undefined ? 'undefined' : Array.isArray(value) ? literal(JSON.stringify(value), 'a') : JSON.stringify(value);
  }

  function numberKeywords(schema, d, path, schemaPath) {
    let code = '';
    if (schema.maximum !== undefined) code += `if(${d}>${schema.maximum})${fail(path, schemaPath, 'maximum', `{comparison:"<=",limit:${schema.maximum}}`)}`;
    if (schema.minimum !== undefined) code += `if(${d}<${schema.minimum})${fail(path, schemaPath, 'minimum', `{comparison:">=",limit:${schema.minimum}}`)}`;
    return code;
  }

  function stringKeywords(schema, d, path, schemaPath) {
    let code = '';
    // A string has at most as many code points as UTF-16 units, so the length decides most cases alone.
    if (schema.maxLength !== undefined) code += `if(${d}.length>${schema.maxLength}&&ucs2length(${d})>${schema.maxLength})${fail(path, schemaPath, 'maxLength', `{limit:${schema.maxLength}}`)}`;
    if (schema.minLength !== undefined) {
      const short = schema.minLength <= 1 ? `${d}.length<${schema.minLength}` : `ucs2length(${d})<${schema.minLength}`;
      code += `if(${short})${fail(path, schemaPath, 'minLength', `{limit:${schema.minLength}}`)}`;
    }
    if (schema.pattern !== undefined) {
      const compiled = compilePattern(schema.pattern);
      const test = compiled === undefined ? `${literal(`/${new RegExp(schema.pattern, 'u').source}/u`, 'r')}.test(${d})` : `${literal(`function(s){${compiled}}`, 'r')}(${d})`;
      code += `if(!${test})${fail(path, schemaPath, 'pattern', `{pattern:${JSON.stringify(schema.pattern)}}`)}`;
    }
    if (schema.format !== undefined) code += `if(!uri(${d}))${fail(path, schemaPath, 'format', '{format:"uri"}')}`;
    return code;
  }

  function arrayKeywords(schema, d, path, schemaPath, locals, local) {
    let code = '';
    if (schema.maxItems !== undefined) code += `if(${d}.length>${schema.maxItems})${fail(path, schemaPath, 'maxItems', `{limit:${schema.maxItems}}`)}`;
    if (schema.minItems !== undefined) code += `if(${d}.length<${schema.minItems})${fail(path, schemaPath, 'minItems', `{limit:${schema.minItems}}`)}`;
    if (Array.isArray(schema.items)) throw new Error(`${schemaPath}: an items array is not JSON Schema 2020-12 (use prefixItems, which is not implemented)`);
    if (schema.items !== undefined && schema.items !== true) {
      const i = local();
      const item = local();
      code += `for(let ${i}=0;${i}<${d}.length;${i}++){const ${item}=${d}[${i}];${node(schema.items, item, `${path}+"/"+${i}`, `${schemaPath}/items`, locals)}}`;
    }
    return code;
  }

  function objectKeywords(schema, d, path, schemaPath, locals, local) {
    let code = '';
    for (const name of schema.required ?? []) {
      code += `if(${member(d, name)}===void 0)${fail(path, schemaPath, 'required', `{missingProperty:${JSON.stringify(name)}}`)}`;
    }
    const properties = schema.properties ?? {};
    const propertyCheck = (name, sub, value) => `if(${value}!==void 0){${node(sub, value, join(path, name), `${schemaPath}/properties/${escapePointer(name)}`, locals)}}`;
    if (schema.additionalProperties !== undefined && schema.additionalProperties !== true) {
      // An object with a rule for other keys is read key by key: each key present is checked where
      // the loop meets it, any other key by that rule. A closed object, the send body's kind, reads
      // each field by name (measured faster there); an open one reads `d[key]` once, which is shorter.
      // The fields an object lacks are never read, and one loop does the work of two; reading a
      // missing field of a value seen in several shapes costs as much as the loop.
      const key = local();
      const value = local();
      const closed = schema.additionalProperties === false;
      const cases = Object.keys(properties).map((name) => {
        const sub = properties[name];
        if (alwaysValid(sub)) return `case${JSON.stringify(name)}:break;`;
        if (!closed) return `case${JSON.stringify(name)}:${propertyCheck(name, sub, value)}break;`;
        const field = local();
        return `case${JSON.stringify(name)}:{const ${field}=${member(d, name)};${propertyCheck(name, sub, field)}}break;`;
      });
      const other = closed
        ? fail(path, schemaPath, 'additionalProperties', `{additionalProperty:${key}}`)
        : node(schema.additionalProperties, value, `${path}+"/"+j(${key})`, `${schemaPath}/additionalProperties`, locals);
      const read = closed ? '' : `const ${value}=${d}[${key}];`;
      code += `for(const ${key} in ${d}){${read}switch(${key}){${cases.join('')}default:${other}}}`;
    } else {
      for (const [name, sub] of Object.entries(properties)) {
        if (alwaysValid(sub)) continue;
        const value = local();
        code += `{const ${value}=${member(d, name)};${propertyCheck(name, sub, value)}}`;
      }
    }
    if (schema.discriminator !== undefined) {
      const tagName = schema.discriminator.propertyName;
      const tag = local();
      const cases = (schema.oneOf ?? []).map((sub, i) => {
        const target = byId.get(sub.$ref);
        const value = target?.properties?.[tagName]?.const;
        if (Object.keys(sub).length !== 1 || typeof value !== 'string') throw new Error(`${schemaPath}/oneOf/${i}: a discriminator branch must be a $ref whose ${tagName} is a const`);
        return `case${JSON.stringify(value)}:${call(referenced(sub.$ref), d, path)}break;`;
      });
      const error = (kind) => fail(path, schemaPath, 'discriminator', `{error:"${kind}",tag:${JSON.stringify(tagName)},tagValue:${tag}}`);
      code += `{const ${tag}=${member(d, tagName)};if(typeof ${tag}=="string"){switch(${tag}){${cases.join('')}default:${error('mapping')}}}else${error('tag')}}`;
    }
    return code;
  }

  const exported = Object.entries(exports).map(([name, id]) => `export function ${name}(d){return run(${name},${referenced(id)},d)}`);
  const helpers = [
    '/** Runs `validate` without a list first; only a value that fails is checked again, recording every violation. */',
    'function run(f,validate,d){if(validate(d)){f.errors=null;return!0}const E=[];validate(d,"",E);f.errors=E;return!1}',
    'function e(E,instancePath,schemaPath,keyword,params){E.push({instancePath,schemaPath:schemaPath+"/"+keyword,keyword,params})}',
    'function f(E,p,names,keyword,params,base="#"){e(E,p+"/"+names,base+"/properties/"+names.split("/").join("/properties/"),keyword,params)}',
    'function j(key){return key.replace(/~/g,"~0").replace(/\\//g,"~1")}',
  ];
  const constants = [...literals].map(([source, name]) => (source.startsWith('function(') ? source.replace('function(', `function ${name}(`) : `const ${name}=${source};`));
  return [...constants, ...helpers, ...functions, ...exported].join('\n');
}
