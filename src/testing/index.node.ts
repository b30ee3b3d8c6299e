/**
 * The simulator for Node: the same API as the runtime-neutral `plivo-message-openapi/testing`, with
 * `fake.listen()` serving it over HTTP on 127.0.0.1 for other processes and browsers.
 * @module
 */
import { buildFakePlivo, type FakePlivo, type FakePlivoOptions } from './fake-plivo.js';
import { listenFakePlivo } from './listen.node.js';

export * from './index.js';

/**
 * Creates a behavioural Plivo simulator (see the runtime-neutral entry) whose `listen()` serves it on
 * 127.0.0.1, on a free port unless one is given.
 *
 * @example
 * const fake = createFakePlivo({ clock: 'real' });
 * const server = await fake.listen({ port: 0 });
 * const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, baseUrl: server.url });
 * // ...
 * await server.close();
 */
export function createFakePlivo(options: FakePlivoOptions = {}): FakePlivo {
  return buildFakePlivo(options, listenFakePlivo);
}
