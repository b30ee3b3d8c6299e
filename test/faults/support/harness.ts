// Servers started by a test file, stopped after each test, and a scripted HTTP server on top.
import { afterEach } from 'vitest';
import { startHttpServer, type FaultServer, type Handler } from './servers.js';

/** Registers the cleanup and returns `keep` (stop after the test) and `http` (answer the nth request with the nth handler, the last one after that). */
export function useFaultServers() {
  const servers: Array<{ stop(): Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.stop()));
  });
  const keep = <T extends { stop(): Promise<void> }>(server: T): T => (servers.push(server), server);
  const http = async (...handlers: Handler[]): Promise<FaultServer> =>
    keep(await startHttpServer((request, response, index) => (handlers[index] ?? handlers[handlers.length - 1]!)(request, response, index)));
  return { keep, http };
}
