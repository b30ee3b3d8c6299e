// Answers of the fault servers. Every one echoes the credentials back in a header (and where it can,
// in the body), so that the suite proves errors carry them nowhere.
import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { AUTH_TOKEN } from './secrets.js';
import type { ReceivedRequest } from './servers.js';

export const MESSAGE_UUID = '0936b5ba-2dd4-11f0-9f5b-0242ac110002';

function echoHeaders(request: ReceivedRequest): Record<string, string> {
  return {
    'x-echo-authorization': String(request.headers.authorization ?? ''),
    'set-cookie': `session=${AUTH_TOKEN}`,
  };
}

/** A complete JSON answer. */
export function sendJson(request: ReceivedRequest, response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...echoHeaders(request), ...headers });
  response.end(text);
}

/** The 202 of a send: one UUID per destination. */
export function accepted(request: ReceivedRequest, response: ServerResponse): void {
  sendJson(request, response, 202, { api_id: 'accepted-1', message: 'message(s) queued', message_uuid: request.dst.map(() => MESSAGE_UUID), invalid_number: [] });
}

/** The status line and headers, then nothing: the body never comes. */
export function headThenStall(request: ReceivedRequest, response: ServerResponse, status: number): void {
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': 1000, ...echoHeaders(request) });
  response.flushHeaders();
}

/** A body that breaks off: the length promised is not delivered and the connection is reset. */
export function cutBody(request: ReceivedRequest, response: ServerResponse, status: number, chunked = false): void {
  const part = `{"api_id":"cut-1","token":"${AUTH_TOKEN}","message_uuid":["`;
  response.writeHead(status, { 'content-type': 'application/json', ...(chunked ? {} : { 'content-length': 4000 }), ...echoHeaders(request) });
  response.write(part);
  setTimeout(() => (response.socket as Socket | null)?.resetAndDestroy(), 20);
}

/** The connection is reset after the request was read in full, before any answer. */
export function resetAfterRead(_request: ReceivedRequest, response: ServerResponse): void {
  (response.socket as Socket | null)?.resetAndDestroy();
}
