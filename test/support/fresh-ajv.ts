import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

// Both packages are CommonJS with a `default` export; how a default import maps onto them differs
// between Node's loader and the test runner's, so take whichever is the function.
export const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as typeof Ajv2020Module.default;
export const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as typeof addFormatsModule.default;

const SCHEMA_ID = 'https://fresh.local/schemas.json';

type Json = unknown;
function rewriteRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string'
        ? value.replace('#/components/schemas/', '#/$defs/')
        : // ajv refuses an OpenAPI mapping; it reads each branch's tag from the branch's `const`.
          key === 'discriminator'
          ? { propertyName: (value as { propertyName: string }).propertyName }
          : rewriteRefs(value),
    ]),
  );
}

/**
 * An Ajv compiled at test time, straight from generated/openapi.json, independent of the generator's
 * code path: the reference the standalone validators are compared against.
 */
export function freshValidator(schemaName: string): ValidateFunction {
  const spec = JSON.parse(readFileSync(join(import.meta.dirname, '../../generated/openapi.json'), 'utf8')) as {
    components: { schemas: Record<string, Json> };
  };
  const ajv = new Ajv2020({ allErrors: true, inlineRefs: false, strict: true, strictRequired: false, strictTypes: false, allowUnionTypes: true, discriminator: true });
  ajv.addVocabulary(['example']);
  addFormats(ajv, ['uri']);
  ajv.addSchema({ $id: SCHEMA_ID, $defs: rewriteRefs(spec.components.schemas) });
  const validate = ajv.getSchema(`${SCHEMA_ID}#/$defs/${schemaName}`);
  if (!validate) throw new Error(`no schema ${schemaName} in generated/openapi.json`);
  return validate;
}
