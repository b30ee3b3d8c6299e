import { describe } from 'vitest';
import { RUNTIMES } from './support/runtimes.js';
import { nodeSuite } from './support/node-suite.js';

describe('Node 22', () => nodeSuite(RUNTIMES.node22));
