import { describe, expect } from 'vitest';
import { RUNTIMES } from './support/runtimes.js';
import { nodeSuite } from './support/node-suite.js';

describe('Node 20 (the machine’s)', () => {
  nodeSuite(RUNTIMES.node20, (version) => {
    expect(version.split('.')[0]).toBe('20');
    return process.versions.node;
  });
});
