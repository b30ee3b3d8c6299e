import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Consumer } from './consumer.js';
import { ROOT } from './paths.js';
import { run } from './run.js';

/** The repository's devDependencies, by name: the versions consumers install beside the tarball. */
export const DEV_DEPENDENCIES = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies;

/** The repository's own TypeScript compiler. */
export const PROJECT_TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

/**
 * The settings every consumer compile shares: strict, `exactOptionalPropertyTypes` and
 * `noUncheckedIndexedAccess` as a careful user sets them, and the package's own declarations checked.
 */
const STRICT = { target: 'ES2022', strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, skipLibCheck: false, noEmit: true };

/**
 * Writes `tsconfig` (the strict settings plus `compilerOptions`) into the consumer, compiles `files`
 * with `tsc` and returns tsc's error lines, one per diagnostic (`file.ts(line,col): error TSnnnn: …`).
 */
export async function compileInConsumer(consumer: Consumer, tsc: string, tsconfig: string, compilerOptions: Record<string, unknown>, files: readonly string[]): Promise<string[]> {
  writeFileSync(join(consumer.dir, tsconfig), JSON.stringify({ compilerOptions: { ...STRICT, ...compilerOptions }, files }));
  const output = await run(process.execPath, [tsc, '-p', tsconfig, '--pretty', 'false'], { cwd: consumer.dir, env: consumer.env }).then(
    ({ stdout }) => stdout,
    (error: Error) => error.message,
  );
  return output.split('\n').filter((line) => /\.ts\(\d+,\d+\): error TS\d+/.test(line));
}
