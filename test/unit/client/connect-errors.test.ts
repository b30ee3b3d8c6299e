import { describe, expect, it } from 'vitest';
import { certainlyNotSent } from '../../../src/client/connect-errors.js';

// Deno 2.9's fetch errors, as it throws them: a TypeError whose cause carries hyper's message.
function denoError(detail: string, url = 'http://127.0.0.1:45999/v1/Account/MAXXXXXXXXXXXXXXXXXX/Message/'): TypeError {
  return new TypeError('fetch failed', { cause: new Error(`error sending request for url (${url}): ${detail}`) });
}

describe('certainlyNotSent on Deno, which attaches no error code', () => {
  it('counts a failure in the connect phase (refused, DNS, TLS handshake) as not sent', () => {
    expect(certainlyNotSent(denoError('client error (Connect): tcp connect error: Connection refused (os error 111)'))).toBe(true);
    expect(certainlyNotSent(denoError('client error (Connect): dns error: failed to lookup address information: Name or service not known'))).toBe(true);
    expect(certainlyNotSent(denoError('client error (Connect): invalid peer certificate: UnknownIssuer'))).toBe(true);
    // Deno before 2.9 put the same text on the TypeError itself.
    expect(certainlyNotSent(new TypeError('error sending request for url (https://api.plivo.com/): client error (Connect): tcp connect error: Connection refused (os error 111)'))).toBe(true);
  });

  it('counts any later failure, or the phrase inside the URL, as maybe sent', () => {
    expect(certainlyNotSent(denoError('client error (SendRequest): connection closed before message completed'))).toBe(false);
    expect(certainlyNotSent(denoError('connection error: connection reset'))).toBe(false);
    expect(certainlyNotSent(denoError('connection error: reset', 'http://h/?q=x):%20client%20error%20(Connect)'))).toBe(false);
    expect(certainlyNotSent(new TypeError('fetch failed'))).toBe(false);
  });

  it('still needs every code in the chain to prove it: a connect message beside an unknown code is maybe sent', () => {
    const mixed = new TypeError('fetch failed', { cause: Object.assign(new Error('error sending request for url (http://h/): client error (Connect): x'), { code: 'ECONNRESET' }) });
    expect(certainlyNotSent(mixed)).toBe(false);
  });
});

describe('certainlyNotSent on Bun, whose codes changed in 1.4.3', () => {
  // As Bun 1.1.45, 1.4.2 and 1.4.5 threw them for a POST to a closed port, an unknown host and a server that hung up (measured).
  const bunError = (name: 'Error' | 'TypeError', code: string, message: string) => Object.assign(name === 'TypeError' ? new TypeError(message) : new Error(message), { code, errno: 0 });

  it('counts a refused connection or failed lookup as not sent, under the old code and the new', () => {
    expect(certainlyNotSent(bunError('TypeError', 'ECONNREFUSED', 'ECONNREFUSED: Unable to connect. Is the computer able to access the url?'))).toBe(true);
    expect(certainlyNotSent(bunError('TypeError', 'ENOTFOUND', 'getaddrinfo ENOTFOUND no-such-host.invalid'))).toBe(true);
    expect(certainlyNotSent(bunError('TypeError', 'ConnectionRefused', 'Unable to connect. Is the computer able to access the url?'))).toBe(true);
    expect(certainlyNotSent(bunError('Error', 'ConnectionRefused', 'Unable to connect. Is the computer able to access the url?'))).toBe(true);
  });

  it('counts a connection closed mid-request as maybe sent', () => {
    expect(certainlyNotSent(bunError('TypeError', 'ECONNRESET', 'ECONNRESET: The socket connection was closed unexpectedly. For more information, pass `verbose: true` in the second argument to fetch()'))).toBe(false);
  });
});
