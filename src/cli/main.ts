#!/usr/bin/env node
import { processIo } from './io.js';
import { runCli } from './run.js';

// exitCode rather than process.exit(): pending output to a pipe is flushed before Node exits.
process.exitCode = await runCli(process.argv.slice(2), processIo());
