const decoder = new TextDecoder();

/**
 * The Response the transport hands on once it has read an answer's body within the attempt: the
 * original status and headers, and `bytes`, the whole body, already in memory. A plain
 * `new Response(bytes)` would wrap them in a fresh stream only for openapi-fetch to read that stream
 * straight back, the costliest step of a send after the network itself; this one answers the body
 * methods from memory and builds a stream only when `body` is asked for. Unlike a platform Response,
 * its body can be read more than once.
 */
export function bufferedResponse(original: Response, bytes: Uint8Array<ArrayBuffer>): Response {
  // Defined on first use: naming the global Response makes Node load its fetch implementation, which
  // would add about 25 ms to importing this package.
  bufferedResponseClass ??= defineBufferedResponse();
  return new bufferedResponseClass(original, bytes);
}

let bufferedResponseClass: ReturnType<typeof defineBufferedResponse> | undefined;

function defineBufferedResponse() {
  return class BufferedResponse extends Response {
    readonly #bytes: Uint8Array<ArrayBuffer>;
    readonly #headers: Headers;
    readonly #url: string;
    #stream: ReadableStream<Uint8Array<ArrayBuffer>> | null | undefined;

    constructor(original: Response, bytes: Uint8Array<ArrayBuffer>) {
      super(null, { status: original.status, statusText: original.statusText });
      this.#bytes = bytes;
      this.#headers = original.headers;
      this.#url = original.url;
    }

    override get headers(): Headers {
      return this.#headers;
    }

    override get url(): string {
      return this.#url;
    }

    override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
      // Null-body statuses keep a null body, as the platform's Response does.
      this.#stream ??= this.#bytes.byteLength === 0 && NULL_BODY_STATUSES.has(this.status) ? null : new Response(this.#bytes.slice()).body;
      return this.#stream;
    }

    override get bodyUsed(): boolean {
      return false;
    }

    override text(): Promise<string> {
      return Promise.resolve(decoder.decode(this.#bytes));
    }

    override json(): Promise<unknown> {
      return this.text().then((text) => JSON.parse(text) as unknown);
    }

    override arrayBuffer(): Promise<ArrayBuffer> {
      return Promise.resolve(this.#bytes.slice().buffer);
    }

    override bytes(): Promise<Uint8Array<ArrayBuffer>> {
      return Promise.resolve(this.#bytes.slice());
    }

    override blob(): Promise<Blob> {
      return Promise.resolve(new Blob([this.#bytes], { type: this.#headers.get('content-type') ?? '' }));
    }

    override formData(): Promise<FormData> {
      return new Response(this.#bytes.slice(), { headers: this.#headers }).formData();
    }

    override clone(): Response {
      return new BufferedResponse(this, this.#bytes);
    }
  };
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
