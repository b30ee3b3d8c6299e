import { processIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/run.js';

// `npm run mock` is `plivo-message mock` run from the sources; PORT picks the port, as usual for npm scripts.
process.exitCode = await runCli(['mock', '--port', process.env.PORT ?? '4010'], processIo());
