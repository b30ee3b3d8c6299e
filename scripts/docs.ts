import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The spec the reference page documents. */
export const DOCS_SPEC = join(ROOT, 'generated/openapi.json');
/** Where `npm run docs` writes the page. */
export const DEFAULT_DOCS_OUT = join(ROOT, 'docs/index.html');

// <script src="https://…"> or <link href="https://…">: anything the page would fetch from the network.
const EXTERNAL_RESOURCE = /<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\/[^"'\s>]+/gi;

/** External scripts and stylesheets an HTML page loads; empty for a page that works offline. */
export function externalResources(html: string): string[] {
  return [...html.matchAll(EXTERNAL_RESOURCE)].map((match) => match[0]);
}

const isConditional = (member: unknown): boolean =>
  typeof member === 'object' && member !== null && 'if' in member && Object.keys(member).every((key) => ['if', 'then', 'else', 'description'].includes(key));

/**
 * The spec as the reference page shows it: `allOf` members that hold only an `if`/`then`/`else`
 * rule are left out. Redoc renders such rules as "One of: case 1 / case 2" tabs that hide the
 * object's own properties (the send body would show a single `text` field), while every schema
 * that has them already states the same rules in its description. Validation, types and the mock
 * keep using the full spec; only the page is affected.
 */
export function specForDocs(spec: unknown): unknown {
  if (Array.isArray(spec)) return spec.map(specForDocs);
  if (typeof spec !== 'object' || spec === null) return spec;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(spec)) {
    if (key === 'allOf' && Array.isArray(value)) {
      const kept = value.filter((member) => !isConditional(member));
      if (kept.length > 0) out[key] = kept.map(specForDocs);
    } else {
      out[key] = specForDocs(value);
    }
  }
  return out;
}

// Redoc draws its "API docs by" badge with logos it fetches from Redocly's CDN, so an offline page
// shows the words without the logo. The page carries them instead: the wordmark beside the words,
// the mark alone in a collapsed sidebar.
const REDOCLY_LOGOS: Readonly<Record<string, string>> = {
  'https://cdn.redoc.ly/redoc/logo-mini-full.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" width="92" height="20" viewBox="0 0 92 20"><rect width="20" height="20" rx="5" fill="#dc2e33"/><path d="M6 15V5h4.6a3 3 0 0 1 .7 5.9L14 15h-2.6l-2.4-3.9H8.3V15zm2.3-5.8h2.1a1.1 1.1 0 0 0 0-2.2H8.3z" fill="#fff"/><text x="25" y="15" font-family="system-ui,-apple-system,Segoe UI,Roboto,sans-serif" font-size="14" font-weight="600" fill="#8c8c8c">Redocly</text></svg>',
  'https://cdn.redoc.ly/redoc/logo-mini.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 20 20"><rect width="20" height="20" rx="5" fill="#dc2e33"/><path d="M6 15V5h4.6a3 3 0 0 1 .7 5.9L14 15h-2.6l-2.4-3.9H8.3V15zm2.3-5.8h2.1a1.1 1.1 0 0 0 0-2.2H8.3z" fill="#fff"/></svg>',
};

/**
 * The page with Redocly's badge logos as data: URLs instead of CDN addresses. Fails when the page
 * still names the CDN, so a Redoc upgrade that renames them breaks the build, not the badge.
 */
export function withOfflineLogos(html: string): string {
  let out = html;
  for (const [url, svg] of Object.entries(REDOCLY_LOGOS)) out = out.replaceAll(url, `data:image/svg+xml,${encodeURIComponent(svg)}`);
  const left = /https:\/\/cdn\.redoc\.ly\/[^\s"'`)]+/.exec(out);
  if (left) throw new Error(`the page still loads ${left[0]} from Redocly's CDN`);
  return out;
}

function redoclyBin(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@redocly/cli/package.json')), 'bin/cli.js');
}

/**
 * Builds the HTML reference of the spec ({@link specForDocs}) with Redocly, with Redoc's script
 * inlined: by default `build-docs` loads Redoc from Redocly's CDN, which leaves a page without
 * navigation or examples offline or behind a strict firewall. Fails if the page still references
 * an external script or stylesheet.
 * @returns The file written and its size in bytes.
 */
export async function buildDocs(outFile: string = DEFAULT_DOCS_OUT): Promise<{ file: string; bytes: number }> {
  await mkdir(dirname(outFile), { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'plivo-docs-'));
  try {
    const spec = join(work, 'openapi.json');
    await writeFile(spec, JSON.stringify(specForDocs(JSON.parse(await readFile(DOCS_SPEC, 'utf8')))));
    // cwd stays the project root so Redocly picks up its redocly.yaml.
    await promisify(execFile)(process.execPath, [redoclyBin(), 'build-docs', spec, '--output', outFile, '--inlineBundle'], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const html = withOfflineLogos(await readFile(outFile, 'utf8'));
  await writeFile(outFile, html);
  const external = externalResources(html);
  if (external.length > 0) throw new Error(`${outFile} still loads resources from the network:\n  ${external.join('\n  ')}`);
  return { file: outFile, bytes: Buffer.byteLength(html) };
}

const isEntry = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  const outIndex = process.argv.indexOf('--out');
  const out = outIndex === -1 ? DEFAULT_DOCS_OUT : resolve(process.argv[outIndex + 1] ?? '');
  try {
    const { file, bytes } = await buildDocs(out);
    const shown = relative(process.cwd(), file);
    process.stdout.write(`Wrote ${shown.startsWith('..') ? file : shown} (${Math.round(bytes / 1024)} KiB, works offline: Redoc is inlined).\n`);
  } catch (error) {
    process.stderr.write(`docs: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
