/** A URL split the way Plivo signs it: `scheme://host[:port]/path` and the raw query, fragment dropped. */
export interface SigningUrl {
  base: string;
  query: string;
}

/**
 * Splits the URL as text rather than through `new URL()`, because WHATWG parsing normalises it
 * (`https://a.example` becomes `https://a.example/`, `:443` disappears) and Plivo signs the URL exactly
 * as it was configured: a trailing slash changes the signature.
 */
export function splitSigningUrl(url: string | URL): SigningUrl {
  const text = typeof url === 'string' ? url : url.href;
  const hash = text.indexOf('#');
  const withoutFragment = hash === -1 ? text : text.slice(0, hash);
  const question = withoutFragment.indexOf('?');
  if (question === -1) return { base: withoutFragment, query: '' };
  return { base: withoutFragment.slice(0, question), query: withoutFragment.slice(question + 1) };
}

/**
 * Decodes a query string or form body the way Plivo's signature algorithm reads it. `URLSearchParams`
 * drops one leading `?` from its input, but Plivo keeps it as part of the first key (`…/cb??a=1` signs
 * the key `?a`), so the text is prefixed with `&`, which only adds an empty pair that is skipped.
 */
export function decodeQuery(text: string): URLSearchParams {
  return new URLSearchParams(`&${text}`);
}
