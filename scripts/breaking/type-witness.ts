// The generated TypeScript types as a second witness: types are generated from both documents with
// openapi-typescript (as `npm run generate` does), and a probe file assigns, for every operation in
// both, each old request type to the new one and each new response (and webhook payload) type to the
// old one. Whatever compiled against the old `paths` and no longer does shows up as a tsc error.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { METHODS, type OpenApiDocument, deref, pointer } from './openapi.js';

const toolRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** One assignment in the probe and whether it compiled. */
export interface TypeCheck {
  /** What is assigned: `request body of POST /v1/... (sendMessage), application/json`. */
  label: string;
  /** Which way: old request types into new ones, or new payload types into old ones. */
  direction: 'old request → new' | 'new payload → old';
  /** JSON pointer of the operation part checked (in the new document). */
  pointer: string;
  ok: boolean;
  /** tsc's message when it did not compile. */
  error?: string;
}

/** The result of the type-level comparison. */
export interface TypeWitness {
  checks: TypeCheck[];
  /** Set when the probe could not be run at all (types not generated, tsc missing). */
  unavailable?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const key = (value: string): string => `[${JSON.stringify(value)}]`;

interface Probe {
  lines: string[];
  checks: Omit<TypeCheck, 'ok'>[];
}

function contentTypes(document: OpenApiDocument, node: unknown, where: string): Set<string> {
  const resolved = deref(document, node, where).node;
  return new Set(isObject(resolved) && isObject(resolved.content) ? Object.keys(resolved.content) : []);
}

function addCheck(probe: Probe, check: Omit<TypeCheck, 'ok'>, from: string, to: string): void {
  const index = probe.checks.length;
  probe.lines.push(`declare const from${index}: ${from};`, `export const to${index}: ${to} = from${index};`);
  probe.checks.push(check);
}

/** Every assignment worth checking between the two documents' operations. */
function buildProbe(before: OpenApiDocument, after: OpenApiDocument): Probe {
  const probe: Probe = {
    lines: [
      "import type { paths as OldPaths, webhooks as OldWebhooks } from './old';",
      "import type { paths as NewPaths, webhooks as NewWebhooks } from './new';",
    ],
    checks: [],
  };
  for (const section of ['paths', 'webhooks'] as const) {
    const [oldType, newType] = section === 'paths' ? ['OldPaths', 'NewPaths'] : ['OldWebhooks', 'NewWebhooks'];
    const oldItems = before[section] ?? {};
    const newItems = after[section] ?? {};
    for (const name of Object.keys(oldItems).filter((item) => item in newItems)) {
      const oldItem = deref(before, oldItems[name], pointer(`/${section}`, name));
      const newItem = deref(after, newItems[name], pointer(`/${section}`, name));
      for (const method of METHODS) {
        const oldOp = isObject(oldItem.node) ? oldItem.node[method] : undefined;
        const newOp = isObject(newItem.node) ? newItem.node[method] : undefined;
        if (!isObject(oldOp) || !isObject(newOp)) continue;
        const opPointer = pointer(newItem.where, method);
        const id = typeof newOp.operationId === 'string' ? ` (${newOp.operationId})` : '';
        const label = `${section === 'webhooks' ? `webhook ${name} ` : ''}${method.toUpperCase()}${section === 'paths' ? ` ${name}` : ''}${id}`;
        const oldAt = `${oldType}${key(name)}${key(method)}`;
        const newAt = `${newType}${key(name)}${key(method)}`;
        const sentByUser = section === 'paths';
        const bodies = [...contentTypes(before, oldOp.requestBody, '')].filter((type) => contentTypes(after, newOp.requestBody, '').has(type));
        for (const contentType of bodies) {
          const path = `${key('content')}${key(contentType)}`;
          const [from, to] = sentByUser
            ? [`NonNullable<${oldAt}['requestBody']>${path}`, `NonNullable<${newAt}['requestBody']>${path}`]
            : [`NonNullable<${newAt}['requestBody']>${path}`, `NonNullable<${oldAt}['requestBody']>${path}`];
          addCheck(probe, { label: `request body of ${label}, ${contentType}`, direction: sentByUser ? 'old request → new' : 'new payload → old', pointer: pointer(opPointer, 'requestBody', 'content', contentType) }, from, to);
        }
        if (sentByUser) {
          for (const location of ['query', 'path', 'header'] as const) {
            addCheck(probe, { label: `${location} parameters of ${label}`, direction: 'old request → new', pointer: pointer(opPointer, 'parameters') }, `${oldAt}['parameters']['${location}']`, `${newAt}['parameters']['${location}']`);
          }
          const oldResponses = isObject(oldOp.responses) ? oldOp.responses : {};
          const newResponses = isObject(newOp.responses) ? newOp.responses : {};
          for (const status of Object.keys(oldResponses).filter((code) => code in newResponses)) {
            const where = pointer(opPointer, 'responses', status);
            const shared = [...contentTypes(before, oldResponses[status], '')].filter((type) => contentTypes(after, newResponses[status], '').has(type));
            for (const contentType of shared) {
              const path = `['responses']${key(status)}${key('content')}${key(contentType)}`;
              addCheck(probe, { label: `response ${status} of ${label}, ${contentType}`, direction: 'new payload → old', pointer: pointer(where, 'content', contentType) }, `${newAt}${path}`, `${oldAt}${path}`);
            }
          }
        }
      }
    }
  }
  return probe;
}

async function typesOf(document: OpenApiDocument): Promise<string> {
  return astToString(await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { defaultNonNullable: false }));
}

/** Generates both documents' types and compiles the probe; one tsc run for all checks. */
export async function typeWitness(before: OpenApiDocument, after: OpenApiDocument): Promise<TypeWitness> {
  const probe = buildProbe(before, after);
  const dir = mkdtempSync(join(tmpdir(), 'plivo-breaking-types-'));
  try {
    writeFileSync(join(dir, 'old.ts'), await typesOf(before));
    writeFileSync(join(dir, 'new.ts'), await typesOf(after));
    writeFileSync(join(dir, 'probe.ts'), `${probe.lines.join('\n')}\n`);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        // The same strictness as the package's own tsconfig: what users of the types compile with at worst.
        compilerOptions: { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', noEmit: true, skipLibCheck: true, types: [] },
        files: ['probe.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(toolRoot, 'node_modules/typescript/bin/tsc'), '-p', dir, '--pretty', 'false'], { encoding: 'utf8' });
    if (tsc.error) return { checks: [], unavailable: `tsc could not run: ${tsc.error.message}` };
    const errors = new Map<number, string>();
    // tsc names the file relative to the working directory: `../../tmp/…/probe.ts(22,14): error TS2322: …`.
    for (const match of tsc.stdout.matchAll(/^(?:\S*\/)?probe\.ts\((\d+),\d+\): error (TS\d+: .*(?:\n(?!\S).*)*)/gm)) {
      const line = Number(match[1]);
      if (!errors.has(line)) errors.set(line, match[2]!.replace(/\s+/g, ' ').trim());
    }
    const elsewhere = tsc.stdout.split('\n').filter((line) => / error TS/.test(line) && !/^(?:\S*\/)?probe\.ts\(/.test(line));
    if (elsewhere.length > 0) return { checks: [], unavailable: `the generated types do not compile: ${elsewhere.slice(0, 3).join('; ')}` };
    // The probe's first two lines are imports; check i is declared on line 3 + 2i and assigned on the next.
    const checks = probe.checks.map((check, index) => {
      const error = errors.get(4 + 2 * index);
      return error === undefined ? { ...check, ok: true } : { ...check, ok: false, error };
    });
    return { checks };
  } catch (error) {
    return { checks: [], unavailable: `the types could not be generated: ${(error as Error).message}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

