import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Every suite under test/ runs in `npm test`; the runtime suite installs other runtimes and has its own script.
    include: ['test/**/*.test.ts'],
    exclude: ['test/runtimes/**', '**/node_modules/**'],
    testTimeout: 30_000,
    // One Prism mock per run, shared by the contract, CLI and browser tests.
    globalSetup: ['test/support/global-setup.ts'],
    typecheck: {
      enabled: true,
      include: ['test/types/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
