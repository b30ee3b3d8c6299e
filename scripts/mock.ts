import { createServer } from 'node:net';
import { startMockServer } from '../src/node/mock-server.js';

const HOST = '127.0.0.1';
const port = Number(process.env.PORT ?? 4010);
const AUTH_ID = 'MAXXXXXXXXXXXXXXXXXX';

if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT must be a port number; got ${JSON.stringify(process.env.PORT)}`);
  process.exit(1);
}

// Readiness is detected by any HTTP answer on the port, so another server already listening there
// would be mistaken for the mock: refuse a busy port up front.
await new Promise<void>((resolve) => {
  const probe = createServer();
  probe.once('error', () => {
    console.error(`Port ${port} on ${HOST} is in use; choose another with PORT=4011 npm run mock`);
    process.exit(1);
  });
  probe.listen(port, HOST, () => probe.close(() => resolve()));
});

// Prism's start-up banner lists made-up sample URLs that only confuse; its request log is worth seeing.
let serving = false;
const mock = await startMockServer({ host: HOST, port, onLog: (line) => serving && console.log(line) }).catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});

serving = true;
console.log(`
Plivo Message API mock (Prism) on ${mock.url}  (pid ${mock.pid}, Ctrl+C to stop)

  import { createPlivoClient } from 'plivo-message-openapi';
  const plivo = createPlivoClient({ authId: '${AUTH_ID}', authToken: 'any', baseUrl: '${mock.url}' });
  await plivo.messages.send({ src: '14155550100', dst: '14155550123', text: 'Hello' });

  curl -u ${AUTH_ID}:any -H 'Content-Type: application/json' \\
    -d '{"src":"14155550100","dst":"14155550123","text":"Hello"}' ${mock.url}/v1/Account/${AUTH_ID}/Message/
`);

// 'exit' handlers cannot wait, so the last resort signals Prism by PID and lets it go.
process.on('exit', () => {
  try {
    process.kill(mock.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void mock.stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

// Without this the script would hang on, serving nothing, if Prism died on its own.
setInterval(() => {
  try {
    process.kill(mock.pid, 0);
  } catch {
    console.error('Prism exited unexpectedly');
    process.exit(1);
  }
}, 1000);
