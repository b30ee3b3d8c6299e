#!/usr/bin/env node
// Regenerates everything under generated/ from spec/: the bundled spec, the TypeScript types and the
// standalone ajv validators. Output is deterministic, so `npm run check:generated` can diff it.
//
//   node scripts/generate.mjs [--out <dir>]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { validatorsModule, validatorsTypes } from './generate/validators.mjs';

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

/** The validators the client needs, alone in their own module so the root entry stays small. */
const CLIENT_VALIDATORS = { isSendMessageRequest: 'SendMessageRequest', isListMessagesQuery: 'ListMessagesQuery' };

/** The status-callback validator alone, for the webhooks entry. */
const CALLBACK_VALIDATOR = { isMessageStatusCallback: 'MessageStatusCallback' };


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
  const ast = await openapiTS(spec, { defaultNonNullable: false });
  return header(astToString(ast));
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
    'validators.js': header(await validatorsModule(spec, VALIDATORS, { messages: true })),
    'validators.d.ts': header(validatorsTypes(VALIDATORS)),
    'client-validators.js': header(await validatorsModule(spec, CLIENT_VALIDATORS, { messages: false, fields: true })),
    'client-validators.d.ts': header(validatorsTypes(CLIENT_VALIDATORS, { fields: true })),
    'callback-validator.js': header(await validatorsModule(spec, CALLBACK_VALIDATOR, { messages: true })),
    'callback-validator.d.ts': header(validatorsTypes(CALLBACK_VALIDATOR)),
    'README.md': README,
  };
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  console.log(`generated ${Object.keys(files).join(', ')} in ${outDir}`);
}

await main();
