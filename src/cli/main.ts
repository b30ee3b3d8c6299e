#!/usr/bin/env node
import { processIo } from './io.js';
import { runCli } from './run.js';

// A reader that stops early (`plivo-message --help | head`) closes the pipe: that is not a failure.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// exitCode rather than process.exit(): pending output to a pipe is flushed before Node exits.
process.exitCode = await runCli(process.argv.slice(2), processIo());
