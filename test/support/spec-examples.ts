import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of the spec's example files. */
export const EXAMPLES_DIR = join(import.meta.dirname, '../../spec/examples');

/** One example file: an OpenAPI Example Object whose `value` is the body. */
export interface SpecExample {
  file: string;
  summary: string;
  value: Record<string, unknown>;
}

/** Every example in spec/examples whose file name starts with `prefix`, sorted by file name. */
export function loadExamples(prefix: string): SpecExample[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((file) => file.startsWith(prefix) && file.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as Omit<SpecExample, 'file'>;
      return { file, ...parsed };
    });
}

/** Send-body examples: the seeds' bodies and one per message kind. */
export const sendExamples = (): SpecExample[] => [...loadExamples('send-'), ...loadExamples('seed-send-')];
