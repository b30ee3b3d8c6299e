import { describe } from 'vitest';
import { commandLineSuite } from './support/command-line.js';
import { RUNTIMES } from './support/runtimes.js';

describe('Bun', () => {
  commandLineSuite(RUNTIMES.bun, 'bun', (main, target) => ['run', main, target]);
});
