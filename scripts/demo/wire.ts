/** One HTTP exchange seen by {@link createWireLog}. */
export interface WireEntry {
  method: string;
  url: string;
  status: number | undefined;
}

/** A `fetch` that records every request it passes on, so the demo can prove when nothing was sent. */
export interface WireLog {
  fetch: (request: Request) => Promise<Response>;
  /** Every request so far, in order. */
  readonly entries: readonly WireEntry[];
}

/** Wraps the global fetch, recording method, URL and status of each request. */
export function createWireLog(): WireLog {
  const entries: WireEntry[] = [];
  return {
    entries,
    async fetch(request) {
      const entry: WireEntry = { method: request.method, url: request.url, status: undefined };
      entries.push(entry);
      const response = await globalThis.fetch(request);
      entry.status = response.status;
      return response;
    },
  };
}
