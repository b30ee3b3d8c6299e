#!/usr/bin/env node
// Regenerates everything under generated/ from spec/: the bundled spec, the TypeScript types and the
// validators (scripts/generate/compile.mjs). Output is deterministic, so `npm run check:generated` can diff it.
//
//   node scripts/generate.mjs [--out <dir>]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { runtimeModule, validatorsModule, validatorsTypes } from './generate/validators.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: join(root, 'generated') } } });
const outDir = resolve(values.out);

const NOTICE = 'Generated from spec/ by `npm run generate`. Do not edit: change the spec and regenerate.';

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

/** The validators the client needs: the root entry imports this module, so an app's bundle holds only these. */
const CLIENT_VALIDATORS = ['isSendMessageRequest', 'isListMessagesQuery'];

/** The status-callback validator, for the webhooks entry. */
const CALLBACK_VALIDATOR = ['isMessageStatusCallback'];

/** A module that re-exports some of the validators (one compiled copy serves every entry). */
function subsetModule(names, extra = '') {
  return `export { ${names.join(', ')} } from './validators.js';\n${extra}`;
}

function subsetTypes(names, extra = '') {
  return `export type { SchemaError, SchemaValidator } from './validators.js';\nexport { ${names.join(', ')} } from './validators.js';\n${extra}`;
}

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

const header = (text) => `// ${NOTICE}\n${text}`;

async function typesModule(spec) {
  // openapi-typescript writes into the document it is given (discriminator values among them).
  const ast = await openapiTS(structuredClone(spec), { defaultNonNullable: false });
  // Each discriminated branch's tag gets a note about the tool, not about the field: every install would carry it.
  const toolNote = /\/\*\*\n\s*\* @description discriminator enum property added by openapi-typescript\n\s*\* @enum \{string\}\n\s*\*\/\n\s*/g;
  return header(astToString(ast).replace(toolNote, ''));
}

const README = `# generated/

${NOTICE}

| file | what it is |
|---|---|
| \`openapi.json\` | the spec bundled into one file (\`redocly bundle\`); what the mock and users load |
| \`schema.ts\` | TypeScript types of paths, operations, components and webhooks (openapi-typescript) |
| \`runtime.js\`, \`runtime.d.ts\` | the two helpers the compiled code calls (ajv's \`ucs2length\`, ajv-formats' \`uri\` with a fast path for plain http(s) URLs), once |
| \`validators.js\`, \`validators.d.ts\` | every schema compiled once (JSON Schema 2020-12; errors as ajv's \`allErrors\` reports them), as plain ESM: no \`require\`, no \`eval\`, no ajv at run time |
| \`client-validators.js\`, \`client-validators.d.ts\` | the send-body and list-query validators (re-exported) and the send body's field names: what the client imports |
| \`callback-validator.js\`, \`callback-validator.d.ts\` | the status-callback validator (re-exported) and the callback's field names, for the webhooks entry |

\`npm run check:generated\` regenerates into a temporary folder and fails when anything here differs.
`;

const RUNTIME_TYPES = `/** ajv-formats' \`uri\` format: whether \`value\` is an absolute URI (RFC 3986). */
export declare function uri(value: string): boolean;
/** ajv's \`ucs2length\`: the length of \`value\` in code points, as JSON Schema's minLength and maxLength count it. */
export declare function ucs2length(value: string): number;
`;

async function main() {
  const spec = bundleSpec();
  checkVersion(spec);
  // The field names let the client suggest the intended name for a misspelt one, and tell a GET
  // callback's fields apart from the callback URL's own query parameters.
  const fieldsOf = (schema) => JSON.stringify(Object.keys(spec.components.schemas[schema].properties).sort());
  const files = {
    'openapi.json': `${JSON.stringify({ 'x-generated': NOTICE, ...spec }, null, 2)}\n`,
    'schema.ts': await typesModule(spec),
    'runtime.js': header(runtimeModule()),
    'runtime.d.ts': header(RUNTIME_TYPES),
    'validators.js': header(await validatorsModule(spec, VALIDATORS)),
    'validators.d.ts': header(validatorsTypes(VALIDATORS)),
    'client-validators.js': header(subsetModule(CLIENT_VALIDATORS, `export const SEND_MESSAGE_REQUEST_FIELDS = ${fieldsOf('SendMessageRequest')};\n`)),
    'client-validators.d.ts': header(subsetTypes(CLIENT_VALIDATORS, "/** The names of the send body's fields, sorted. */\nexport declare const SEND_MESSAGE_REQUEST_FIELDS: readonly string[];\n")),
    'callback-validator.js': header(subsetModule(CALLBACK_VALIDATOR, `export const MESSAGE_STATUS_CALLBACK_FIELDS = ${fieldsOf('MessageStatusCallback')};\n`)),
    'callback-validator.d.ts': header(subsetTypes(CALLBACK_VALIDATOR, "/** The names of the status callback's fields, sorted. */\nexport declare const MESSAGE_STATUS_CALLBACK_FIELDS: readonly string[];\n")),
    'README.md': README,
  };
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  console.log(`generated ${Object.keys(files).join(', ')} in ${outDir}`);
}

await main();
