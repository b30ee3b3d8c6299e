import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/contract/**/*.test.ts', 'test/browser/**/*.test.ts', 'test/package/**/*.test.ts'],
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
