import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'package',
          // Every suite under test/ runs in `npm test`; the runtime suite installs other runtimes and has its own script.
          include: ['test/**/*.test.ts'],
          exclude: ['test/runtimes/**', 'test/campaigns/**', '**/node_modules/**'],
          // One Prism mock per run, for the tests under test/contract/.
          globalSetup: ['test/support/global-setup.ts'],
          typecheck: {
            enabled: true,
            include: ['test/types/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
        },
      },
      // The campaign suites start redis-server and worker processes; they run after the others, so their load
      // cannot push a timing-sensitive suite (the 1,200-body Prism differential) past its timeout.
      { extends: true, test: { name: 'campaigns', include: ['test/campaigns/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
