import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { prepareConsumer } from './support/consumer.js';
import { ROOT } from './support/paths.js';
import { compileInConsumer, DEV_DEPENDENCIES, PROJECT_TSC } from './support/tsc.js';

// Every TypeScript example of the README, compiled as written against the installed tarball, strict and
// with exactOptionalPropertyTypes as a careful user compiles: an example that no longer matches the API
// fails here, not in a user's editor.

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The README's ```ts blocks, each with the line its code starts on. */
const EXAMPLES = [...README.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => ({
  line: README.slice(0, match.index).split('\n').length + 1,
  code: match[1] ?? '',
}));

/**
 * The names an example takes over from an earlier one (the client of the first send, its result, the
 * simulator of the test example), declared once here instead of repeated in every block.
 */
const CONTINUED = `import type { PlivoClient } from 'plivo-message-openapi';
import type { FakePlivo } from 'plivo-message-openapi/testing';

declare global {
  const plivo: PlivoClient;
  const message_uuid: string[];
  const fake: FakePlivo;
}
`;

const fileOf = (example: (typeof EXAMPLES)[number]) => `readme-line-${example.line}.ts`;
const pinned = (name: string) => `${name}@${DEV_DEPENDENCIES[name] ?? 'latest'}`;

describe('the README TypeScript examples, compiled as written', () => {
  const diagnostics = new Map<string, string[]>();

  beforeAll(async () => {
    // The campaign example imports ./campaigns, whose types name bullmq's and ioredis'.
    const consumer = await prepareConsumer('readme-examples', inject('tarball'), [pinned('@types/node'), pinned('bullmq'), pinned('ioredis')]);
    for (const example of EXAMPLES) writeFileSync(join(consumer.dir, fileOf(example)), example.code);
    writeFileSync(join(consumer.dir, 'continued.d.ts'), CONTINUED);
    const errors = await compileInConsumer(
      consumer,
      PROJECT_TSC,
      'tsconfig.readme.json',
      // Each block is its own module, even one without an import.
      { module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], types: ['node'], moduleDetection: 'force' },
      ['continued.d.ts', ...EXAMPLES.map(fileOf)],
    );
    for (const line of errors) {
      const file = /^(\S+\.ts)\(/.exec(line)?.[1] ?? line;
      diagnostics.set(file, [...(diagnostics.get(file) ?? []), line]);
    }
  }, 300_000);

  it('finds the examples, and no compile error outside them', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(15);
    expect([...diagnostics.keys()].filter((file) => !EXAMPLES.some((example) => fileOf(example) === file))).toEqual([]);
  });

  for (const example of EXAMPLES) {
    it(`README line ${example.line}: compiles`, () => {
      expect(diagnostics.get(fileOf(example)) ?? []).toEqual([]);
    });
  }
});
