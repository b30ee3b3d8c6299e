import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import { ROOT } from './env.js';

export interface BundleSizeResult {
  ours: { minified: number; gzip: number };
  sdk: { minified: number; gzip: number };
  /** sdk gzip / ours gzip. */
  ratio: number;
}

async function measure(options: BuildOptions): Promise<{ minified: number; gzip: number }> {
  const result = await build({ ...options, bundle: true, write: false, minify: true, logLevel: 'error', absWorkingDir: ROOT });
  const output = result.outputFiles?.[0];
  if (!output) throw new Error('esbuild produced nothing');
  return { minified: output.contents.byteLength, gzip: gzipSync(output.contents, { level: 9 }).byteLength };
}

/**
 * Ours: the root entry bundled for browsers, as check:size measures it. The SDK cannot be bundled
 * for browsers (http, https, fs, crypto), so it is bundled for Node, which is the smallest form it
 * takes in any deployable bundle (a serverless function, say).
 */
export async function benchBundleSize(): Promise<BundleSizeResult> {
  const ours = await measure({ entryPoints: ['dist/src/index.js'], format: 'esm', platform: 'browser', target: 'es2022' });
  const sdk = await measure({ entryPoints: ['plivo'], format: 'cjs', platform: 'node', target: 'node20' });
  return { ours, sdk, ratio: sdk.gzip / ours.gzip };
}
