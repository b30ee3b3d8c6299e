import { describe } from 'vitest';
import { RUNTIMES } from './support/runtimes.js';
import { nodeSuite } from './support/node-suite.js';

describe('Node 24', () => nodeSuite(RUNTIMES.node24));
