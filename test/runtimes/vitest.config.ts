import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// `npm run test:runtimes`: packs the package once, then each test file installs the tarball into its
// own consumer folder under .tmp/runtimes and runs the same checks in one runtime. Files run in
// parallel: most of their time is spent waiting on npm and on child processes, not on the CPU.
export default defineConfig({
  test: {
    root: join(import.meta.dirname, '../..'),
    include: ['test/runtimes/**/*.test.ts'],
    globalSetup: ['test/runtimes/support/pack.ts'],
    testTimeout: 60_000,
    // Installing a runtime from the registry with an empty cache takes most of a hook's time.
    hookTimeout: 240_000,
    maxWorkers: 4,
  },
});
