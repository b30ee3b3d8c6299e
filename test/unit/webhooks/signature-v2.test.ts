import { describe, expect, it } from 'vitest';
import { signCallbackV2, verifySignatureV2 } from '../../../src/webhooks/index.js';

// plivo-node test/utils.js, plivo-python, plivo-go, plivo-ruby, plivo-java, plivo-dotnet.
const vectors = [
  { url: 'https://answer.url', signature: 'ehV3IKhLysWBxC1sy8INm0qGoQYdYsHwuoKjsX7FsXc=' },
  { url: 'https://answer.url/', signature: 'do1CXv+k99A6+B+eTcyqbxWlezFIxJ/1vz72787r37g=' },
  { url: 'https://answer.url:8000', signature: 'Gm7Z7AGBmf5JpSHrtUmeofrGyA4xV0ZiV0rH8JPXWGU=' },
] as const;
const nonce = '12345';
const authToken = 'my_auth_token';

describe('V2 signatures', () => {
  for (const vector of vectors) {
    it(`reproduces the vector for ${vector.url}`, async () => {
      await expect(signCallbackV2({ url: vector.url, nonce, authToken })).resolves.toBe(vector.signature);
      await expect(verifySignatureV2({ url: vector.url, nonce, authToken, signature: vector.signature })).resolves.toBe(true);
    });
  }

  it('does not match the first vector with the token my_auth_tokens', async () => {
    await expect(verifySignatureV2({ url: 'https://answer.url', nonce, authToken: 'my_auth_tokens', signature: vectors[0].signature })).resolves.toBe(false);
    await expect(signCallbackV2({ url: 'https://answer.url', nonce, authToken: 'my_auth_tokens' })).resolves.toBe('hk12b6rdAnTjDCAjq7pmm3IRmk1w71nacy86zhZItrY=');
  });

  it('ignores the query and the fragment', async () => {
    await expect(verifySignatureV2({ url: 'https://answer.url?MessageUUID=1&Status=sent#top', nonce, authToken, signature: vectors[0].signature })).resolves.toBe(true);
  });

  it('counts a trailing slash and a port', async () => {
    await expect(verifySignatureV2({ url: 'https://answer.url/', nonce, authToken, signature: vectors[0].signature })).resolves.toBe(false);
    await expect(verifySignatureV2({ url: 'https://answer.url:8000', nonce, authToken, signature: vectors[0].signature })).resolves.toBe(false);
  });

  it('uses a URL object as normalised (with its slash)', async () => {
    await expect(verifySignatureV2({ url: new URL('https://answer.url'), nonce, authToken, signature: vectors[1].signature })).resolves.toBe(true);
  });

  it('fails when the URL, nonce or a signature byte changes', async () => {
    await expect(verifySignatureV2({ url: 'https://answer.urm', nonce, authToken, signature: vectors[0].signature })).resolves.toBe(false);
    await expect(verifySignatureV2({ url: 'https://answer.url', nonce: '12346', authToken, signature: vectors[0].signature })).resolves.toBe(false);
    await expect(verifySignatureV2({ url: 'https://answer.url', nonce, authToken, signature: vectors[0].signature.replace('ehV3', 'ehV4') })).resolves.toBe(false);
  });

  it('accepts a comma-separated list where the second signature is right', async () => {
    await expect(verifySignatureV2({ url: 'https://answer.url', nonce, authToken, signature: `${vectors[1].signature},${vectors[0].signature}` })).resolves.toBe(true);
  });

  it('rejects an empty auth token without computing anything', async () => {
    await expect(verifySignatureV2({ url: 'https://answer.url', nonce, authToken: '', signature: vectors[0].signature })).rejects.toThrow(/authToken must be a non-empty string/);
  });
});
